import { describe, expect, it } from 'vitest';
import { ignoringRule, isIgnored, readIgnoreRules, ruleCounts, ruleProblem, rulesFor, withRule, type IgnoreRule } from './noise';
import { readSettings } from './settings';

const entry = (url: string, statusCode: number | undefined, type = 'fetch') => ({
  url,
  type,
  kind: statusCode === undefined ? ('network-error' as const) : ('http-error' as const),
  statusCode,
});

describe('noise rules', () => {
  it('ignores the favicon the browser asks for, never a page fetch of it', () => {
    const rules: IgnoreRule[] = [{ kind: 'favicon', value: '' }];
    expect(isIgnored(rules, entry('http://localhost:3000/favicon.ico', 404, 'image'))).toBe(true);
    expect(isIgnored(rules, entry('http://localhost:3000/favicon.ico?v=2', 404, 'other'))).toBe(true);
    expect(isIgnored(rules, entry('http://localhost:3000/favicon.ico', 404, 'fetch'))).toBe(false);
    expect(isIgnored(rules, entry('http://localhost:3000/img/logo.png', 404, 'image'))).toBe(false);
  });

  it('matches a URL without its query, or as a prefix with a final *', () => {
    expect(isIgnored([{ kind: 'url', value: 'https://a.test/ping' }], entry('https://a.test/ping?t=1', 500))).toBe(true);
    expect(isIgnored([{ kind: 'url', value: 'https://a.test/ping' }], entry('https://a.test/ping/2', 500))).toBe(false);
    expect(isIgnored([{ kind: 'url', value: 'https://a.test/metrics/*' }], entry('https://a.test/metrics/x', 500))).toBe(true);
  });

  it('matches a host as a site pattern, with its port and subdomains', () => {
    expect(isIgnored([{ kind: 'host', value: 'localhost:3000' }], entry('http://localhost:3000/x', 404))).toBe(true);
    expect(isIgnored([{ kind: 'host', value: 'localhost:3000' }], entry('http://localhost:4000/x', 404))).toBe(false);
    expect(isIgnored([{ kind: 'host', value: '*.example.com' }], entry('https://cdn.example.com/a.js', 404, 'script'))).toBe(true);
  });

  it('matches a status, a class or network errors, on one site or everywhere', () => {
    const rules: IgnoreRule[] = [{ kind: 'status', value: '404', host: 'api.test' }];
    expect(isIgnored(rules, entry('https://api.test/a', 404))).toBe(true);
    expect(isIgnored(rules, entry('https://other.test/a', 404))).toBe(false);
    expect(isIgnored(rules, entry('https://api.test/a', 409))).toBe(false);
    expect(isIgnored([{ kind: 'status', value: '5xx' }], entry('https://x.test/', 503))).toBe(true);
    expect(isIgnored([{ kind: 'status', value: 'network' }], entry('https://x.test/', undefined))).toBe(true);
    expect(isIgnored([{ kind: 'status', value: 'network' }], entry('https://x.test/', 500))).toBe(false);
  });

  it('refuses rules that cannot be used, and repeats', () => {
    expect(ruleProblem({ kind: 'url', value: 'not a url' })).toBe('url');
    expect(ruleProblem({ kind: 'host', value: 'bad host' })).toBe('host');
    expect(ruleProblem({ kind: 'status', value: '999' })).toBe('status');
    expect(ruleProblem({ kind: 'status', value: '404', host: 'a b' })).toBe('host');
    const read = readIgnoreRules([{ kind: 'host', value: 'a.test' }, { kind: 'host', value: ' a.test ' }, { kind: 'nope' }, 'x', { kind: 'status', value: '4xx' }]);
    expect(read).toEqual([{ kind: 'host', value: 'a.test' }, { kind: 'status', value: '4xx' }]);
  });

  it('counts each entry once, for the first rule that hides it', () => {
    const rules: IgnoreRule[] = [{ kind: 'host', value: 'a.test' }, { kind: 'status', value: '404' }];
    const entries = [entry('https://a.test/1', 404), entry('https://b.test/1', 404), entry('https://b.test/2', 500)];
    expect(ruleCounts(rules, entries)).toEqual([1, 1]);
    expect(ignoringRule(rules, entries[2]!)).toBe(-1);
  });

  it('offers rules for a row that hide that row', () => {
    const e = entry('http://localhost:49151/api/items?page=2', 409);
    const offered = rulesFor(e);
    expect(offered.url).toEqual({ kind: 'url', value: 'http://localhost:49151/api/items' });
    expect(offered.host).toEqual({ kind: 'host', value: 'localhost:49151' });
    expect(offered.status).toEqual({ kind: 'status', value: '409', host: 'localhost:49151' });
    for (const rule of [offered.url, offered.host!, offered.status]) expect(isIgnored([rule], e)).toBe(true);
    expect(withRule([offered.url], offered.url)).toHaveLength(1);
  });
});

describe('settings, version 2', () => {
  it('gives a version 1 value the default rules and keeps a stored empty list', () => {
    expect(readSettings({ version: 1, watch: {} }).ignore).toEqual([{ kind: 'favicon', value: '' }]);
    expect(readSettings({ version: 2, ignore: [] }).ignore).toEqual([]);
  });

  it('repairs each new field on its own', () => {
    const s = readSettings({ flag: { clientErrors: false, redirects: 'yes' }, capture: { bodyKiB: 99, maskSecrets: false }, display: { language: 'fr', badge: 'dot' } });
    expect(s.flag).toEqual({ clientErrors: false, serverErrors: true, networkErrors: true, redirects: false, graphqlErrors: false });
    expect(s.capture).toEqual({ bodyKiB: 256, maskSecrets: false, keepLogs: false });
    expect(s.display).toEqual({ language: 'auto', badge: 'dot', showIgnored: false });
    // Keeping logs is off unless the stored value says true, itself.
    expect(readSettings({ capture: { keepLogs: true } }).capture.keepLogs).toBe(true);
    expect(readSettings({ capture: { keepLogs: 'true', bodyKiB: 16 } }).capture).toEqual({ bodyKiB: 16, maskSecrets: true, keepLogs: false });
  });
});
