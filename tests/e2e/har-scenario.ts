/// <reference path="../../src/shared/har-validator.d.ts" />
import { describe, expect, test } from 'vitest';
import { har as validateHar } from 'har-validator';
import type { captureSuite } from './capture-scenario';
import { api, eventually, rowsOf, sleep, textOf, type PageLike } from './driver';

/** Clicks Export HAR; the blob and the file name the page gives its <a download> are kept instead of downloaded. */
export async function exportFrom(popup: PageLike): Promise<{ name: string; text: string }> {
  await popup.evaluate(() => {
    const w = window as unknown as { caught?: { blob?: Blob; name?: string } };
    w.caught = {};
    URL.createObjectURL = (blob: Blob | MediaSource) => ((w.caught!.blob = blob as Blob), 'blob:caught');
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      w.caught!.name = this.download;
    };
  }, undefined);
  await popup.click('[data-testid="export-har"]');
  return eventually(
    () =>
      popup.evaluate(async () => {
        const caught = (window as unknown as { caught: { blob?: Blob; name?: string } }).caught;
        return caught.blob && caught.name ? { name: caught.name, text: await caught.blob.text() } : { name: '', text: '' };
      }, undefined),
    (c) => c.text !== '',
    'the exported HAR file',
  );
}

/**
 * HAR out and back in: the main fixture tab's failures exported from its popup (the file the
 * browser is handed is caught in the page, before the download), checked against the HAR 1.2
 * schema in Node, then opened in the pop-out through its file input: the same rows, read-only.
 */
export function harSuite(ctx: ReturnType<typeof captureSuite>): void {
  const d = () => ctx.driver();

  describe('har', () => {
    test("the main tab's failures, exported from the popup, are a valid HAR 1.2 file that opens in the pop-out with the same rows", async () => {
      const { main } = ctx.tabs();
      const ext = ctx.ext();
      // The main page's six failures, fresh (an earlier suite may have cleared them).
      await api(ext, d().apiName, 'runtime.sendMessage', { type: 'clearLog', tabId: main });
      await api(ext, d().apiName, 'tabs.reload', main);
      const popup = await d().openPopup(main);
      // Settled: the page's own reports (bodies, fetch or XHR) can land a moment after the browser's events.
      await eventually(
        async () => {
          const before = await rowsOf(popup);
          await sleep(1500); // longer than the popup's one-second poll
          return { before, after: await rowsOf(popup) };
        },
        ({ before, after }) => after.length >= 6 && after.some((x) => x.text.includes('Username already taken')) && JSON.stringify(before) === JSON.stringify(after),
        'the rows of the main page, settled',
        30_000,
      );
      // The file and the list it was exported from, taken while the list stood still (a late report can add a row any time).
      const { rows, name, text } = await eventually(
        async () => {
          const before = await rowsWithCounts(popup);
          const file = await exportFrom(popup);
          await sleep(1500); // a change the export read shows in the list by the next poll
          const after = await rowsWithCounts(popup);
          return { rows: after, stable: JSON.stringify(before) === JSON.stringify(after), ...file };
        },
        (x) => x.stable,
        'an export while the list stood still',
        30_000,
      );
      expect(rows.map((r) => r.status)).toEqual(expect.arrayContaining(['404', '404', '409', '500', '500', '500']));
      expect(name).toMatch(/^statuslens-127\.0\.0\.1_\d+-\d{8}-\d{6}\.har$/);
      const har = JSON.parse(text);
      await expect(validateHar(har)).resolves.toBeTruthy();
      expect(har.log.creator.name).toBe('StatusLens');
      // What the list showed, no more (a failure an ignore rule hides stays out of the file).
      // A group row ("×2") stands for as many failures; the file lists each one.
      expect(har.log.entries.map((e: { response: { status: number } }) => String(e.response.status)).sort()).toEqual(rows.flatMap((r) => Array<string>(r.count).fill(r.status)).sort());
      const conflict = har.log.entries.find((e: { response: { status: number } }) => e.response.status === 409);
      expect(conflict.response.content.text).toContain('Username already taken');

      // Into the pop-out's file input, as a user choosing the file would.
      await popup.evaluate(
        ({ name, text }) => {
          const input = document.querySelector('[data-testid="import-har"]') as HTMLInputElement;
          const files = new DataTransfer();
          files.items.add(new File([text], name, { type: 'application/json' }));
          input.files = files.files;
          input.dispatchEvent(new Event('change', { bubbles: true }));
        },
        { name, text },
      );
      await popup.waitForSelector('[data-testid="imported-banner"]');
      const failures = rows.reduce((n, r) => n + r.count, 0);
      expect(await textOf(popup, '[data-testid="imported-banner"]')).toContain(`Imported from ${name} (${failures} of ${failures} entries failed)`);
      const imported = await eventually(() => rowsOf(popup), (r) => r.length === rows.length, 'the imported rows');
      // The same rows, less each live row's ignore menu (⋯): an imported log is read-only.
      const readOnly = (text: string) => text.replace(/\n⋯$/, '');
      expect(imported.map((r) => [r.status, r.text])).toEqual(rows.map((r) => [r.status, readOnly(r.text)]));
      expect(rows.every((r) => r.text.endsWith('⋯'))).toBe(true);
      expect(await popup.evaluate(() => document.querySelector('[data-testid="clear"]') === null, undefined)).toBe(true);

      // Back to the live tab: its own log again.
      await popup.click('[data-testid="back-to-live"]');
      await eventually(() => popup.evaluate(() => document.querySelector('[data-testid="imported-banner"]') === null, undefined), (gone) => gone, 'the live tab again');
      expect((await eventually(() => rowsOf(popup), (r) => r.length === rows.length, 'the live rows')).map((r) => r.text)).toEqual(rows.map((r) => r.text));
      await popup.close();
    });

    test('a file that is not a HAR is refused with a message, and the live log stays', async () => {
      const popup = await d().openPopup(ctx.tabs().main);
      await popup.waitForSelector('[data-testid="entry-row"]');
      await popup.evaluate(() => {
        const input = document.querySelector('[data-testid="import-har"]') as HTMLInputElement;
        const files = new DataTransfer();
        files.items.add(new File(['{"log": "nope"'], 'broken.har'));
        input.files = files.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }, undefined);
      await popup.waitForSelector('[data-testid="import-har-error"]');
      expect(await textOf(popup, '[data-testid="import-har-error"]')).toBe('This file is not a HAR file: it is not valid JSON.');
      expect((await rowsOf(popup)).length).toBeGreaterThan(0);
      await popup.close();
    });
  });
}

/** The list's rows, each with how many failures it stands for (a group's "×N", else 1). */
async function rowsWithCounts(popup: PageLike): Promise<{ status: string; text: string; previous: boolean; count: number }[]> {
  const rows = await rowsOf(popup);
  const counts = await popup.evaluate(
    () => [...document.querySelectorAll('[data-testid="entry-row"]')].map((row) => Number(row.querySelector('[data-testid="group-count"]')?.textContent?.slice(1) ?? 1)),
    undefined,
  );
  return rows.map((r, i) => ({ ...r, count: counts[i] ?? 1 }));
}
