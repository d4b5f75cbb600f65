import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer } from '../../demo/server.mjs';
import { backgroundReady, eventually, logOf, rowsOf, tabIdOf, type BrowserDriver } from './driver';
import { readZip, unpack } from '../../scripts/zip.mjs';

type Server = Awaited<ReturnType<typeof startServer>>;
const ROOT = resolve(import.meta.dirname, '../..');

/** Unzips a release zip into `dir`, as a user does before Chrome's "Load unpacked". */
export function unzipTo(zip: string, dir: string): void {
  unpack(readFileSync(zip), dir);
}

/** What each browser's file provides: how a user installs the release zip there. */
export interface ReleaseHost {
  target: 'chrome' | 'firefox';
  /** The id the browser gives the installed extension must match this. */
  id: RegExp;
  /**
   * Installs the zip the way the README tells a user to. Resolves with the id the browser gave it,
   * and a driver when the browser lets the tests open the extension's own pages (Chromium does;
   * Firefox over BiDi only reaches them through the e2e build's test-only access, which the release
   * zip rightly lacks).
   */
  install(zip: string): Promise<{ id: string; driver?: BrowserDriver; close(): Promise<void> }>;
}

/**
 * The release zip (`npm run zip` / `npm run release`, scripts/zip.mjs), checked as a user meets it:
 * it holds the build the other suites test, carries package.json's version, and the browser
 * installs it; in Chromium, the installed zip logs a page's failures and its popup lists them.
 */
export function releaseZipSuite(host: ReleaseHost): void {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const zip = join(ROOT, 'artifacts', `statuslens-${host.target}-${version}.zip`);
  let installed: Awaited<ReturnType<ReleaseHost['install']>> | undefined;
  let server: Server | undefined;

  describe('release zip', () => {
    beforeAll(async () => {
      if (!existsSync(zip)) throw new Error(`${zip} is missing: run npm run zip (after npm run build)`);
      server = await startServer();
      installed = await host.install(zip);
    });
    afterAll(async () => {
      await installed?.close();
      await server?.close();
    });

    test('holds exactly the files of the build, with the version of package.json', () => {
      const files = readZip(readFileSync(zip));
      const dist = join(ROOT, 'dist', host.target);
      const built = readdirSync(dist, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => relative(dist, join(e.parentPath, e.name)).split('\\').join('/'))
        .sort();
      expect(files.map((f) => f.name)).toEqual(built);
      for (const f of files) expect(f.data.equals(readFileSync(join(dist, f.name))), f.name).toBe(true);
      const manifest = JSON.parse(files.find((f) => f.name === 'manifest.json')!.data.toString('utf8'));
      expect(manifest.version).toBe(version);
      expect(JSON.stringify(manifest)).not.toContain('127.0.0.1');
    });

    test('the browser installs it', () => {
      expect(installed?.id).toMatch(host.id);
    });

    test.runIf(host.target === 'chrome')('installed from the zip, it logs a page\'s failures and the popup lists them', async () => {
      const d = installed!.driver!;
      const ext = await d.extensionPage();
      expect(await ext.evaluate(() => chrome.runtime.getManifest().version, undefined)).toBe(version);
      await backgroundReady(d, ext);
      const url = `${server!.url}/fixture/main`;
      await d.openTab(url);
      const tabId = await tabIdOf(d, ext, url);
      await eventually(() => logOf(d, ext, tabId), (log) => log.some((e) => e.statusCode === 409 && e.url.endsWith('/api/users')), 'the 409 of /api/users in the log');
      const popup = await d.openPopup(tabId);
      await eventually(() => rowsOf(popup), (rows) => rows.some((r) => r.status === '409'), 'a 409 row in the popup');
    });
  });
}
