/**
 * What the popup's one-click controls do to the settings, as pure functions: each returns new
 * settings and never changes its input. The settings page edits the same lists directly.
 */
import type { Settings } from './settings';
import { MAX_SITE_PATTERNS } from './settings';
import { siteMatches } from './site-pattern';

export type WatchAction = 'watch' | 'unwatch' | 'pause' | 'resume' | 'full-on' | 'full-off';

/** The site pattern of a page, applied to one action. `site` is the page's own pattern (siteOf). */
export function applyWatchAction(settings: Settings, action: WatchAction, site: string): Settings {
  const w = settings.watch;
  const sample = `http://${site}/`;
  const without = (list: string[]) => list.filter((p) => !siteMatches(p, sample));
  const withSite = (list: string[]) => (list.some((p) => siteMatches(p, sample)) ? list : [...list, site].slice(-MAX_SITE_PATTERNS));
  switch (action) {
    case 'pause':
      return { ...settings, watch: { ...w, paused: true } };
    case 'resume':
      return { ...settings, watch: { ...w, paused: false } };
    case 'watch':
      return w.scope === 'all'
        ? { ...settings, watch: { ...w, skipped: without(w.skipped) } }
        : { ...settings, watch: { ...w, sites: withSite(w.sites) } };
    case 'unwatch':
      // Stopping watching a site also stops its full capture: nothing of ours runs there any more.
      return w.scope === 'all'
        ? { ...settings, watch: { ...w, skipped: withSite(w.skipped), fullSites: without(w.fullSites) } }
        : { ...settings, watch: { ...w, sites: without(w.sites), fullSites: without(w.fullSites) } };
    case 'full-on': {
      const watched = applyWatchAction(settings, 'watch', site);
      return { ...watched, watch: { ...watched.watch, fullSites: withSite(watched.watch.fullSites) } };
    }
    case 'full-off':
      return { ...settings, watch: { ...w, fullSites: without(w.fullSites) } };
  }
}
