import browser from 'webextension-polyfill';
import type { BackgroundRequest, PageState, Responses } from '../shared/messages';

async function send<T extends BackgroundRequest>(msg: T): Promise<Responses[T['type']]> {
  return (await browser.runtime.sendMessage(msg)) as Responses[T['type']];
}

function checkbox(
  doc: Document,
  label: string,
  checked: boolean,
  onChange: (v: boolean) => void,
): HTMLLabelElement {
  const l = doc.createElement('label');
  const input = doc.createElement('input');
  input.type = 'checkbox';
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  l.append(input, doc.createTextNode(label));
  return l;
}

/** "Furigana on this tab" and "Off on this site" switches for the active tab. */
export async function renderFuriganaSwitches(container: HTMLElement): Promise<void> {
  const doc = container.ownerDocument;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  container.replaceChildren();
  if (tab?.id === undefined || !/^https?:/.test(tab.url ?? '')) {
    const p = doc.createElement('p');
    p.className = 'status';
    p.textContent = 'Furigana works on web pages (http and https).';
    container.append(p);
    return;
  }
  const tabId = tab.id;
  const res = await send({ type: 'tab-state', tabId });
  if (!res.ok) return;
  const render = (state: PageState) => {
    container.replaceChildren(
      checkbox(doc, 'Furigana on this tab', state.enabled, async (enabled) => {
        const r = await send({ type: 'set-tab-enabled', tabId, enabled });
        if (r.ok) render(r);
      }),
      checkbox(doc, `Off on ${state.site}`, state.siteDisabled, async (disabled) => {
        const r = await send({ type: 'set-site-disabled', site: state.site, disabled });
        if (r.ok) render(r);
      }),
    );
  };
  render(res);
}
