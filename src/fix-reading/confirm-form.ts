/**
 * The form where the reader types and confirms a corrected reading. It runs in an extension-origin
 * frame inside the word popup: the page can neither read it nor drive it (a cross-origin document;
 * the page's synthetic events cannot reach it), and only its confirm stores a correction (see
 * src/background/reading-fix/fix-proposals.ts). It is opened for one proposal, named by the nonce
 * in its URL; without a valid one (a page embedding this frame itself) it shows nothing to confirm.
 */
import { fixReadingProblem } from '../shared/reading-fix-messages';

import type { Send } from '../shared/send';
export type { Send };

export async function mountConfirmForm(root: HTMLElement, nonce: string, send: Send): Promise<void> {
  const doc = root.ownerDocument;
  const message = doc.createElement('p');
  message.className = 'fix-message';
  message.id = 'fix-message';
  message.setAttribute('role', 'status');
  const say = (text: string, error = false) => {
    message.textContent = text;
    message.classList.toggle('error', error);
  };

  const pending = await send({ type: 'reading-fix-pending', nonce }).catch((err: unknown) => ({
    ok: false as const,
    message: `Yomitoki's background did not answer (${err instanceof Error ? err.message : String(err)}).`,
  }));
  if (!pending.ok) {
    root.replaceChildren(message);
    say(pending.message, true);
    return;
  }
  const { surface, shown } = pending;

  const form = doc.createElement('div');
  form.className = 'fix-reading';
  const label = doc.createElement('label');
  label.htmlFor = 'fix-input';
  label.textContent = `Reading of ${surface} (kana; Enter saves, Escape cancels)`;
  const input = doc.createElement('input');
  input.id = 'fix-input';
  input.type = 'text';
  input.lang = 'ja';
  input.value = pending.reading;
  input.autocomplete = 'off';
  input.spellcheck = false;
  input.setAttribute('aria-describedby', message.id);
  const save = doc.createElement('button');
  save.type = 'button';
  save.textContent = 'Save';
  const cancel = doc.createElement('button');
  cancel.type = 'button';
  cancel.textContent = 'Cancel';

  let saving = false;
  const invalid = (text: string) => {
    say(text, true);
    input.setAttribute('aria-invalid', 'true');
    input.focus();
  };
  const submit = async () => {
    if (saving) return;
    const reading = input.value.trim();
    const problem = fixReadingProblem(reading);
    if (problem) return invalid(problem);
    if (shown && reading === pending.reading) {
      return invalid('That is the reading shown already: type the right one, or Escape to cancel.');
    }
    saving = true;
    input.disabled = save.disabled = true;
    say('Saving…');
    const res = await send({ type: 'reading-fix-confirm', nonce, reading }).catch((err: unknown) => ({
      ok: false as const,
      message: `Yomitoki's background did not answer (${err instanceof Error ? err.message : String(err)}).`,
    }));
    if (!res.ok) {
      saving = false;
      input.disabled = save.disabled = false;
      return invalid(`Not saved: ${res.message}`);
    }
    // The form is done: what stays is what happened and where to undo it.
    form.replaceChildren(message);
    say(
      `${surface} is read ${res.fix.reading} from now on, on every page. Remove it in Yomitoki's settings.`,
    );
  };
  const close = () => void send({ type: 'reading-fix-cancel', nonce }).catch(() => undefined);

  input.addEventListener('keydown', (e) => {
    // Enter also ends an IME composition: only an Enter outside one saves.
    if (e.key === 'Enter' && !e.isComposing) {
      e.preventDefault();
      void submit();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  });
  save.addEventListener('click', () => void submit());
  cancel.addEventListener('click', close);

  form.append(label, input, save, cancel, message);
  root.replaceChildren(form);
  input.focus({ preventScroll: true });
  input.select();
}
