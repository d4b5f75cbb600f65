// StatusLens renders every captured byte as text. The one innerHTML write in the shipped code is
// Preact's branch for the `dangerouslySetInnerHTML` prop (web-ext lint flags it; see
// store/NOTES-FOR-REVIEWERS.md); it runs only if our code passes that prop, which this forbids,
// together with every other way of turning a string into HTML.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { sources } from '../../../src/platform/source-scan';

const SRC = resolve(import.meta.dirname, '../../../src');
// Reading outerHTML (the relay copies a document's source as text) is fine; writing it is not.
const SINKS = /dangerouslySetInnerHTML|\.(?:inner|outer)HTML\s*\+?=(?!=)|insertAdjacentHTML|document\.write|createContextualFragment|parseFromString/;

// Test helpers under src/ (test-mount.tsx and the like) are read too: stricter, never looser.
const shipped = sources(SRC).map((path) => ({ file: relative(SRC, path), text: readFileSync(path, 'utf8') }));

it('finds the shipped sources', () => {
  expect(shipped.length).toBeGreaterThan(50);
  expect(shipped.some((s) => s.file.endsWith('.tsx'))).toBe(true);
});

it('catches each way of writing HTML', () => {
  for (const line of ['<div dangerouslySetInnerHTML={{ __html: body }} />', 'el.innerHTML = body', 'el.outerHTML += x', "el.insertAdjacentHTML('beforeend', x)", 'document.write(x)']) expect(line).toMatch(SINKS);
  for (const line of ['const s = el.outerHTML;', 'if (el.innerHTML === x) {}', 'el.textContent = body']) expect(line).not.toMatch(SINKS);
});

it('no shipped source turns a string into HTML', () => {
  const offenders = shipped.flatMap(({ file, text }) => text.split('\n').flatMap((line, i) => (SINKS.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])));
  expect(offenders).toEqual([]);
});
