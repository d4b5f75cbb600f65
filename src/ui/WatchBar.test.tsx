// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { act } from 'preact/test-utils';
import { mount } from './test-mount';
import { WatchBar } from './WatchBar';
import type { WatchControl } from './source';
import type { WatchState } from '../shared/sites';
import type { WatchAction } from '../shared/watch-actions';

const settle = async () => {
  for (let i = 0; i < 4; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
};

function control(states: (WatchState & { site?: string })[], grant = true) {
  const acts: WatchAction[] = [];
  let i = 0;
  const c: WatchControl = {
    state: async () => states[Math.min(i, states.length - 1)]!,
    act: async (action) => {
      acts.push(action);
      i++;
      return action === 'full-on' ? grant : true;
    },
    openSettings: () => acts.push('settings' as WatchAction),
  };
  return { c, acts };
}

const buttons = (el: HTMLElement) => [...el.querySelectorAll('button')].map((b) => b.dataset.testid);

describe('WatchBar', () => {
  test('an unwatched site says so and offers to watch it', async () => {
    const { c, acts } = control([{ level: 'off', site: 'localhost:3000' }, { level: 'light', site: 'localhost:3000' }]);
    const el = mount(<WatchBar control={c} tabId={1} refreshKey={0} />);
    await settle();
    expect(el.textContent).toContain('Not watching localhost:3000.');
    expect(buttons(el)).toEqual(['watch-site', 'watch-pause', 'open-settings']);
    await act(() => (el.querySelector('[data-testid="watch-site"]') as HTMLElement).click());
    await settle();
    await settle();
    expect(acts).toEqual(['watch']);
    expect(el.querySelector('[data-testid="watch-bar"]')?.getAttribute('data-level')).toBe('light');
  });

  test('light watching offers full capture and says what it sees; a refused permission changes nothing and says so', async () => {
    const { c } = control([{ level: 'light', site: 'app.test' }], false);
    const el = mount(<WatchBar control={c} tabId={1} refreshKey={0} />);
    await settle();
    expect(el.textContent).toContain('the page’s own fetch and XHR calls');
    expect(buttons(el)).toEqual(['watch-full-on', 'watch-stop', 'watch-pause', 'open-settings']);
    await act(() => (el.querySelector('[data-testid="watch-full-on"]') as HTMLElement).click());
    await settle();
    expect(el.querySelector('[data-testid="watch-refused"]')?.textContent).toContain('did not grant');
  });

  test('full capture waiting for a browser restart says so, and can be turned off', async () => {
    const { c } = control([{ level: 'light', site: 'app.test', fullBlocked: 'restart' }]);
    const el = mount(<WatchBar control={c} tabId={1} refreshKey={0} />, 'zh-CN');
    await settle();
    expect(el.textContent).toContain('浏览器重启后开始');
    expect(buttons(el)).toContain('watch-full-off');
    expect(buttons(el)).not.toContain('watch-full-on');
  });

  test('paused offers Resume only', async () => {
    const { c } = control([{ level: 'paused', site: 'app.test' }]);
    const el = mount(<WatchBar control={c} tabId={1} refreshKey={0} />);
    await settle();
    expect(el.textContent).toContain('StatusLens is paused');
    expect(buttons(el)).toEqual(['watch-resume', 'open-settings']);
  });
});
