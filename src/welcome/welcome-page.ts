/** The first-run page's content; its browser calls come in as dependencies (DOM-tested). */
import type { OwnNodes } from '../content/own-nodes';
import type { Annotation } from '../core/types';
import { t } from '../shared/i18n';
import { applyAnnotation } from '../content/furigana/ruby-dom';

export interface WelcomeDeps {
  /** Where our ruby and term marks are registered: the popup trusts only those. */
  own: OwnNodes;
  /** The sample through the tokenizer host (the dictionary may still be loading: this waits for it). */
  annotate: (text: string) => Promise<Annotation>;
  openSettings: () => void;
  /** The furigana shortcut as the browser has it now ('' when unset). */
  shortcut: () => Promise<string>;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (text !== undefined) e.textContent = text;
  return e;
}

export async function mountWelcome(main: HTMLElement, deps: WelcomeDeps): Promise<void> {
  const doc = main.ownerDocument;
  doc.title = t('welcomeTitle');
  const sampleText = t('welcomeSample');
  const sample = el(doc, 'p');
  sample.className = 'sample';
  sample.lang = 'ja';
  const text = doc.createTextNode(sampleText);
  sample.append(text);
  const status = el(doc, 'p', t('popupLoading'));
  status.setAttribute('role', 'status');

  const steps = el(doc, 'ol');
  steps.className = 'steps';
  for (const [title, body] of [
    ['welcomeFuriganaTitle', 'welcomeFuriganaBody'],
    ['welcomeGlossaryTitle', 'welcomeGlossaryBody'],
    ['welcomeWordsTitle', 'welcomeWordsBody'],
  ] as const) {
    const li = el(doc, 'li');
    li.append(el(doc, 'h2', t(title)), el(doc, 'p', t(body)));
    steps.append(li);
  }

  const settings = el(doc, 'button', t('welcomeOpenSettings'));
  settings.type = 'button';
  settings.addEventListener('click', () => deps.openSettings());
  const where = el(doc, 'p', t('welcomeWhere'));
  const shortcut = el(doc, 'p');

  main.replaceChildren(
    el(doc, 'h1', t('welcomeTitle')),
    el(doc, 'p', t('welcomeIntro')),
    sample,
    status,
    steps,
  );
  main.append(el(doc, 'h2', t('welcomeSettingsTitle')), where, shortcut, settings);

  const key = await deps.shortcut().catch(() => '');
  shortcut.textContent = key ? t('welcomeShortcut', key) : t('welcomeShortcutUnset');
  try {
    const ann = await deps.annotate(sampleText);
    applyAnnotation(text, sampleText, ann, deps.own, { focusableTerms: true });
    status.textContent = t('welcomeTryIt');
  } catch (e) {
    status.textContent = t('welcomeSampleFailed', e instanceof Error ? e.message : String(e));
  }
}
