import { describe, expect, it } from 'vitest';
import { applyWatchAction } from './watch-actions';
import { readSettings } from './settings';
import { watchLevel } from './sites';

const base = readSettings(undefined);
const url = 'http://localhost:3000/app';

describe('watch actions', () => {
  it('watches every site by default, lightly', () => {
    expect(watchLevel(base, url)).toBe('light');
    expect(watchLevel(base, 'chrome://settings')).toBe('off');
  });

  it('stops and starts watching a site in "all sites" scope', () => {
    const off = applyWatchAction(base, 'unwatch', 'localhost:3000');
    expect(off.watch.skipped).toEqual(['localhost:3000']);
    expect(watchLevel(off, url)).toBe('off');
    expect(watchLevel(off, 'http://localhost:8080/')).toBe('light'); // another port is another site
    const on = applyWatchAction(off, 'watch', 'localhost:3000');
    expect(on.watch.skipped).toEqual([]);
    expect(watchLevel(on, url)).toBe('light');
  });

  it('watches only the listed sites in "listed" scope', () => {
    const listed = { ...base, watch: { ...base.watch, scope: 'listed' as const } };
    expect(watchLevel(listed, url)).toBe('off');
    const on = applyWatchAction(listed, 'watch', 'localhost:3000');
    expect(on.watch.sites).toEqual(['localhost:3000']);
    expect(watchLevel(on, url)).toBe('light');
    expect(applyWatchAction(on, 'unwatch', 'localhost:3000').watch.sites).toEqual([]);
  });

  it('a wildcard pattern already covering the site is not added twice, and is removed by "unwatch"', () => {
    const listed = readSettings({ watch: { scope: 'listed', sites: ['*.staging.example.com'] } });
    expect(applyWatchAction(listed, 'watch', 'api.staging.example.com').watch.sites).toEqual(['*.staging.example.com']);
    expect(applyWatchAction(listed, 'unwatch', 'api.staging.example.com').watch.sites).toEqual([]);
  });

  it('full capture adds the site to both lists, and stopping watching drops full capture too', () => {
    const full = applyWatchAction(base, 'full-on', 'localhost:3000');
    expect(full.watch.fullSites).toEqual(['localhost:3000']);
    expect(watchLevel(full, url)).toBe('full');
    expect(applyWatchAction(full, 'full-off', 'localhost:3000').watch.fullSites).toEqual([]);
    const off = applyWatchAction(full, 'unwatch', 'localhost:3000');
    expect(off.watch.fullSites).toEqual([]);
    expect(watchLevel(off, url)).toBe('off');
  });

  it('pause wins over every list, and resume restores them', () => {
    const paused = applyWatchAction(applyWatchAction(base, 'full-on', 'localhost:3000'), 'pause', 'localhost:3000');
    expect(watchLevel(paused, url)).toBe('paused');
    expect(watchLevel(applyWatchAction(paused, 'resume', 'x'), url)).toBe('full');
  });

  it('never changes its input', () => {
    const before = JSON.stringify(base);
    applyWatchAction(base, 'full-on', 'localhost:3000');
    applyWatchAction(base, 'unwatch', 'localhost:3000');
    expect(JSON.stringify(base)).toBe(before);
  });
});
