/**
 * The popup's "Fix reading" button: an inline input (prefilled with the reading shown) where the
 * reader types the right reading; Enter saves it through the background (the one writer of the
 * vocabulary database, where corrections live) and the page is annotated again so the fix shows at
 * once. Other tabs get it with their next annotation: the background attaches the corrections to
 * every annotate request. Built with DOM calls only; nothing the page or the reader wrote is parsed
 * as HTML.
 */
import { t } from '../../shared/i18n';
import type { BackgroundRequest, Responses } from '../../shared/messages';
import { fixReadingProblem } from '../../shared/reading-fix-messages';
import type { ActionUi, PopupAction } from '../popup/popup-view';
import { fixTarget, type FixTarget } from './fix-target';

export const FIX_READING_ACTION_ID = 'reading-fix';
export const FIX_READING_LABEL = t('actionFixReading');

export type Send = <T extends BackgroundRequest>(msg: T) => Promise<Responses[T['type']]>;

export interface FixReadingDeps {
  /** The page's document (the popup lives in its shadow root). */
  doc: Document;
  send: Send;
  /** Annotate the current page again (furigana off and on), so the saved reading shows. */
  reannotate: () => Promise<void>;
}

// In the popup's shadow root, next to the form (the popup's own stylesheet belongs to the popup).
const FIX_CSS = `
.fix-reading { margin-top: 8px; display: flex; flex-wrap: wrap; align-items: center; gap: 6px 8px; }
.fix-reading label { width: 100%; font-size: 12px; }
.fix-reading input { font: inherit; font-size: 15px; padding: 2px 6px; min-width: 10em; flex: 1;
  border: 1px solid #b9b1a0; border-radius: 6px; background: #fff; color: #1e1e1e; }
.dark .fix-reading input { background: #1b1c20; color: #ececec; border-color: #5a5f6b; }
.fix-reading input[aria-invalid="true"] { border-color: #b00020; }
.fix-reading .fix-message { width: 100%; font-size: 12px; margin: 0; }
.fix-reading .fix-message.error { color: #b00020; }
.dark .fix-reading .fix-message.error { color: #ff8a8a; }
`;

let nextId = 0;

function buildForm(doc: Document, target: FixTarget, deps: FixReadingDeps, ui: ActionUi): HTMLElement {
  const panel = doc.createElement('div');
  panel.className = 'fix-reading';
  panel.setAttribute('data-panel', FIX_READING_ACTION_ID);
  const style = doc.createElement('style');
  style.textContent = FIX_CSS;

  const id = `ytk-fix-${++nextId}`;
  const label = doc.createElement('label');
  label.htmlFor = id;
  label.textContent = t('fixFormLabel', target.surface);
  const input = doc.createElement('input');
  input.id = id;
  input.type = 'text';
  input.lang = 'ja';
  input.value = target.reading;
  input.autocomplete = 'off';
  input.spellcheck = false;
  const message = doc.createElement('p');
  message.className = 'fix-message';
  message.id = `${id}-message`;
  message.setAttribute('role', 'status');
  input.setAttribute('aria-describedby', message.id);

  const save = doc.createElement('button');
  save.type = 'button';
  save.textContent = t('vocabSave');
  const cancel = doc.createElement('button');
  cancel.type = 'button';
  cancel.textContent = t('vocabCancel');

  const say = (text: string, error = false) => {
    message.textContent = text;
    message.classList.toggle('error', error);
    input.setAttribute('aria-invalid', String(error));
  };

  let saving = false;
  const submit = async () => {
    if (saving) return;
    const reading = input.value.trim();
    const problem = fixReadingProblem(reading);
    if (problem) {
      say(problem, true);
      input.focus();
      return;
    }
    if (target.shown && reading === target.reading) {
      say(t('fixSameAsShown'), true);
      return;
    }
    saving = true;
    input.disabled = save.disabled = true;
    say(t('fixSaving'));
    let failure: string | null = null;
    try {
      const res = await deps.send({ type: 'reading-fix-set', surface: target.surface, reading });
      if (!res.ok) failure = res.message;
    } catch (err) {
      failure = t('fixNoAnswer', err instanceof Error ? err.message : String(err));
    }
    if (failure !== null) {
      saving = false;
      input.disabled = save.disabled = false;
      say(t('actionNotSaved', failure), true);
      return;
    }
    // The form is done: what stays is what happened and where to undo it.
    panel.replaceChildren(style, message);
    say(t('fixSaved', target.surface, reading));
    await deps.reannotate().catch(() => undefined);
  };

  // Keys typed here are the reader's, not the page's: its own keyboard shortcuts must not see them.
  for (const type of ['keydown', 'keypress', 'keyup']) {
    panel.addEventListener(type, (e) => e.stopPropagation());
  }
  input.addEventListener('keydown', (e) => {
    // Enter also ends an IME composition: only an Enter outside one saves.
    if (e.key === 'Enter' && !e.isComposing) {
      e.preventDefault();
      void submit();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      ui.closePanel();
    }
  });
  save.addEventListener('click', () => void submit());
  cancel.addEventListener('click', () => ui.closePanel());

  panel.append(style, label, input, save, cancel, message);
  return panel;
}

export function fixReadingAction(deps: FixReadingDeps): PopupAction {
  return {
    id: FIX_READING_ACTION_ID,
    label: FIX_READING_LABEL,
    applies: (ctx) => fixTarget(ctx) !== null,
    async run(ctx, ui) {
      const target = fixTarget(ctx);
      if (!target) throw new Error('This word has no reading to fix.');
      const panel = buildForm(deps.doc, target, deps, ui);
      ui.showPanel(panel);
      const input = panel.querySelector('input')!;
      input.focus({ preventScroll: true });
      input.select();
      // The outcome is shown in the form itself; the popup's status line stays empty.
      return '';
    },
  };
}
