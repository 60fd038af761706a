import { t } from '../shared/i18n';
import type { PageState } from '../shared/messages';
import type { Send } from '../shared/send';

/** What the switches need from the browser: the tab the toolbar popup was opened over, and the background. */
export interface SwitchesDeps {
  activeTab: () => Promise<{ id?: number; url?: string } | undefined>;
  send: Send;
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

/** "Furigana on this tab", "Off on this site" and "Furigana on every site" for the active tab. */
export async function renderFuriganaSwitches(
  container: HTMLElement,
  { activeTab, send }: SwitchesDeps,
): Promise<void> {
  const doc = container.ownerDocument;
  const tab = await activeTab();
  container.replaceChildren();
  if (tab?.id === undefined || !/^https?:/.test(tab.url ?? '')) {
    const p = doc.createElement('p');
    p.className = 'status';
    p.textContent = t('popupOnlyWebPages');
    container.append(p);
    return;
  }
  const tabId = tab.id;
  const res = await send({ type: 'tab-state', tabId });
  if (!res.ok) return;
  const render = (state: PageState) => {
    container.replaceChildren(
      checkbox(doc, t('popupTabSwitch'), state.enabled, async (enabled) => {
        const r = await send({ type: 'set-tab-enabled', tabId, enabled });
        if (r.ok) render(r);
      }),
      checkbox(doc, t('popupSiteSwitch', state.site), state.siteDisabled, async (disabled) => {
        const r = await send({ type: 'set-site-disabled', site: state.site, disabled });
        if (r.ok) render(r);
      }),
      checkbox(doc, t('settingEverywhere'), state.everywhere, async (enabled) => {
        const r = await send({ type: 'set-everywhere-enabled', enabled });
        if (!r.ok) return;
        const s = await send({ type: 'tab-state', tabId });
        if (s.ok) render(s);
      }),
    );
  };
  render(res);
}
