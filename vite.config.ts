import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { appendFileSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

/**
 * One source, three outputs, chosen by `vite build --mode`:
 * - chrome:      dist/chrome, a background service worker.
 * - firefox:     dist/firefox, background.scripts, gecko settings, filterResponseData permissions.
 * - firefox-e2e: dist/firefox-e2e, the Firefox build plus ONE test-only difference
 *   (TEST_ONLY_POPUP_ACCESS below). Release zips are never made from it.
 */
type Target = 'chrome' | 'firefox' | 'firefox-e2e';

const GECKO_ID = 'statuslens@statuslens.dev';

function manifestFor(target: Target): ManifestV3Export {
  const source = JSON.parse(readFileSync(resolve(import.meta.dirname, 'manifest.json'), 'utf8'));
  // The version has one home, package.json; both manifests and the zips' names take it from there.
  source.version = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')).version;
  if (target === 'chrome') return source;
  const firefox = {
    ...source,
    // Firefox runs the background as an event page (MDN: background.scripts); crxjs expects it named so.
    background: { scripts: [source.background.service_worker], type: 'module' },
    // Full capture in Firefox reads response bodies off the wire with filterResponseData (MDN:
    // webRequest.filterResponseData); asked for with webRequest, when the user first chooses it.
    optional_permissions: [...source.optional_permissions, 'webRequestBlocking', 'webRequestFilterResponse'],
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        // 140 (the ESR before 153): data_collection_permissions, which AMO asks of new add-ons, is
        // read from 140 on desktop and 142 on Android (MDN: browser_specific_settings); MAIN-world
        // content scripts and storage.session came earlier (128).
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
  if (target === 'firefox-e2e') {
    // TEST_ONLY_POPUP_ACCESS: WebDriver BiDi will not navigate straight to a moz-extension:// page,
    // so the tests reach the popup from the fixture page on 127.0.0.1.
    firefox.web_accessible_resources = [
      { resources: ['src/popup/index.html', 'src/options/index.html', 'src/devtools/panel.html'], matches: ['http://127.0.0.1/*'] },
    ];
  }
  return firefox;
}

/**
 * Chrome names a MAIN-world content script by its chrome-extension://<id>/ URL in every stack
 * trace, and the page can read those (an Error made while the hook is on the stack). A sourceURL
 * comment replaces that name (V8 prefers it to the script's URL); the minifier drops comments, so
 * it is added to the written file. Firefox already shows such frames as "<anonymous code>".
 */
function hideHookUrl(outDir: string) {
  return {
    name: 'statuslens-hide-hook-url',
    closeBundle() {
      const file = resolve(import.meta.dirname, outDir, 'src/content/page-hook.iife.js');
      if (existsSync(file) && !readFileSync(file, 'utf8').includes('//# sourceURL=')) appendFileSync(file, '\n//# sourceURL=page-hook.js\n');
    },
  };
}

/**
 * The page scripts are registered at run time (src/background/watch.ts), from files the background
 * imports with `?iife`. crxjs then also lists them as web_accessible_resources for every site, which
 * would let any page fetch them and so detect StatusLens: that entry is removed, as are the ES-module
 * copies of the two scripts that nothing loads.
 */
function finishPageScripts(outDir: string) {
  const pageScripts = ['src/content/page-hook.iife.js', 'src/content/relay.iife.js'];
  return {
    name: 'statuslens-finish-page-scripts',
    closeBundle() {
      const dir = resolve(import.meta.dirname, outDir);
      const manifestFile = resolve(dir, 'manifest.json');
      if (!existsSync(manifestFile)) return;
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
      const resources = (manifest.web_accessible_resources ?? []).filter(
        (r: { resources: string[] }) => !r.resources.every((file) => pageScripts.includes(file)),
      );
      if (resources.length) manifest.web_accessible_resources = resources;
      else delete manifest.web_accessible_resources;
      writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
      // Then every asset no other file names: the module copies, and chunks only they used.
      const assets = resolve(dir, 'assets');
      for (let removed = true; removed; ) {
        removed = false;
        const files = readdirSync(assets);
        const texts = [...files.map((f) => readFileSync(resolve(assets, f), 'utf8')), ...listFiles(dir).map((f) => readFileSync(f, 'utf8'))];
        for (const file of files) {
          if (!file.endsWith('.js')) continue;
          const named = texts.some((text) => text.includes(file) && text !== readFileSync(resolve(assets, file), 'utf8'));
          if (!named) {
            rmSync(resolve(assets, file));
            removed = true;
          }
        }
      }
    },
  };
}

/** The text files outside assets/ that can load an asset: manifest, HTML, loaders, page scripts. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const path = resolve(entry.parentPath, entry.name);
    if (entry.isFile() && !path.includes('/assets/') && /\.(js|html|json)$/.test(entry.name)) out.push(path);
  }
  return out;
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' || mode === 'firefox-e2e' ? mode : 'chrome';
  const browser = target === 'chrome' ? 'chrome' : 'firefox';
  return {
    define: { __TARGET_BROWSER__: JSON.stringify(browser) },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    plugins: [
      crx({
        manifest: manifestFor(target),
        browser,
        contentScripts: { standaloneFiles: ['src/content/page-hook.iife.ts', 'src/content/relay.iife.ts'] },
      }),
      hideHookUrl(`dist/${target}`),
      finishPageScripts(`dist/${target}`),
    ],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // The DevTools page is the manifest's (devtools_page); the panel it opens is named here.
      rollupOptions: {
        input: { popup: 'src/popup/index.html', options: 'src/options/index.html', privacy: 'src/privacy/index.html', devtoolsPanel: 'src/devtools/panel.html' },
        // The background's file has no hash: crxjs hashes it while it still holds placeholders
        // for the page scripts' names, keyed by their absolute paths, so its hash would change
        // with the folder the build runs in and the Firefox zip could not be rebuilt byte for
        // byte from the source archive. Every other file keeps its content hash.
        output: {
          chunkFileNames: (chunk) => (chunk.facadeModuleId === resolve(import.meta.dirname, 'src/background/index.ts') ? 'assets/background.js' : 'assets/[name]-[hash].js'),
        },
      },
    },
  };
});
