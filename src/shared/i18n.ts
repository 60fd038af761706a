/**
 * UI strings through the browser's i18n (`_locales/<lang>/messages.json`, English and Japanese).
 * Outside an extension (DOM tests, the CLI) the English file answers, so no context needs a browser
 * stand-in just to get its labels. Placeholders follow Chrome's format: `$NAME$` named in the
 * message's `placeholders`, each `$1`, `$2`… in order of the substitutions.
 */
import en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

function fromEnglish(key: MessageKey, subs: readonly string[]): string {
  const m = en[key] as Message;
  return m.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (all, name: string) => {
    const content = m.placeholders?.[name.toLowerCase()]?.content ?? all;
    return content.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  });
}

export function t(key: MessageKey, ...subs: string[]): string {
  const api = globalThis.chrome?.i18n;
  const message = api?.getMessage ? api.getMessage(key, subs) : '';
  return message || fromEnglish(key, subs);
}

/** The UI language the browser chose ('en' outside an extension). */
export function uiLanguage(): string {
  return globalThis.chrome?.i18n?.getUILanguage?.() ?? 'en';
}
