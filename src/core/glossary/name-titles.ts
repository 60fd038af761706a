/**
 * Titles and honorifics written right after a name (バイデン氏, クレバリー外相, テイラー教授). They
 * are never part of a term, and they are evidence that the katakana before them is a person's name.
 * Longest first, so 国務長官 is tried before 長官.
 */
const TITLES = [
  '氏',
  'さん',
  '様',
  'さま',
  '君',
  'ちゃん',
  '夫妻',
  '夫人',
  '一家',
  '政権',
  '陣営',
  '大統領',
  '副大統領',
  '首相',
  '副首相',
  '外相',
  '国防相',
  '財務相',
  '蔵相',
  '経済相',
  '内相',
  '法相',
  '商務相',
  '国務長官',
  '国防長官',
  '財務長官',
  '商務長官',
  '司法長官',
  '長官',
  '副長官',
  '次官',
  '大臣',
  '外務大臣',
  '国防大臣',
  '議員',
  '上院議員',
  '下院議員',
  '議長',
  '知事',
  '州知事',
  '市長',
  '総裁',
  '副総裁',
  '会長',
  '副会長',
  '社長',
  '最高経営責任者',
  'CEO',
  '主席',
  '国家主席',
  '副主席',
  '首席',
  '書記長',
  '総書記',
  '委員長',
  '事務総長',
  '事務局長',
  '局長',
  '報道官',
  '大使',
  '特使',
  '代表',
  '監督',
  '選手',
  '容疑者',
  '被告',
  '受刑者',
  '教授',
  '博士',
  '医師',
  '記者',
  '国王',
  '女王',
  '王子',
  '王女',
  '皇太子',
  '法王',
  '教皇',
  '司令官',
  '将軍',
  '元帥',
  '大将',
  '議員団',
  '候補',
  '前大統領',
  '元大統領',
  '次期大統領',
  '前首相',
  '元首相',
  '上級副社長',
  '創業者',
  '会長兼最高経営責任者',
  '理事',
  '理事長',
  '所長',
  '研究員',
  '准研究員',
  '代表理事',
  '党首',
  '首席補佐官',
  '補佐官',
  '顧問',
  '検事総長',
  '判事',
  '裁判官',
  '司教',
  '枢機卿',
  '師',
].sort((a, b) => b.length - a.length);

/** Prefixes of a title: 元大統領 (former), 前首相 (previous), 現 (current), 新, 次期 (next). */
const TITLE_PREFIXES = [
  '次期',
  '元',
  '前',
  '現',
  '新',
  '初代',
  '米国',
  '英国',
  '米',
  '英',
  '中国',
  '露',
  '仏',
  '独',
];

/**
 * Endings of office titles the list does not spell out (専務理事, 総司令官, 上級代表, 運輸相): a
 * short kanji word ending in one of these after a name is a title too.
 */
const ROLE_ENDINGS = [
  '理事',
  '長官',
  '総長',
  '局長',
  '委員長',
  '総裁',
  '議長',
  '司令官',
  '報道官',
  '代表',
  '大臣',
  '相',
];

/** Honorifics: they say "a person" but give no role. */
export const HONORIFICS: ReadonlySet<string> = new Set(['氏', 'さん', '様', 'さま', '君', 'ちゃん']);

const isKanjiUnit = (ch: string | undefined) => !!ch && /[\u3400-\u9fff々]/.test(ch);

/** An office written in kanji right after a katakana word (エネルギー|相, デジタル|担当相): its length. */
export function officeEndingAt(text: string, pos: number): number {
  let end = pos;
  while (end - pos < 4 && isKanjiUnit(text[end])) end++;
  const word = text.slice(pos, end);
  return word && ROLE_ENDINGS.some((r) => word.endsWith(r)) ? end - pos : 0;
}

/** Length of the title starting at `pos` (0 when there is none). */
export function titleAt(text: string, pos: number): number {
  for (const t of TITLES_BY_FIRST.get(text[pos] ?? '') ?? []) if (text.startsWith(t, pos)) return t.length;
  for (const p of TITLE_PREFIXES) {
    if (!text.startsWith(p, pos)) continue;
    for (const t of TITLES_BY_FIRST.get(text[pos + p.length] ?? '') ?? [])
      if (t.length > 1 && text.startsWith(t, pos + p.length)) return p.length + t.length;
  }
  // A kanji word of 2–6 characters, no longer, ending in an office: 専務理事, 総司令官, 運輸相.
  let end = pos;
  while (end - pos < 7 && isKanjiUnit(text[end])) end++;
  if (end - pos < 2 || end - pos > 6) return 0;
  const word = text.slice(pos, end);
  return ROLE_ENDINGS.some((r) => word.endsWith(r)) ? end - pos : 0;
}

/** TITLES grouped by first character, in list order (asked at every candidate name's end). */
const TITLES_BY_FIRST = new Map<string, string[]>();
for (const t of TITLES) {
  const list = TITLES_BY_FIRST.get(t[0]!);
  if (list) list.push(t);
  else TITLES_BY_FIRST.set(t[0]!, [t]);
}
