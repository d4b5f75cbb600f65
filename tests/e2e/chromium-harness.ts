import type { BrowserContext, Worker } from 'playwright-core';
import { launchChromium as launch } from '../../scripts/chromium.mjs';

/** Real Debian Chromium with the built extension loaded and its background answering. */
export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

export async function launchChromium(dist: string, headless = true): Promise<ChromiumSession> {
  return launch({ dist, headless, permissions: ['clipboard-read', 'clipboard-write'] });
}
