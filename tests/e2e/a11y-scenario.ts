import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { captureSuite } from './capture-scenario';
import { eventually, openRow, rowsOf, type PageLike } from './driver';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * axe-core's serious and critical violations on the page as it is now. axe is loaded as an
 * expression evaluated by the test driver (extension pages' CSP allows no injected script tags).
 */
async function seriousViolations(page: PageLike): Promise<string[]> {
  await page.evaluateScript(`${axeSource};void 0`);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, undefined);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Every view a user reaches, checked by axe-core: no serious or critical violation. */
export function a11ySuite(ctx: ReturnType<typeof captureSuite>): void {
  const d = () => ctx.driver();
  describe('accessibility (axe-core)', () => {
    test.for(['light', 'dark'] as const)('the list, a detail and the reference browser have no serious or critical violations (%s)', async (scheme, { skip }) => {
      const popup = await d().openPopup(ctx.tabs().main);
      if (!(await popup.colorScheme(scheme))) {
        await popup.close();
        return skip(`${d().name} cannot emulate a ${scheme} preference`);
      }
      expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches, undefined)).toBe(scheme === 'dark');
      await eventually(() => rowsOf(popup), (r) => r.length >= 6, 'the rows');
      expect(await seriousViolations(popup)).toEqual([]);
      // A filter chip pressed and a row's ignore menu open: the states a keyboard user reaches first.
      await popup.click('[data-testid="chip"]');
      await popup.click('[data-testid="row-menu"]');
      await popup.waitForSelector('.ignore-row');
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.click('[data-testid="chip"][aria-pressed="true"]');
      await openRow(popup, '/api/users');
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.click('[data-testid="open-reference"]');
      await popup.waitForSelector('.reference-browser');
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.close();
    });

    test.for(['light', 'dark'] as const)('the settings page has no serious or critical violations (%s)', async (scheme, { skip }) => {
      const settings = await d().openSettings();
      if (!(await settings.colorScheme(scheme))) {
        await settings.close();
        return skip(`${d().name} cannot emulate a ${scheme} preference`);
      }
      expect(await settings.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches, undefined)).toBe(scheme === 'dark');
      expect(await seriousViolations(settings)).toEqual([]);
      await settings.close();
    });
  });
}
