import { describe, expect, test } from 'vitest';
import { WatchController, type WatchPlatform } from './watch';
import { readSettings } from '../shared/settings';

function fakePlatform(over: Partial<{ permission: boolean; grantedThisSession: boolean }> = {}) {
  const calls: string[] = [];
  let registered: { id: string; matches?: string[]; excludeMatches?: string[] }[] = [];
  const listening: string[][] = [];
  const state = { permission: over.permission ?? false, grantedThisSession: over.grantedThisSession ?? false };
  const platform: WatchPlatform = {
    registeredScripts: async () => registered,
    registerScripts: async (scope) => {
      registered = ['statuslens-hook', 'statuslens-relay'].map((id) => ({ id, ...scope }));
      calls.push(`register ${scope.matches.join(',')} -${scope.excludeMatches.join(',')}`);
    },
    updateScripts: async (scope) => {
      registered = registered.map((s) => ({ ...s, ...scope }));
      calls.push(`update ${scope.matches.join(',')} -${scope.excludeMatches.join(',')}`);
    },
    unregisterScripts: async () => {
      registered = [];
      calls.push('unregister');
    },
    hasWebRequest: async () => state.permission,
    grantedThisSession: async () => state.grantedThisSession,
    listen: (urls) => {
      listening.push(urls);
      calls.push(`listen ${urls.join(',')}`);
      return () => calls.push(`stop ${urls.join(',')}`);
    },
  };
  return { platform, calls, state, listening };
}

const errors: unknown[] = [];
const settings = (watch: object) => readSettings({ watch });
const page = 'http://localhost:3000/app';

describe('WatchController', () => {
  test('page scripts run on every web page by default; nothing listens to webRequest without the permission', async () => {
    const { platform, calls } = fakePlatform();
    const watch = new WatchController(platform, (_, e) => errors.push(e));
    await watch.apply(settings({}));
    expect(calls).toEqual(['register http://*/*,https://*/* -']);
    expect(watch.level(page)).toBe('light');
    expect(watch.full(page)).toBe(false);
  });

  test('full capture listens only to the listed sites, and only once the permission is in effect', async () => {
    const { platform, calls, state } = fakePlatform();
    const watch = new WatchController(platform, () => undefined);
    await watch.apply(settings({ fullSites: ['localhost:3000'] }));
    expect(watch.state(page)).toEqual({ level: 'light', fullBlocked: 'permission' });
    expect(calls.some((c) => c.startsWith('listen'))).toBe(false);

    // Granted in this browser session: Chromium's proxy is not installed until it restarts.
    state.permission = true;
    state.grantedThisSession = true;
    await watch.apply(settings({ fullSites: ['localhost:3000'] }));
    expect(watch.state(page)).toEqual({ level: 'light', fullBlocked: 'restart' });
    expect(watch.full(page)).toBe(false); // the page's reports stand in meanwhile

    state.grantedThisSession = false; // after a restart
    await watch.apply(settings({ fullSites: ['localhost:3000'] }));
    expect(watch.state(page)).toEqual({ level: 'full' });
    expect(watch.full(page)).toBe(true);
    expect(watch.full('http://localhost:3001/')).toBe(false); // another port, another site
    expect(calls.filter((c) => c.startsWith('listen'))).toEqual(['listen *://localhost/*']);
  });

  test('pause removes the listeners and the page scripts; resume brings both back', async () => {
    const { platform, calls } = fakePlatform({ permission: true });
    const watch = new WatchController(platform, () => undefined);
    await watch.apply(settings({ fullSites: ['127.0.0.1'] }));
    calls.length = 0;
    await watch.apply(settings({ fullSites: ['127.0.0.1'], paused: true }));
    expect(calls).toEqual(['unregister', 'stop *://127.0.0.1/*']);
    expect(watch.level('http://127.0.0.1/')).toBe('paused');
    expect(watch.full('http://127.0.0.1/')).toBe(false);
    calls.length = 0;
    await watch.apply(settings({ fullSites: ['127.0.0.1'] }));
    expect(calls).toEqual(['register http://*/*,https://*/* -', 'listen *://127.0.0.1/*']);
  });

  test('only the listed sites get the page scripts; an unchanged filter is not registered again', async () => {
    const { platform, calls } = fakePlatform({ permission: true });
    const watch = new WatchController(platform, () => undefined);
    await watch.apply(settings({ scope: 'listed', sites: ['*.staging.example.com'], fullSites: ['localhost'] }));
    await watch.apply(settings({ scope: 'listed', sites: ['*.staging.example.com', 'x.test'], fullSites: ['localhost'] }));
    await watch.apply(settings({ scope: 'listed', sites: ['*.staging.example.com', 'x.test'], fullSites: ['localhost'] })); // a worker waking
    expect(calls).toEqual([
      'register *://*.staging.example.com/*,*://localhost/* -',
      'listen *://localhost/*',
      'update *://*.staging.example.com/*,*://x.test/*,*://localhost/* -',
    ]);
    expect(watch.level('https://api.staging.example.com/')).toBe('light');
    expect(watch.level('https://example.com/')).toBe('off');
  });

  test('reports wait until the settings are read; before, nothing counts as watched', async () => {
    const { platform } = fakePlatform();
    const watch = new WatchController(platform, () => undefined);
    let ready = false;
    void watch.ready.then(() => (ready = true));
    await Promise.resolve();
    expect(ready).toBe(false);
    expect(watch.level(page)).toBe('off');
    await watch.apply(settings({}));
    await watch.ready;
    expect(ready).toBe(true);
  });
});
