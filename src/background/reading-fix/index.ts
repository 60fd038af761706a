/**
 * Background side of reading corrections: the service over the vocabulary store (the one writer of
 * the vocabulary database, shared with the lists) and the permission rule for who may send what.
 */
import type { Runtime } from 'webextension-polyfill';
import type { Responses } from '../../shared/messages';
import { CONTENT_READING_FIX_REQUESTS, type ReadingFixRequest } from '../../shared/reading-fix-messages';
import { fromExtensionPage } from '../sender';
import { vocabStore } from '../vocab';
import { createReadingFixService } from './reading-fix-service';

const service = createReadingFixService(vocabStore, { warn: (m) => console.warn(`Yomitoki: ${m}`) });

/** The corrections to attach to annotate requests (see withReadingFixes). */
export const readingFixOverrides = service.overrides;

// Load them as the worker starts, while the page's content script is still scanning: the first
// annotate request then does not wait for the vocabulary database to be read (~30 ms for 5,000 words).
void service.overrides();

export async function handleReadingFixRequest(
  msg: ReadingFixRequest,
  sender: Runtime.MessageSender,
): Promise<Responses[ReadingFixRequest['type']]> {
  // A page's content script may add a correction (the popup's button); listing and removing them is
  // for the settings page.
  if (!CONTENT_READING_FIX_REQUESTS.has(msg.type) && !fromExtensionPage(sender)) {
    return { ok: false, code: 'not-allowed', message: `${msg.type} is only accepted from Yomitoki's pages.` };
  }
  return service.handle(msg);
}
