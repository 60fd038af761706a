/**
 * The toolbar popup's furigana choices: which readings (mode), my level, and the reading script.
 * Written to the settings; the background tells open tabs, which update at once.
 */
import type { FuriganaMode, LearnerLevel } from '../core/furigana/ruby-visibility';
import type { FuriganaPrefs, ReadingScript } from '../shared/furigana-prefs';
import type { SettingsStore } from '../shared/settings-store';

const MODES: [FuriganaMode, string][] = [
  ['all', 'All kanji'],
  ['level', 'Above my level'],
  ['unknown', 'Words not marked known'],
  ['hover', 'On hover only'],
  ['off', 'Off (popups only)'],
];

const LEVELS: [string, string][] = [
  ...[5, 4, 3, 2, 1].map((n): [string, string] => [`jlpt:${n}`, `JLPT N${n}`]),
  ...[1, 2, 3, 4, 5, 6].map((g): [string, string] => [`grade:${g}`, `School grade ${g}`]),
  ['grade:7', 'Secondary school (all jōyō)'],
];

const SCRIPTS: [ReadingScript, string][] = [
  ['hiragana', 'Hiragana'],
  ['katakana', 'Katakana'],
  ['romaji', 'Romaji'],
];

const levelKey = (l: LearnerLevel) => `${l.kind}:${l.value}`;
function levelOf(key: string): LearnerLevel {
  const [kind, value] = key.split(':');
  const n = Number(value);
  return kind === 'grade' ? { kind: 'grade', value: n } : { kind: 'jlpt', value: n as 1 | 2 | 3 | 4 | 5 };
}

let ids = 0;
function field(
  doc: Document,
  label: string,
  options: [string, string][],
  value: string,
  onChange: (v: string) => void,
) {
  const id = `ytk-fp-${++ids}`;
  const l = doc.createElement('label');
  l.htmlFor = id;
  l.textContent = label;
  const select = doc.createElement('select');
  select.id = id;
  for (const [v, text] of options) {
    const o = doc.createElement('option');
    o.value = v;
    o.textContent = text;
    select.append(o);
  }
  select.value = value;
  select.addEventListener('change', () => onChange(select.value));
  const row = doc.createElement('div');
  row.className = 'pref-row';
  row.append(l, select);
  return { row, select };
}

export async function renderFuriganaPrefs(container: HTMLElement, store: SettingsStore): Promise<void> {
  const doc = container.ownerDocument;
  // Open tabs follow a change through the background (storage.onChanged).
  const setFuriganaPrefs = (patch: Partial<FuriganaPrefs>) => store.update('furigana', patch);
  const prefs: FuriganaPrefs = (await store.read()).furigana;
  const level = field(
    doc,
    'My level',
    LEVELS,
    levelKey(prefs.level),
    (v) => void setFuriganaPrefs({ level: levelOf(v) }),
  );
  const mode = field(doc, 'Furigana', MODES, prefs.mode, (v) => {
    void setFuriganaPrefs({ mode: v as FuriganaMode });
    level.row.hidden = v !== 'level';
  });
  level.row.hidden = prefs.mode !== 'level';
  mode.select.setAttribute('data-pref', 'mode');
  level.select.setAttribute('data-pref', 'level');
  const script = field(
    doc,
    'Readings in',
    SCRIPTS,
    prefs.script,
    (v) => void setFuriganaPrefs({ script: v as ReadingScript }),
  );
  script.select.setAttribute('data-pref', 'script');
  container.replaceChildren(mode.row, level.row, script.row);
}
