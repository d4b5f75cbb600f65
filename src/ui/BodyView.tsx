import { useMemo, useState } from 'preact/hooks';
import { isPageReported, type CapturedBody } from '../shared/types';
import { useI18n, type MessageKey } from './i18n';
import { formatBytes, prettyJson, textBlocks } from './format';
import { CopyButton } from './Copy';

const SOURCE_LABEL: Record<CapturedBody['source'], MessageKey> = {
  network: 'sourceNetwork',
  'page-fetch': 'sourcePageFetch',
  'page-xhr': 'sourcePageXhr',
  'rendered-document': 'sourceRenderedDocument',
  devtools: 'sourceDevtools',
};

/** A captured body, always as text: markup is shown, never rendered. */
export function BodyView({ body, chromeSubresource }: { body?: CapturedBody; chromeSubresource: boolean }) {
  const { t } = useI18n();
  const [raw, setRaw] = useState(false);
  const pretty = useMemo(() => (body?.text ? prettyJson(body.text) : undefined), [body?.text]);
  const text = body?.text ?? '';
  const shown = pretty && !raw ? pretty : text;
  const blocks = useMemo(() => textBlocks(shown), [shown]);
  if (!body) {
    return (
      <p class="notice" data-testid="body-notice">
        {t('bodyNone')} {chromeSubresource ? t('bodyNoneChrome') : ''}
      </p>
    );
  }
  const notices: string[] = [];
  if (body.binary) notices.push(t('bodyBinary', { type: body.mimeType ?? 'unknown type', size: formatBytes(body.fullSize ?? 0) }));
  if (body.dropped === 'memory') notices.push(t('bodyDroppedMemory'));
  if (body.dropped === 'storage') notices.push(t('bodyDroppedStorage'));
  if (body.truncated && !body.binary) {
    notices.push(
      body.fullSize !== undefined
        ? t('bodyTruncated', { kept: formatBytes(body.keptSize), full: formatBytes(body.fullSize) })
        : t('bodyTruncatedUnknown', { kept: formatBytes(body.keptSize) }),
    );
  }
  return (
    <div class="body-view">
      <div class="body-meta">
        <span class={`source ${isPageReported(body) ? 'unverified' : 'verified'}`} data-testid="body-source" data-source={body.source}>
          {t(SOURCE_LABEL[body.source])}
          {isPageReported(body) && ` — ${t('sourceUnverified', { origin: body.reportedBy ?? '?' })}`}
        </span>
        {body.mimeType && <span class="mime">{body.mimeType}{body.charset ? `; charset=${body.charset}` : ''}</span>}
        {pretty && (
          <button type="button" class="button small" onClick={() => setRaw(!raw)}>
            {raw ? t('showPretty') : t('showRaw')}
          </button>
        )}
        {text && <CopyButton text={text} label={t('copy')} />}
      </div>
      {notices.map((n) => (
        <p class="notice" data-testid="body-notice" key={n}>
          {n}
        </p>
      ))}
      {body.text !== undefined && (text ? <pre class="body-text" data-testid="body-text">{blocks.length > 1 ? blocks.map((block, i) => <TextBlock key={i} text={block} />) : shown}</pre> : <p class="notice">{t('bodyEmpty')}</p>)}
    </div>
  );
}

/**
 * One block of a long body (up to 256 KiB, pretty-printed JSON is longer): laid out and painted
 * only while in view (`content-visibility: auto` in popup.css), sized by its line count until then.
 */
function TextBlock({ text }: { text: string }) {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < text.length - 1; i = text.indexOf('\n', i + 1)) lines++;
  return (
    <span class="text-block" style={`--lines: ${lines}`}>
      {text}
    </span>
  );
}
