import { afterEach } from 'vitest';
import { render } from 'preact';
import { I18nContext, translator } from './i18n';
import type { Locale } from '../reference/types';

/**
 * For component tests (happy-dom): renders into a fresh element in the chosen language, and
 * unmounts after each test. Import it once per test file; call `mount` as often as needed.
 */
let roots: HTMLElement[] = [];

export function mount(node: preact.ComponentChild, locale: Locale = 'en'): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(<I18nContext.Provider value={{ locale, t: translator(locale) }}>{node}</I18nContext.Provider>, root);
  roots.push(root);
  return root;
}

afterEach(() => {
  for (const root of roots) {
    render(null, root);
    root.remove();
  }
  roots = [];
});
