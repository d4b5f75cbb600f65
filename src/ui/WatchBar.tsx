import { useEffect, useState } from 'preact/hooks';
import type { WatchState } from '../shared/sites';
import type { WatchAction } from '../shared/watch-actions';
import type { WatchControl } from './source';
import { useI18n } from './i18n';

/**
 * One line above the list: how this tab's site is watched, and the one click that changes it.
 * A site not watched says so plainly and offers to watch it; full capture says when it waits for
 * a browser restart (see src/background/watch.ts).
 */
export function WatchBar({ control, tabId, refreshKey }: { control: WatchControl; tabId: number; refreshKey: number }) {
  const { t } = useI18n();
  const [state, setState] = useState<(WatchState & { site?: string }) | undefined>();
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    let live = true;
    control.state(tabId).then((s) => live && setState(s), () => live && setState(undefined));
    return () => {
      live = false;
    };
  }, [control, tabId, refreshKey, busy]);

  if (!state) return null;
  const { level, site } = state;
  const act = (action: WatchAction) => {
    if (!site && action !== 'pause' && action !== 'resume') return;
    setBusy(true);
    setRefused(false);
    // Called within the click: a permission request must come from the user's gesture.
    control.act(action, site ?? '').then(
      (ok) => {
        setRefused(!ok);
        setBusy(false);
      },
      () => {
        setRefused(true);
        setBusy(false);
      },
    );
  };
  const button = (action: WatchAction, label: string, testId: string) => (
    <button type="button" class="button small" data-testid={testId} disabled={busy} onClick={() => act(action)}>
      {label}
    </button>
  );

  let text: string;
  if (level === 'paused') text = t('watchPaused');
  else if (!site) text = t('watchNotAPage');
  else if (level === 'off') text = t('watchOff', { site });
  else if (level === 'full') text = t('watchFull', { site });
  else if (state.fullBlocked === 'restart') text = t('watchFullAfterRestart', { site });
  else text = t('watchLight', { site });

  return (
    <div class={`watch-bar level-${level}`} data-testid="watch-bar" data-level={level} role="status">
      <span class="watch-text" data-testid="watch-text">
        {text}
      </span>
      <span class="watch-actions">
        {level === 'paused' && button('resume', t('watchResume'), 'watch-resume')}
        {level === 'off' && site && button('watch', t('watchThisSite'), 'watch-site')}
        {level === 'light' && site && state.fullBlocked === undefined && button('full-on', t('watchFullOn'), 'watch-full-on')}
        {state.fullBlocked === 'permission' && site && button('full-on', t('watchFullAllow'), 'watch-full-on')}
        {(level === 'full' || state.fullBlocked !== undefined) && site && button('full-off', t('watchFullOff'), 'watch-full-off')}
        {(level === 'light' || level === 'full') && site && button('unwatch', t('watchStop'), 'watch-stop')}
        {level !== 'paused' && button('pause', t('watchPause'), 'watch-pause')}
        <button type="button" class="button small link" data-testid="open-settings" onClick={() => control.openSettings()}>
          {t('settings')}
        </button>
      </span>
      {refused && <span class="watch-refused" data-testid="watch-refused">{t('watchPermissionRefused')}</span>}
    </div>
  );
}
