// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import '../ui/test-mount';
import { render } from 'preact';
import { PrivacyPage } from './PrivacyPage';
import { POLICY_LOCALES, POLICY_SECTIONS, policyFor } from './policy';
import { policyMarkdown } from './markdown';
import type { Locale } from '../reference/types';
import { codeOf, sources } from '../platform/source-scan';

const ROOT = resolve(import.meta.dirname, '../..');
const PRIVACY_MD = join(ROOT, 'store/PRIVACY.md');

/** What a reader of the extension page sees, block by block. */
function pageBlocks(locale: Locale): string[] {
  const root = document.createElement('div');
  document.body.append(root);
  render(<PrivacyPage locale={locale} />, root);
  const blocks = [...root.querySelectorAll('h1, h2, p')].map((e) => e.textContent ?? '');
  render(null, root);
  root.remove();
  return blocks;
}

/**
 * The blocks of store/PRIVACY.md as a markdown reader shows them (markers and escapes gone); the
 * first test holds the file to exactly this text.
 */
function markdownBlocks(): string[] {
  return policyMarkdown()
    .split(/\n{2,}/)
    .map((b) => b.trim().replace(/^#+ /, '').replace(/^\*(.*)\*$/s, '$1').replace(/\\(.)/g, '$1'));
}

describe('the privacy policy', () => {
  test('store/PRIVACY.md is the policy as written in policy.ts', async () => {
    await expect(policyMarkdown()).toMatchFileSnapshot(PRIVACY_MD);
  });

  test.each(POLICY_LOCALES)('the page (%s) and store/PRIVACY.md say the same, block for block', (locale) => {
    const page = pageBlocks(locale);
    const policy = policyFor(locale);
    expect(page[0]).toBe(policy.title);
    expect(page).toHaveLength(2 + policy.sections.reduce((n, s) => n + 1 + s.paragraphs.length, 0));
    const md = markdownBlocks();
    const at = md.indexOf(page[0]!);
    expect(at).toBeGreaterThan(-1);
    expect(md.slice(at, at + page.length)).toEqual(page);
  });

  test('every section is there in both languages, with the same numbers', () => {
    const numbers = (texts: string[]) => texts.join(' ').match(/\d+/g) ?? [];
    const [en, zh] = POLICY_LOCALES.map(policyFor);
    expect(en!.sections.map((s) => s.id)).toEqual([...POLICY_SECTIONS]);
    expect(zh!.sections.map((s) => s.id)).toEqual([...POLICY_SECTIONS]);
    for (const [i, section] of en!.sections.entries()) {
      const other = zh!.sections[i]!;
      expect(other.paragraphs, section.id).toHaveLength(section.paragraphs.length);
      expect(other.heading).not.toBe('');
      expect(numbers(other.paragraphs).sort(), section.id).toEqual(numbers(section.paragraphs).sort());
    }
  });
});

/**
 * "Nothing is sent on its own" holds while no code of the extension starts a request, but for the
 * retry the user confirms. The page hook wraps the page's own fetch and XMLHttpRequest: it forwards
 * the page's call to the native function (a Proxy's apply trap, page-hook.iife.ts) and has no call
 * of its own to find here.
 */
const SENDS = [/\bfetch\s*\(/, /\bnew\s+XMLHttpRequest\b/, /\bsendBeacon\b/, /\bnew\s+WebSocket\b/, /\bnew\s+EventSource\b/, /\bimportScripts\s*\(/, /\bnew\s+Image\s*\(/];

/**
 * The one file allowed to send: Retry in page runs the request the user confirmed, in the tab's
 * isolated world, to the original request's origin (the policy's "sent" section says so).
 */
const USER_CONFIRMED_SENDS = ['src/background/retry.ts: \\bfetch\\s*\\('];

describe('the extension sends nothing on its own', () => {
  test('no source under src/ starts a request, but the retry the user confirms', () => {
    const offenders: string[] = [];
    for (const file of sources(join(ROOT, 'src'))) {
      const rel = relative(ROOT, file);
      const code = codeOf(readFileSync(file, 'utf8'));
      for (const send of SENDS) if (send.test(code)) offenders.push(`${rel}: ${send.source}`);
    }
    expect(offenders).toEqual(USER_CONFIRMED_SENDS);
  });

  test('the scan finds a request where there is one, and not in prose', () => {
    const found = (source: string) => SENDS.some((s) => s.test(codeOf(source)));
    expect(found("await fetch('https://example.com/collect', { method: 'POST' });")).toBe(true);
    expect(found('navigator.sendBeacon(url, data);')).toBe(true);
    expect(found('const x = new XMLHttpRequest();')).toBe(true);
    expect(found("// the page's own fetch() is wrapped\nconst s = 'fetch(url)';")).toBe(false);
  });
});
