/**
 * store/<locale>/listing.md: each field of a listing under its own heading, in a block to copy,
 * with its length against the store's limit. Drawn from store/<locale>/listing.ts.
 */
import { IMAGE_SIZES, IMAGE_SIZES_SOURCE, PERMISSIONS, SCREENSHOTS, STORE_LIMITS, type Listing, type Permission, type StoreLocale } from './listing';

/** Characters as the stores count them: code points (a Chinese character is one). */
export const charCount = (text: string) => [...text].length;

const EN_HEADINGS = {
  title: 'StatusLens: store listing (English)',
  intro: 'Paste each block into the dashboard field its heading names. Lengths are in characters (code points).',
  name: 'Name', chromeSummary: 'Summary (Chrome: the manifest’s description)', amoSummary: 'Summary (AMO)', description: 'Description (both stores)',
  category: 'Category', singlePurpose: 'Single purpose (Chrome, Privacy practices)', justifications: 'Permission justifications (Chrome, Privacy practices)',
  dataUse: 'Data usage (Chrome, Privacy practices) and Firefox data collection', screenshots: 'Screenshots', promo: 'Small promo tile (Chrome)',
  privacy: 'Privacy policy', limits: 'Limits and where they were read', chars: 'characters', limit: 'limit', sep: '; ', colon: ': ', file: 'File', caption: 'Caption',
  browsers: 'Asked for in', kind: 'In the manifest as',
};

const HEADINGS: Record<StoreLocale, typeof EN_HEADINGS> = {
  en: EN_HEADINGS,
  zh_CN: {
    title: 'StatusLens：商店信息（简体中文）',
    intro: '把每个代码块粘贴到其标题所指的后台字段中。长度按字符（码点）计算。',
    name: '名称', chromeSummary: '摘要（Chrome：取自清单的 description）', amoSummary: '摘要（AMO）', description: '详细说明（两个商店通用）',
    category: '类别', singlePurpose: '单一用途（Chrome，隐私权规范）', justifications: '权限理由（Chrome，隐私权规范）',
    dataUse: '数据使用（Chrome，隐私权规范）及 Firefox 数据收集', screenshots: '屏幕截图', promo: '小型宣传图块（Chrome）',
    privacy: '隐私政策', limits: '长度上限及其出处', chars: '个字符', limit: '上限', sep: '；', colon: '：', file: '文件', caption: '说明文字',
    browsers: '申请于', kind: '清单中的位置',
  },
};

const block = (text: string) => ['```text', text, '```'];

/** Where the manifest asks, named as the manifest names it, and which browsers ask. */
const KINDS: Record<StoreLocale, Record<Permission['kind'] | Permission['browsers'], string>> = {
  en: {
    permission: 'permissions', 'optional permission': 'optional_permissions', 'host permission': 'host_permissions', 'manifest key': 'a manifest key, not a permission',
    'Chrome and Firefox': 'Chrome and Firefox', Firefox: 'Firefox only',
  },
  zh_CN: {
    permission: 'permissions（权限）', 'optional permission': 'optional_permissions（可选权限）', 'host permission': 'host_permissions（主机权限）', 'manifest key': '清单字段，不是权限',
    'Chrome and Firefox': 'Chrome 和 Firefox', Firefox: '仅 Firefox',
  },
};

export function listingMarkdown(locale: StoreLocale, listing: Listing, manifestHas: (name: string) => boolean): string {
  const h = HEADINGS[locale];
  /** The field's length, and the limits that apply to it (none known: the length alone). */
  const count = (text: string, ...limits: (keyof typeof STORE_LIMITS)[]) =>
    `${charCount(text)} ${h.chars}${limits.length ? `${h.sep}${h.limit}${h.colon}${limits.map((l) => `${STORE_LIMITS[l].max} (${l})`).join(', ')}` : ''}`;
  /** A field to paste: its heading, its length against its limits, and the text in a block to copy. */
  const field = (heading: string, text: string, ...limits: (keyof typeof STORE_LIMITS)[]) => [`## ${heading}`, '', count(text, ...limits), '', ...block(text), ''];
  const { width, height } = IMAGE_SIZES.screenshot;
  const tile = IMAGE_SIZES.promoTile;
  const out = [
    `<!-- Generated from store/${locale}/listing.ts: edit that file, then run \`npx vitest run src/privacy -u\`. -->`,
    '',
    `# ${h.title}`,
    '',
    h.intro,
    '',
    ...field(h.name, listing.name, 'shownName', 'amoName', 'chromeName'),
    ...field(h.chromeSummary, listing.chromeSummary, 'chromeSummary'),
    ...field(h.amoSummary, listing.amoSummary, 'amoSummary'),
    ...field(h.description, listing.description, 'description'),
    `## ${h.category}`,
    '',
    `- Chrome Web Store: ${listing.category.chrome}`,
    `- addons.mozilla.org: ${listing.category.amo}`,
    '',
    ...field(h.singlePurpose, listing.singlePurpose),
    `## ${h.justifications}`,
  ];
  for (const p of PERMISSIONS.filter((p) => manifestHas(p.name))) {
    const text = listing.justifications[p.name];
    out.push('', `### \`${p.name}\``, '', `${h.kind}${h.colon}${KINDS[locale][p.kind]}${h.sep}${h.browsers}${h.colon}${KINDS[locale][p.browsers]}${h.sep}${count(text)}`, '', ...block(text));
  }
  out.push('', `## ${h.dataUse}`);
  for (const d of listing.dataUse) out.push('', `**${d.question}**`, '', d.answer);
  out.push('', `## ${h.screenshots}`, '', `${width}×${height} PNG, \`npm run store:shots\`.`, '', `| ${h.file} | ${h.caption} |`, '| --- | --- |');
  for (const file of SCREENSHOTS) out.push(`| [${file}](../screenshots/${locale}/${file}) | ${listing.screenshots[file]} |`);
  out.push('', `## ${h.promo}`, '', `[promo-440x280.png](../promo-440x280.png), ${tile.width}×${tile.height}: ${listing.promoTile}`);
  out.push('', `## ${h.privacy}`, '', '[PRIVACY.md](../PRIVACY.md)', '', `## ${h.limits}`, '');
  for (const [name, { max, source }] of Object.entries(STORE_LIMITS)) out.push(`- ${name}: ${max}. ${source}`);
  out.push(`- images: ${IMAGE_SIZES_SOURCE}`);
  return `${out.join('\n')}\n`;
}
