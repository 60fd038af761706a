/**
 * The one typed request to the background, for every context that asks it something (content
 * script, toolbar popup, settings page, first-run page, fix-reading frame). The background validates
 * and answers each message (src/shared/messages.ts); no answer at all is an error.
 */
import browser from 'webextension-polyfill';
import { isReply, type BackgroundRequest, type Responses } from './messages';

export type Send = <T extends BackgroundRequest>(msg: T) => Promise<Responses[T['type']]>;

export const sendToBackground: Send = async (msg) => {
  const res: unknown = await browser.runtime.sendMessage(msg);
  if (res === undefined) throw new Error("Yomitoki's background did not answer.");
  if (!isReply(res)) throw new Error("Yomitoki's background answered something that is not a reply.");
  return res as never;
};
