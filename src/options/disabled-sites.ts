import { t } from '../shared/i18n';
import type { Settings } from '../shared/settings-store';
import { mountSettingsForm, type SettingsFormDeps } from '../ui/settings-form';

import type { Send } from '../shared/send';

export interface DisabledSitesDeps extends SettingsFormDeps {
  send: Send;
}

/**
 * "Where furigana is on": the switch for every site, then the sites switched off, each with a button
 * to turn it back on. Switches go through the background, which also updates the open tabs.
 */
export async function mountDisabledSites(section: HTMLElement, deps: DisabledSitesDeps): Promise<void> {
  const doc = section.ownerDocument;
  const h2 = doc.createElement('h2');
  h2.id = 'sites-title';
  h2.textContent = t('sitesTitle');
  const everywhere = doc.createElement('div');
  const list = doc.createElement('ul');
  section.replaceChildren(h2, everywhere, list);

  const renderSites = (settings: Settings) => {
    const sites = settings.sites.disabled;
    list.replaceChildren();
    for (const site of sites) {
      const li = doc.createElement('li');
      li.textContent = `${site} `;
      const b = doc.createElement('button');
      b.type = 'button';
      b.textContent = t('sitesTurnBackOn');
      b.addEventListener('click', async () => {
        const res = await deps.send({ type: 'set-site-disabled', site, disabled: false });
        if (res.ok) renderSites(await deps.store.read());
        else li.append(doc.createTextNode(` — ${res.message}`));
      });
      li.append(b);
      list.append(li);
    }
    if (sites.length === 0) {
      const li = doc.createElement('li');
      li.textContent = t('sitesNone');
      list.append(li);
    }
  };

  await mountSettingsForm(
    everywhere,
    [
      {
        section: 'sites',
        name: 'enabled',
        kind: 'checkbox',
        label: 'settingEverywhere',
        write: async (value) => {
          const res = await deps.send({ type: 'set-everywhere-enabled', enabled: value === true });
          if (!res.ok) throw new Error(res.message);
        },
      },
    ],
    deps,
  );
  renderSites(await deps.store.read());
  deps.subscribe?.(renderSites);
}
