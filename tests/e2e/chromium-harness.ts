import type { BrowserContext, Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium as launch } from '../../scripts/chromium.mjs';

/** Real Debian Chromium with the built extension loaded and its background answering. */
export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** The user-data directory; its DevToolsActivePort names the CDP port (see --remote-debugging-port below). */
  profile: string;
  close(): Promise<void>;
}

/**
 * Launches Chromium with the extension; `setUp` runs first in a browser of its own on the same
 * profile, which is then closed, as a user restarts the browser: Chromium puts a webRequest
 * permission granted at run time into effect only when the extension loads again (see
 * src/background/watch.ts).
 */
export async function launchChromium(dist: string, setUp?: (s: ChromiumSession) => Promise<void>, headless = true, ownProfile?: string): Promise<ChromiumSession> {
  // A CDP port besides Playwright's pipe: the DevTools panel scenario drives DevTools' own window through it.
  const options = { dist, headless, permissions: ['clipboard-read', 'clipboard-write'], args: ['--remote-debugging-port=0'] };
  // On a profile the caller owns (and removes), which close() leaves for the next launch.
  if (ownProfile) return launch({ ...options, profile: ownProfile });
  if (!setUp) return launch(options);
  const profile = mkdtempSync(join(tmpdir(), 'statuslens-e2e-'));
  const first = await launch({ ...options, profile });
  await setUp(first);
  await first.close();
  const session = await launch({ ...options, profile });
  return {
    ...session,
    close: async () => {
      await session.close();
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}
