import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FORMAT_IDS, SUGGESTION_IDS } from './ids';
import type { FormatId, SuggestionId } from './ids';

/** The module's README is its map: every id the analysis can return is there, and nothing else is. */

const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
const backticked = (text: string) => [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] as string);
const section = (from: string, to: string) => readme.slice(readme.indexOf(from), readme.indexOf(to, readme.indexOf(from)));

// The format table's first column, and the id lists under "How it advises".
const formatTable = section('| format | from |', '\n\n').split('\n').map((row) => row.split('|')[1] ?? '');
const listedFormats = formatTable.flatMap(backticked);
const listedSuggestions = backticked(section('The ids:', '\n## '));

describe('README.md', () => {
  it('lists every format id in the format table, and only those', () => {
    expect(FORMAT_IDS.filter((id) => !listedFormats.includes(id))).toEqual([]);
    expect(listedFormats.filter((id) => !FORMAT_IDS.includes(id as FormatId))).toEqual([]);
  });

  it('lists every suggestion id under "How it advises", and only those', () => {
    expect(SUGGESTION_IDS.filter((id) => !listedSuggestions.includes(id))).toEqual([]);
    expect(listedSuggestions.filter((id) => !SUGGESTION_IDS.includes(id as SuggestionId))).toEqual([]);
  });

  it('names only files that exist (beside it, or from the repository root)', () => {
    const files = backticked(readme).filter((name) => /^[\w./-]+\.(?:ts|tsx|md|json)$/.test(name));
    expect(files.length).toBeGreaterThan(10);
    const missing = files.filter((name) => !existsSync(fileURLToPath(new URL(name, import.meta.url))) && !existsSync(fileURLToPath(new URL(`../../${name}`, import.meta.url))));
    expect(missing).toEqual([]);
  });
});
