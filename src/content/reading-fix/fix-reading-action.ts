/**
 * The popup's "Fix reading" button. The content script lives inside the page, so it does not store
 * corrections: it proposes the word to the background and shows, under the popup's buttons, the
 * extension-origin frame (src/fix-reading/) where the reader types and confirms the reading. The
 * page can neither read that frame nor drive it, so no page can plant a correction (see
 * src/background/reading-fix/fix-proposals.ts). When the frame's confirm stored the correction, the
 * background tells this script, which annotates the page again so the fix shows at once; other tabs
 * get it with their next annotation (the background attaches corrections to every annotate request).
 */
import { t } from '../../shared/i18n';
import type { ReadingFixOutcome } from '../../shared/reading-fix-messages';
import type { ActionUi, PopupAction } from '../popup/popup-view';
import { onTrusted } from '../trusted-events';
import { fixTarget } from './fix-target';

export const FIX_READING_ACTION_ID = 'reading-fix';
export const FIX_READING_LABEL = t('actionFixReading');

import type { Send } from '../../shared/send';
export type { Send };

export interface FixReadingDeps {
  /** The page's document (the popup lives in its closed shadow root). */
  doc: Document;
  send: Send;
  /** Annotate the current page again (furigana off and on), so the saved reading shows. */
  reannotate: () => Promise<void>;
  /** URL of the confirm frame for a proposal (browser.runtime.getURL of src/fix-reading/index.html + …). */
  frameUrl: (nonce: string, dark: boolean) => string;
  /** Whether the popup is in its dark theme (the frame follows it). */
  dark?: () => boolean;
}

// In the popup's shadow root, next to the frame.
const FIX_CSS = `
.fix-reading { margin-top: 8px; }
.fix-reading iframe { display: block; width: 100%; height: 96px; border: 0; background: transparent; }
`;

export interface FixReading {
  action: PopupAction;
  /** The background's word on a proposal of this script: close the form, or show the fix. */
  onOutcome(nonce: string, outcome: ReadingFixOutcome): void;
}

export function fixReading(deps: FixReadingDeps): FixReading {
  let open: { nonce: string; ui: ActionUi } | undefined;

  const action: PopupAction = {
    id: FIX_READING_ACTION_ID,
    label: FIX_READING_LABEL,
    applies: (ctx) => fixTarget(ctx) !== null,
    async run(ctx, ui) {
      const target = fixTarget(ctx);
      if (!target) throw new Error('This word has no reading to fix.');
      const res = await deps.send({ type: 'reading-fix-propose', ...target });
      if (!res.ok) throw new Error(res.message);
      const panel = deps.doc.createElement('div');
      panel.className = 'fix-reading';
      panel.setAttribute('data-panel', FIX_READING_ACTION_ID);
      const style = deps.doc.createElement('style');
      style.textContent = FIX_CSS;
      const frame = deps.doc.createElement('iframe');
      frame.title = `Fix the reading of ${target.surface}`;
      frame.src = deps.frameUrl(res.nonce, deps.dark?.() ?? false);
      // The frame puts its caret in the input; focusing the frame hands the reader's keys to it.
      onTrusted(frame, 'load', () => frame.focus(), { once: true });
      panel.append(style, frame);
      open = { nonce: res.nonce, ui };
      ui.showPanel(panel);
      // The outcome is shown in the frame itself; the popup's status line stays empty.
      return '';
    },
  };

  return {
    action,
    onOutcome(nonce, outcome) {
      if (!open || open.nonce !== nonce) return;
      if (outcome === 'cancelled') {
        open.ui.closePanel();
        open = undefined;
        return;
      }
      void deps.reannotate().catch(() => undefined);
    },
  };
}
