import type { BrowserContext, Page, Worker } from 'playwright-core';

export declare const CHROMIUM_PATH: string;
export declare function chromiumArgs(dist?: string): string[];
export interface LaunchedChromium {
  context: BrowserContext;
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
}
export declare function launchChromium(options: LaunchOptions & { dist: string }): Promise<LaunchedWithExtension>;
export declare function launchChromium(options?: LaunchOptions & { dist?: undefined }): Promise<LaunchedChromium>;
export declare function waitForBackground(extensionPage: Page, timeoutMs?: number): Promise<void>;
