/**
 * What is watched, and how: the user's settings turned into what the browser runs for us.
 * - The page scripts (hook and relay) are registered only for watched sites, and not at all while
 *   paused, so an unwatched page runs nothing of ours.
 * - webRequest listeners exist only for the sites watched in full, with a URL filter that names
 *   them, so no other site's requests are dispatched to us. The page that empties that list gives
 *   the optional `webRequest` permission back (the popup or the settings page: the background
 *   cannot tell a list just emptied from one about to be filled after a permission was granted).
 * - Chromium routes every request of the browser through its webRequest proxy while an extension
 *   holds that permission, and decides so only when an extension loads
 *   (extensions/browser/api/web_request/web_request_api.cc, WebRequestAPI::OnExtensionLoaded): a
 *   permission granted now takes effect at the next browser start, and one given back stops
 *   costing then. Until then full capture is "waiting for a restart", and the page's own reports
 *   stand in for it.
 */
import type { Settings } from '../shared/settings';
import { pageScriptScope, fullCaptureUrls, watchLevel, type WatchLevel, type WatchState } from '../shared/sites';
import { anyMatches } from '../shared/site-pattern';

export interface WatchPlatform {
  /** Our scripts registered now, with where they run. */
  registeredScripts(): Promise<{ id: string; matches?: string[]; excludeMatches?: string[] }[]>;
  registerScripts(scope: { matches: string[]; excludeMatches: string[] }): Promise<void>;
  updateScripts(scope: { matches: string[]; excludeMatches: string[] }): Promise<void>;
  unregisterScripts(): Promise<void>;
  /** Is the optional webRequest permission granted now? */
  hasWebRequest(): Promise<boolean>;
  /** Chrome only: was it granted since the browser started (so its proxy is not installed yet)? */
  grantedThisSession(): Promise<boolean>;
  /** Adds the full-capture listeners for these match patterns; returns their removal. */
  listen(urls: string[]): () => void;
}

export const SCRIPT_IDS = ['statuslens-hook', 'statuslens-relay'] as const;

export class WatchController {
  private settings: Settings | undefined;
  private stopListening: (() => void) | undefined;
  private listeningTo = '';
  private permission = false;
  private restartPending = false;
  private applying: Promise<void> = Promise.resolve();
  private firstApplied: () => void = () => undefined;
  private readonly loaded = new Promise<void>((resolve) => (this.firstApplied = resolve));

  constructor(private readonly platform: WatchPlatform, private readonly onError: (where: string, e: unknown) => void) {}

  /** Applies settings (at start, and whenever they or the permissions change); calls run in order. */
  apply(settings: Settings): Promise<void> {
    this.settings = settings;
    this.applying = this.applying
      .then(() => this.applyNow(settings))
      .catch((e) => this.onError('watch', e))
      .finally(() => this.firstApplied());
    return this.applying;
  }

  /** Resolves once settings were applied at least once and the latest call is done. */
  get ready(): Promise<void> {
    return this.loaded.then(() => this.applying);
  }

  private async applyNow(settings: Settings): Promise<void> {
    if (this.settings !== settings) return; // a newer call will apply its own
    this.permission = await this.platform.hasWebRequest();
    this.restartPending = this.permission && (await this.platform.grantedThisSession());
    await this.applyScripts(settings);
    const urls = this.permission ? fullCaptureUrls(settings) : undefined;
    const key = urls?.join(' ') ?? '';
    if (key !== this.listeningTo) {
      this.stopListening?.();
      this.stopListening = urls ? this.platform.listen(urls) : undefined;
      this.listeningTo = key;
    }
  }

  private async applyScripts(settings: Settings): Promise<void> {
    const scope = pageScriptScope(settings);
    const registered = (await this.platform.registeredScripts()).filter((s) => (SCRIPT_IDS as readonly string[]).includes(s.id));
    if (!scope) {
      if (registered.length) await this.platform.unregisterScripts();
    } else if (registered.length === SCRIPT_IDS.length) {
      // A waking worker finds them as it left them: nothing to do, most of the time.
      const same = registered.every((s) => sameList(s.matches, scope.matches) && sameList(s.excludeMatches, scope.excludeMatches));
      if (!same) await this.platform.updateScripts(scope);
    } else {
      if (registered.length) await this.platform.unregisterScripts();
      await this.platform.registerScripts(scope);
    }
  }

  /** How a page at this URL is watched now. Before settings load, as the defaults say. */
  level(url: string): WatchLevel {
    const settings = this.settings;
    if (!settings) return 'off';
    const level = watchLevel(settings, url);
    return level === 'full' && !this.fullActive() ? 'light' : level;
  }

  /** Do our webRequest listeners see a request to this URL? */
  full(url: string): boolean {
    const settings = this.settings;
    return settings !== undefined && this.fullActive() && !settings.watch.paused && anyMatches(settings.watch.fullSites, url);
  }

  state(url: string): WatchState {
    const settings = this.settings;
    const level = this.level(url);
    if (!settings || settings.watch.paused || level === 'off' || !anyMatches(settings.watch.fullSites, url)) return { level };
    if (!this.permission) return { level, fullBlocked: 'permission' };
    if (this.restartPending) return { level, fullBlocked: 'restart' };
    return { level };
  }

  private fullActive(): boolean {
    return this.permission && !this.restartPending && this.stopListening !== undefined;
  }
}

/** The same patterns, in any order (a browser may keep them sorted its own way). */
const sameList = (a: string[] | undefined, b: string[]) => [...(a ?? [])].sort().join(' ') === [...b].sort().join(' ');
