/// <reference types="@crxjs/vite-plugin/client" />
/** Set by vite.config.ts at build time: which browser this bundle is for. */
declare const __TARGET_BROWSER__: 'chrome' | 'firefox';
