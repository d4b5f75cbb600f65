import type { LinkFacts } from '../../types';

/** MDN's page for a status code, in each language MDN translates it into; the titles are prose, per language. */
export function mdnStatus(code: number): LinkFacts {
  const page = (lang: string) => `https://developer.mozilla.org/${lang}/docs/Web/HTTP/Reference/Status/${code}`;
  return { url: { en: page('en-US'), 'zh-CN': page('zh-CN') } };
}
