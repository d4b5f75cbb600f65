import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * No import circles: a module that its own dependencies import is half-initialised when they run, and
 * a registry whose entries import it cannot be read one file at a time. Type-only imports count too.
 * Every import, `import type`, `export … from` and `import('…')` of every .ts/.tsx file under src/ is read.
 */

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const STATEMENT = /^\s*(?:import|export)\s+(?:type\s+)?(?:[\w*${}\s,]+?\s+from\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The file a relative specifier names, as the bundler resolves it; undefined for packages. */
function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier.replace(/\.js$/, ''));
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((p) => existsSync(p) && statSync(p).isFile());
}

function importGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(STATEMENT), ...text.matchAll(DYNAMIC)].map((m) => resolveImport(file, m[1] as string)).filter((p): p is string => p !== undefined);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** One cycle per strongly connected component (Tarjan), as the files from one back to itself. */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v) as number);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) !== index.get(v)) return;
    const component = stack.splice(stack.indexOf(v));
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(pathWithin(graph, new Set(component), v));
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}

/** The shortest way from `start` back to itself inside one component (breadth-first). */
function pathWithin(graph: Map<string, string[]>, component: Set<string>, start: string): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift() as string;
    for (const w of graph.get(v) ?? []) {
      if (!component.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let at = v; at !== start; at = previous.get(at) as string) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}

const graph = importGraph(sourceFiles(SRC));
const found = cycles(graph)
  .map((cycle) => cycle.map((p) => relative(SRC, p)).join(' → '))
  .sort();

describe('import graph of src/', () => {
  it('finds the imports it should (the parser reads every statement form)', () => {
    const at = (p: string) => graph.get(join(SRC, p)) ?? [];
    expect(at('analysis/index.ts')).toContain(join(SRC, 'analysis/types.ts')); // export type { … } from
    expect(at('analysis/index.ts')).toContain(join(SRC, 'analysis/detect.ts')); // import type and import
    expect(at('analysis/corpus.test.ts')).toContain(join(SRC, 'analysis/corpus/index.ts'));
    expect(at('reference/load.ts')).toContain(join(SRC, 'reference/data/network-errors.ts')); // import('…')
    expect(cycles(new Map([['a', ['b']], ['b', ['c', 'a']], ['c', []], ['d', ['d']]]))).toEqual([['a', 'b', 'a'], ['d', 'd']]);
  });

  it('has no circle', () => {
    expect(found).toEqual([]);
  });
});
