/**
 * Settings page sections built from the settings schema: look, accessibility, export, and the
 * keyboard shortcuts (rebound in the browser's own shortcut page).
 */
import { t, type MessageKey } from '../shared/i18n';
import type { SettingsSection } from '../shared/settings-store';
import { mountSettingsForm, type FieldSpec, type SettingsFormDeps } from '../ui/settings-form';

export interface SectionDeps extends SettingsFormDeps {
  store: SettingsFormDeps['store'] & { reset(section: SettingsSection): Promise<unknown> };
}

/** A heading, an introduction, the section's fields and a button back to its defaults. */
export async function mountSettingsSection(
  container: HTMLElement,
  spec: { title: MessageKey; intro?: MessageKey; section: SettingsSection; fields: readonly FieldSpec[] },
  deps: SectionDeps,
): Promise<void> {
  const doc = container.ownerDocument;
  const h2 = doc.createElement('h2');
  h2.textContent = t(spec.title);
  container.replaceChildren(h2);
  if (spec.intro) {
    const p = doc.createElement('p');
    p.textContent = t(spec.intro);
    container.append(p);
  }
  const form = doc.createElement('div');
  form.className = 'settings-form';
  container.append(form);
  await mountSettingsForm(form, spec.fields, deps);
  const reset = doc.createElement('button');
  reset.type = 'button';
  reset.className = 'reset';
  reset.textContent = t('settingsReset');
  reset.addEventListener('click', async () => {
    await deps.store.reset(spec.section);
    // Controls follow through the storage subscription; without one, draw the section again.
    if (!deps.subscribe) await mountSettingsSection(container, spec, deps);
  });
  container.append(reset);
}

export interface ShortcutDeps {
  /** The extension's commands with their current keys. */
  commands: () => Promise<{ name?: string; shortcut?: string; description?: string }[]>;
  /** Opens the browser's shortcut page (chrome://extensions/shortcuts, Firefox's add-ons manager). */
  openShortcutPage: () => Promise<void>;
}

export async function mountShortcuts(container: HTMLElement, deps: ShortcutDeps): Promise<void> {
  const doc = container.ownerDocument;
  const h2 = doc.createElement('h2');
  h2.textContent = t('shortcutsTitle');
  const list = doc.createElement('ul');
  for (const c of await deps.commands()) {
    const li = doc.createElement('li');
    const key = doc.createElement('kbd');
    key.textContent = c.shortcut || t('shortcutNone');
    li.append(key, doc.createTextNode(` ${c.description ?? c.name ?? ''}`));
    list.append(li);
  }
  const open = doc.createElement('button');
  open.type = 'button';
  open.textContent = t('shortcutsChange');
  open.addEventListener('click', () => void deps.openShortcutPage());
  container.replaceChildren(h2, list, open);
}
