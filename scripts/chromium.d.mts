import type { BrowserContext, Page, Worker } from 'playwright-core';

export declare const CHROMIUM_PATH: string;
export declare function chromiumArgs(dist?: string): string[];
export interface LaunchedChromium {
  context: BrowserContext;
  /** The user-data directory: the one passed as `profile`, else a fresh one close() removes. */
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
export declare function openDemo(context: BrowserContext, extensionId: string, demoUrl: string, settleMs?: number): Promise<{ probe: Page; demo: Page; tabId: number }>;

export interface SpawnedChromium {
  pid: number;
  port: number;
  /** The browser's CDP endpoint. */
  wsUrl: string;
  profile: string;
  close(): Promise<void>;
}
export declare function spawnChromium(options?: { dist?: string; headless?: boolean; args?: string[]; profile?: string }): Promise<SpawnedChromium>;

export interface BuiltManifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  action?: { default_popup?: string };
  [key: string]: unknown;
}
export declare function manifestOf(dist: string): BuiltManifest;

/** The stored settings, as in src/shared/settings.ts. */
export interface StoredSettings {
  version: 1;
  watch: { paused: boolean; scope: 'all' | 'listed'; sites: string[]; skipped: string[]; fullSites: string[] };
}
export declare const DEFAULT_SETTINGS: Readonly<StoredSettings>;
export declare function setSettings(context: BrowserContext, extensionId: string, watch: Partial<StoredSettings['watch']>): Promise<StoredSettings>;
export declare function grantOptionalPermissions(context: BrowserContext, extensionId: string, request: { permissions?: string[]; origins?: string[] }): Promise<boolean>;
export declare function processTree(root: number): number[];
