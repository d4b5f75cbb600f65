/**
 * The privacy policy, once, in both languages: the extension page (PrivacyPage.tsx) and
 * store/PRIVACY.md (markdown.ts, kept equal by a test) are both drawn from it, so the page a user
 * opens and the page the store links to cannot say different things.
 * The numbers come from the code that enforces them (LIMITS, BODY_CAPS_KIB), not retyped here.
 * Every claim was checked against the code; see the comment on each section.
 */
import type { Locale } from '../reference/types';
import { LIMITS } from '../shared/limits';
import { BODY_CAPS_KIB } from '../shared/settings';
import manifest from '../../manifest.json';

/** The sections, in order; each has a heading and paragraphs in every language. */
export const POLICY_SECTIONS = ['read', 'stored', 'kept', 'sent', 'settings', 'choices', 'changes'] as const;
export type PolicySectionId = (typeof POLICY_SECTIONS)[number];

export interface PolicySection {
  id: PolicySectionId;
  heading: string;
  paragraphs: string[];
}

export interface Policy {
  title: string;
  /** One line under the title: the whole policy in a sentence. */
  summary: string;
  sections: PolicySection[];
}

/** The day the text last changed in substance (ISO date). */
export const POLICY_UPDATED = '2026-12-03';

const kib = (bytes: number) => Math.round(bytes / 1024);
const mib = (bytes: number) => Math.round(bytes / (1024 * 1024));
const FACTS = {
  bodyCaps: BODY_CAPS_KIB.join(', '),
  bodyMax: BODY_CAPS_KIB[BODY_CAPS_KIB.length - 1],
  requestBody: kib(LIMITS.requestBodyBytes),
  entries: LIMITS.entriesPerTab,
  sessionPerTab: mib(LIMITS.storageBytesPerTab),
  sessionTotal: mib(LIMITS.storageBytes),
  keptEntries: LIMITS.keptEntries,
  keptTotal: mib(LIMITS.keptBytes),
  keptPerLog: mib(LIMITS.keptBytesPerLog),
};

type Texts = Record<PolicySectionId, { heading: string; paragraphs: string[] }>;

/** The DevTools panel reads DevTools' own network record; said only while the manifest has the panel. */
export const HAS_DEVTOOLS_PAGE = 'devtools_page' in manifest;
const DEVTOOLS_READ: Record<Locale, string> = {
  en: 'While DevTools is open on a tab, StatusLens also reads from DevTools’ own network record the bodies of that tab’s failing responses (images, scripts and documents included), within the same size limit.',
  'zh-CN': '当某个标签页打开了开发者工具时，StatusLens 还会从开发者工具自己的网络记录中读取该标签页失败响应的响应体（包括图片、脚本和文档），大小上限相同。',
};

// read: src/content/page-hook.iife.ts reads headers and bodies only for a flagged status; the
// background's webRequest listeners run only for the sites listed for full capture (watch.ts).
// stored: src/background/index.ts (LogPersistence over storage.session, maskEntry 'stored').
// sent: no fetch, XMLHttpRequest, sendBeacon, WebSocket or EventSource call in src/ (policy.test.ts);
// the page hook wraps the page's own calls. Vite's modulepreload polyfill in the built pages calls
// fetch() on <link rel=modulepreload> hrefs: the extension's own chunks.
const en: Texts = {
  read: {
    heading: 'What StatusLens reads',
    paragraphs: [
      'StatusLens reads the HTTP responses of the pages you watch, to show you the ones that fail. By default it watches every site; in the settings you can watch only the sites you list, stop watching a site, or pause it everywhere. On a page that is not watched, no script of StatusLens runs in the page and its responses are not read.',
      `For a failing response (a 4xx or 5xx status, a network error, and, only if you turn them on, redirects and GraphQL errors) it keeps the URL, the method, the status, the request and response headers, up to ${FACTS.requestBody} KiB of the request body and up to ${FACTS.bodyMax} KiB of the response body (you choose ${FACTS.bodyCaps} KiB in the settings). Responses that succeed are not kept, and their bodies are not read, except that with GraphQL errors turned on the body of a 200 from a GraphQL endpoint is read to look for its errors.`,
      'Sites you list for full capture are watched through the browser’s own request events (the optional webRequest permission, asked for only when you add the first such site): every failing request of the page is seen, including images and scripts.',
    ],
  },
  stored: {
    heading: 'Where it is stored',
    paragraphs: [
      'The log of each tab is held in the extension’s memory, and a copy is written to the browser’s session storage (storage.session) so that it survives the browser stopping the extension’s background. Both are on your computer only.',
      `Before anything is written to storage, tokens, cookies, passwords and other secrets in URLs, headers and bodies are masked. In memory they are kept as received, and shown masked unless you ask to see them. Session storage is capped at ${FACTS.sessionPerTab} MiB a tab and ${FACTS.sessionTotal} MiB in all; a tab keeps at most ${FACTS.entries} entries.`,
      `If you turn on “Keep logs” (off by default), the logs are also written to the browser’s local storage (storage.local) on this computer, with each tab’s title and address, masked the same way, so they survive a browser restart. Kept logs are capped at ${FACTS.keptEntries} entries and ${FACTS.keptTotal} MiB in all (${FACTS.keptPerLog} MiB a log), the oldest deleted first, and logs of private windows are never kept.`,
    ],
  },
  kept: {
    heading: 'For how long',
    paragraphs: [
      'Without “Keep logs”, a tab’s log is deleted when you close the tab or clear its log, and session storage is emptied when the browser quits. Logs kept with “Keep logs” stay until you clear them, turn the setting off (which deletes them), or remove the extension.',
      'Removing StatusLens deletes everything it stored.',
    ],
  },
  sent: {
    heading: 'Nothing is sent on its own',
    paragraphs: [
      'StatusLens makes no network requests of its own: no analytics, no crash reports, no account, no remote code. What it reads stays in your browser. It leaves the browser only when you export or copy it yourself (a HAR file, a bug report, a copied body or request); HAR files and bug reports are written with secrets masked.',
      'One request is sent only at your word: Retry in page. When you click it, StatusLens shows the corrected request it would send; only when you then click Send does the page you are on send that one request, to the same site the failed request went to, with that page’s cookies, as the page’s own call would. Secrets the log masks are never sent again. The answer joins the log in your browser.',
      'How this was checked: outside Retry in page, the source code contains no call to fetch, XMLHttpRequest, sendBeacon, WebSocket or EventSource (an automated test keeps it so, and names the one file allowed to make that call). The page script wraps the page’s own fetch and XMLHttpRequest and starts no request of its own. In the built extension, the only fetch is the bundler’s loader for the extension’s own script files, read from inside the extension.',
    ],
  },
  settings: {
    heading: 'Your settings',
    paragraphs: [
      'Your settings (the sites you watch or skip, ignore rules, what counts as a failure, language, badge) are saved in the browser’s sync storage (storage.sync). If you have turned on your browser account’s sync, the browser copies them to your other browsers through that account, as it does for other extensions; StatusLens itself sends them nowhere.',
    ],
  },
  choices: {
    heading: 'Your choices',
    paragraphs: [
      'Pause watching, stop watching a site, or clear a tab’s log at any time from the popup. When you remove the last site from full capture in the settings, StatusLens gives back the webRequest permission. Removing the extension removes its data.',
    ],
  },
  changes: {
    heading: 'Changes to this policy',
    paragraphs: [
      `This policy was last updated on ${POLICY_UPDATED}. If it changes, this page (in the extension and at the address the store links to) shows the new text and the date of the change.`,
    ],
  },
};

const zhCN: Texts = {
  read: {
    heading: 'StatusLens 读取什么',
    paragraphs: [
      'StatusLens 读取你所监视页面的 HTTP 响应，以便把失败的那些展示给你。默认监视所有网站；你可以在设置中只监视列出的网站、停止监视某个网站，或在所有网站上暂停。在未被监视的页面上，StatusLens 不在页面中运行任何脚本，也不读取其响应。',
      `对于失败的响应（4xx 或 5xx 状态码、网络错误，以及仅在你开启后才包括的重定向和 GraphQL 错误），它会保存 URL、请求方法、状态码、请求头和响应头、最多 ${FACTS.requestBody} KiB 的请求体和最多 ${FACTS.bodyMax} KiB 的响应体（可在设置中选择 ${FACTS.bodyCaps} KiB）。成功的响应不会被保存，其响应体也不会被读取；唯一的例外是开启 GraphQL 错误后，来自 GraphQL 接口的 200 响应体会被读取，以查找其中的错误。`,
      '你列为“完整捕获”的网站通过浏览器自带的请求事件来监视（可选的 webRequest 权限，只在你添加第一个这样的网站时才会申请）：页面中每个失败的请求都能看到，包括图片和脚本。',
    ],
  },
  stored: {
    heading: '数据存放在哪里',
    paragraphs: [
      '每个标签页的日志保存在扩展的内存中，并在浏览器的会话存储（storage.session）中保留一份副本，这样即使浏览器停止了扩展的后台，日志也不会丢失。两者都只在你的电脑上。',
      `写入存储之前，URL、请求头、响应头和正文中的令牌、Cookie、密码等机密信息都会被遮盖。在内存中它们保持原样，除非你要求查看，否则显示时也是遮盖的。会话存储每个标签页最多 ${FACTS.sessionPerTab} MiB，总计最多 ${FACTS.sessionTotal} MiB；每个标签页最多保留 ${FACTS.entries} 条记录。`,
      `如果你开启“保留日志”（默认关闭），日志还会连同每个标签页的标题和地址一起写入本机浏览器的本地存储（storage.local），同样经过遮盖，因此在浏览器重启后仍然保留。保留的日志合计最多 ${FACTS.keptEntries} 条、${FACTS.keptTotal} MiB（每个日志 ${FACTS.keptPerLog} MiB），超出时先删除最旧的；隐私窗口的日志从不保留。`,
    ],
  },
  kept: {
    heading: '保留多久',
    paragraphs: [
      '未开启“保留日志”时，关闭标签页或清空其日志，该标签页的日志即被删除；浏览器退出时，会话存储会被清空。通过“保留日志”保存的日志会一直保留，直到你清空它们、关闭该设置（关闭即删除）或移除扩展。',
      '移除 StatusLens 会删除它存储的所有数据。',
    ],
  },
  sent: {
    heading: '不会自行发送任何数据',
    paragraphs: [
      'StatusLens 自身不发出任何网络请求：没有统计分析，没有崩溃报告，没有账号，也不加载远程代码。它读取的内容只留在你的浏览器中。只有当你自己导出或复制（HAR 文件、错误报告、复制的正文或请求）时，数据才会离开浏览器；HAR 文件和错误报告中的机密信息都会被遮盖。',
      '只有一种请求须经你明确同意才会发出：“在页面中重试”。点击它后，StatusLens 先展示将要发送的修正后请求；只有你再点击“发送”，你所在的页面才会向原失败请求所去的同一网站发出这一个请求，带上该页面的 Cookie，就像页面自己的调用一样。日志中遮盖的机密信息绝不会被重新发送。响应会加入你浏览器中的日志。',
      '核查方法：除“在页面中重试”外，源代码中没有任何对 fetch、XMLHttpRequest、sendBeacon、WebSocket 或 EventSource 的调用（一项自动化测试确保这一点不变，并指明唯一允许发出该调用的文件）。页面脚本只包装页面自己的 fetch 和 XMLHttpRequest，从不自行发起请求。构建后的扩展中，唯一的 fetch 是打包工具用来加载扩展自身脚本文件的加载器，读取的是扩展内部的文件。',
    ],
  },
  settings: {
    heading: '你的设置',
    paragraphs: [
      '你的设置（监视或跳过的网站、忽略规则、哪些算作失败、语言、徽标）保存在浏览器的同步存储（storage.sync）中。如果你开启了浏览器账号的同步功能，浏览器会像对待其他扩展一样，通过该账号把设置复制到你的其他浏览器；StatusLens 本身不会把它们发送到任何地方。',
    ],
  },
  choices: {
    heading: '你可以做的选择',
    paragraphs: [
      '你可以随时在弹出窗口中暂停监视、停止监视某个网站或清空标签页的日志。当你在设置中移除最后一个完整捕获的网站时，StatusLens 会交还 webRequest 权限。移除扩展即会移除其数据。',
    ],
  },
  changes: {
    heading: '本政策的变更',
    paragraphs: [`本政策最后更新于 ${POLICY_UPDATED}。如有变更，本页面（扩展内的页面以及商店链接的网址）会显示新的内容和变更日期。`],
  },
};

const TITLES: Record<Locale, { title: string; summary: string }> = {
  en: {
    title: 'StatusLens privacy policy',
    summary: 'StatusLens reads the failing HTTP responses of pages you watch, keeps them in your browser, masks secrets before storing them, and sends nothing on its own.',
  },
  'zh-CN': {
    title: 'StatusLens 隐私政策',
    summary: 'StatusLens 读取你所监视页面中失败的 HTTP 响应，只保存在你的浏览器中，存储前遮盖机密信息，不会自行发送任何数据。',
  },
};

const TEXTS: Record<Locale, Texts> = { en, 'zh-CN': zhCN };

export function policyFor(locale: Locale): Policy {
  const texts = TEXTS[locale];
  const extra = (id: PolicySectionId) => (id === 'read' && HAS_DEVTOOLS_PAGE ? [DEVTOOLS_READ[locale]] : []);
  return { ...TITLES[locale], sections: POLICY_SECTIONS.map((id) => ({ id, heading: texts[id].heading, paragraphs: [...texts[id].paragraphs, ...extra(id)] })) };
}

export const POLICY_LOCALES: readonly Locale[] = ['en', 'zh-CN'];
