import { describe, expect, test } from 'vitest';
import { StatusLensService } from './service';
import { handleMessage, type MessageContext } from './messages';
import { TabLogs } from './tab-log';
import { ignoreCounts } from './ignore-counts';
import { entry } from './test-helpers';
import { MAX_IGNORE_RULES } from '../shared/noise';

const ORIGIN = 'chrome-extension://abc/';
const SETTINGS_PAGE = { id: 'abc', url: `${ORIGIN}src/options/index.html` };

function setup() {
  const service = new StatusLensService({ now: () => 0, setTimeout: () => 0, setBadge: () => undefined, persist: () => undefined });
  let loadedAll = 0;
  const ctx: MessageContext = {
    service,
    extensionOrigin: ORIGIN,
    extensionId: 'abc',
    loadTab: async () => undefined,
    loadAll: async () => void loadedAll++,
    tabInfo: async () => undefined,
    watchReady: async () => undefined,
    watchState: () => ({ level: 'light' }),
  };
  // Two tabs, two hosts: 127.0.0.1 has a 404 and a 500, localhost a 404, a 409 and a failed request.
  service.add(entry({ tabId: 1, url: 'http://127.0.0.1:8080/api/missing', statusCode: 404 }));
  service.add(entry({ tabId: 1, url: 'http://127.0.0.1:8080/api/huge', statusCode: 500 }));
  service.add(entry({ tabId: 2, url: 'http://localhost:8080/api/missing?x=1', statusCode: 404 }));
  service.add(entry({ tabId: 2, url: 'http://localhost:8080/api/users', statusCode: 409, type: 'fetch' }));
  service.add(entry({ tabId: 2, url: 'http://localhost:8080/api/down', kind: 'network-error', statusCode: undefined, error: 'net::ERR_CONNECTION_REFUSED' }));
  const ask = (message: unknown, sender: { id?: string; url?: string; tabId?: number } = SETTINGS_PAGE) => handleMessage(message, sender, ctx);
  return { ask, loadedAll: () => loadedAll };
}

describe('ignoreCounts', () => {
  test('counts what each rule hides across every tab, each failure for the first rule that matches it', async () => {
    const { ask, loadedAll } = setup();
    const rules = [
      { kind: 'favicon', value: '' },
      { kind: 'host', value: 'localhost:8080' },
      { kind: 'status', value: '404' }, // the localhost 404 went to the host rule above
      { kind: 'url', value: 'http://127.0.0.1:8080/api/*' },
      { kind: 'status', value: '5xx', host: 'example.com' },
    ];
    expect(await ask({ type: 'ignoreCounts', rules })).toEqual({ counts: [0, 3, 1, 1, 0] });
    expect(loadedAll()).toBe(1); // stored tabs were read first
  });

  test('a list that does not read back identically gets counts for the rules it did read', async () => {
    const { ask } = setup();
    const rules = [{ kind: 'host', value: 'not a host' }, { kind: 'status', value: 'network' }, 'junk', { kind: 'status', value: 'network' }, { kind: 'url', value: 'http://127.0.0.1:8080/api/huge' }];
    expect(await ask({ type: 'ignoreCounts', rules })).toEqual({ counts: [1, 1] });
  });

  test('malformed requests, and any from web pages, are refused', async () => {
    const { ask } = setup();
    expect(await ask({ type: 'ignoreCounts' })).toBeUndefined();
    expect(await ask({ type: 'ignoreCounts', rules: 'host:localhost' })).toBeUndefined();
    expect(await ask({ type: 'ignoreCounts', rules: { 0: { kind: 'host', value: 'localhost' } } })).toBeUndefined();
    const tooMany = Array.from({ length: MAX_IGNORE_RULES + 1 }, (_, i) => ({ kind: 'status', value: String(400 + i) }));
    expect(await ask({ type: 'ignoreCounts', rules: tooMany })).toBeUndefined();
    expect(await ask({ type: 'ignoreCounts', rules: [] })).toEqual({ counts: [] });
    expect(await ask({ type: 'ignoreCounts', rules: [] }, { id: 'abc', tabId: 2, url: 'http://localhost:8080/' })).toBeUndefined();
    expect(await ask({ type: 'ignoreCounts', rules: [] }, { id: 'other', url: `${ORIGIN}x` })).toBeUndefined();
  });

  test('a log past its bound counts only what it keeps', () => {
    const logs = new TabLogs(4);
    for (let i = 0; i < 5; i++) logs.add(entry({ tabId: 3, url: `https://a.test/${i}` }));
    expect(ignoreCounts([{ kind: 'host', value: 'a.test' }], logs)).toEqual([4]);
  });
});
