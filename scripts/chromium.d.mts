import type { BrowserContext, Page, Worker } from 'playwright-core';

export declare const CHROMIUM_PATH: string;
export declare function chromiumArgs(dist?: string): string[];
export interface LaunchedChromium {
  context: BrowserContext;
  /** The user-data directory; kept by close() only when given to launchChromium. */
  profile: string;
  close(): Promise<void>;
}
export interface LaunchedWithExtension extends LaunchedChromium {
  extensionId: string;
  worker: Worker;
}
export interface LaunchOptions {
  headless?: boolean;
  args?: string[];
  viewport?: { width: number; height: number } | null;
  permissions?: string[];
  /** Run on this user-data directory and leave it in place on close (to launch again on it). */
  profile?: string;
}
export declare function launchChromium(options: LaunchOptions & { dist: string }): Promise<LaunchedWithExtension>;
export declare function launchChromium(options?: LaunchOptions & { dist?: undefined }): Promise<LaunchedChromium>;
export declare function waitForBackground(extensionPage: Page, timeoutMs?: number): Promise<void>;
