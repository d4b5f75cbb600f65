import { describe, expect, it } from 'vitest';
import { fullCaptureUrls, pageScriptScope } from './sites';
import { isSitePattern, matchPatternOf, siteMatches, siteOf, toSitePattern } from './site-pattern';
import { readSettings } from './settings';

describe('site patterns', () => {
  it('accepts hosts, wildcards and ports, and nothing else', () => {
    for (const ok of ['localhost', '127.0.0.1', 'example.com', '*.staging.example.com', 'localhost:3000', 'a-b.c']) expect(isSitePattern(ok), ok).toBe(true);
    for (const bad of ['', '*', '*.', 'http://x', 'x/y', 'ex ample.com', 'x:99999', '-x.com', 'x..com', 'foo*.com', '<script>']) expect(isSitePattern(bad), bad).toBe(false);
  });

  it('reads what a user types or pastes, with a clear message when it is not a site', () => {
    expect(toSitePattern('  LocalHost:3000 ')).toEqual({ pattern: 'localhost:3000' });
    expect(toSitePattern('https://api.example.com/v1/orders?x=1')).toEqual({ pattern: 'api.example.com' });
    expect(toSitePattern('http://localhost:8080/')).toEqual({ pattern: 'localhost:8080' });
    expect(toSitePattern('example.com/path')).toEqual({ pattern: 'example.com' });
    expect(toSitePattern('')).toHaveProperty('error');
    expect((toSitePattern('not a site') as { error: string }).error).toContain('"not a site" is not a site');
  });

  it('matches like the browsers\' match patterns, with the port when one is given', () => {
    expect(siteMatches('*.example.com', 'https://example.com/')).toBe(true);
    expect(siteMatches('*.example.com', 'https://a.b.example.com/x')).toBe(true);
    expect(siteMatches('*.example.com', 'https://badexample.com/')).toBe(false);
    expect(siteMatches('example.com', 'https://a.example.com/')).toBe(false);
    expect(siteMatches('localhost:3000', 'http://localhost:3000/')).toBe(true);
    expect(siteMatches('localhost:3000', 'http://localhost:3001/')).toBe(false);
    expect(siteMatches('example.com:443', 'https://example.com/')).toBe(true);
    expect(siteMatches('localhost', 'file:///etc/passwd')).toBe(false);
  });

  it('names a page\'s own site, and only for web pages', () => {
    expect(siteOf('http://localhost:3000/a')).toBe('localhost:3000');
    expect(siteOf('https://example.com/')).toBe('example.com');
    expect(siteOf('chrome://extensions')).toBeUndefined();
    expect(siteOf('about:blank')).toBeUndefined();
  });

  it('turns patterns into match patterns without ports', () => {
    expect(matchPatternOf('localhost:3000')).toBe('*://localhost/*');
    expect(matchPatternOf('*.example.com')).toBe('*://*.example.com/*');
  });

  it('registers the page scripts only where something is watched', () => {
    const all = readSettings({ watch: { skipped: ['ads.example.com', 'localhost:9000'] } });
    expect(pageScriptScope(all)).toEqual({ matches: ['http://*/*', 'https://*/*'], excludeMatches: ['*://ads.example.com/*'] });
    expect(pageScriptScope(readSettings({ watch: { paused: true } }))).toBeUndefined();
    expect(pageScriptScope(readSettings({ watch: { scope: 'listed' } }))).toBeUndefined();
    expect(pageScriptScope(readSettings({ watch: { scope: 'listed', sites: ['localhost:3000'], fullSites: ['localhost'] } }))).toEqual({ matches: ['*://localhost/*'], excludeMatches: [] });
  });

  it('asks webRequest for the full-capture sites only', () => {
    expect(fullCaptureUrls(readSettings(undefined))).toBeUndefined();
    expect(fullCaptureUrls(readSettings({ watch: { fullSites: ['127.0.0.1', '*.dev.test'] } }))).toEqual(['*://127.0.0.1/*', '*://*.dev.test/*']);
    expect(fullCaptureUrls(readSettings({ watch: { paused: true, fullSites: ['127.0.0.1'] } }))).toBeUndefined();
  });

  it('repairs stored settings field by field', () => {
    const s = readSettings({ watch: { paused: 'yes', scope: 'some', sites: ['ok.com', 42, 'bad site', 'ok.com'], fullSites: 'x' } });
    expect(s.watch).toEqual({ paused: false, scope: 'all', sites: ['ok.com'], skipped: [], fullSites: [] });
  });
});
