/** The extension's version, read from package.json at build time (the manifest carries the same number). */
export { version as APP_VERSION } from '../../package.json';
