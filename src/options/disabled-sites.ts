import type { BackgroundRequest, Responses } from '../shared/messages';
import { readSettings } from '../shared/settings-store';

type Send = <T extends BackgroundRequest>(msg: T) => Promise<Responses[T['type']]>;

/** "Sites where furigana is off", each with a button to turn it back on. */
export async function mountDisabledSites(section: HTMLElement, deps: { send: Send }): Promise<void> {
  const doc = section.ownerDocument;
  // Validated read (storage can hold anything); the background stays the only writer.
  const sites = (await readSettings()).disabledSites;
  const h2 = doc.createElement('h2');
  h2.textContent = 'Sites where furigana is off';
  const list = doc.createElement('ul');
  for (const site of sites) {
    const li = doc.createElement('li');
    li.textContent = `${site} `;
    const b = doc.createElement('button');
    b.type = 'button';
    b.textContent = 'Turn back on';
    b.addEventListener('click', async () => {
      const res = await deps.send({ type: 'set-site-disabled', site, disabled: false });
      if (res.ok) await mountDisabledSites(section, deps);
      else li.append(doc.createTextNode(` — ${res.message}`));
    });
    li.append(b);
    list.append(li);
  }
  if (sites.length === 0) {
    const li = doc.createElement('li');
    li.textContent = 'None. Turn furigana off for a site from the toolbar popup.';
    list.append(li);
  }
  section.replaceChildren(h2, list);
}
