// The extension API as seen inside extension pages driven by page.evaluate(); typed loosely on purpose,
// since these calls run in the browser, not in Node.
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any
declare const browser: any; // eslint-disable-line @typescript-eslint/no-explicit-any
