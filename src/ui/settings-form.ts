/**
 * Settings controls for the extension's pages (the settings page and the toolbar popup), declared as
 * data: each field names its section and setting in the one schema (src/shared/settings-store.ts),
 * so a new setting is one entry here. A change is written through the store at once (validated
 * there; a refusal is shown next to the control and the control goes back to the stored value), and
 * changes made elsewhere (another page, another device through storage.sync) update the controls.
 */
import { t, type MessageKey } from '../shared/i18n';
import type { Settings, SettingsSection } from '../shared/settings-store';

interface FieldBase {
  section: SettingsSection;
  name: string;
  label: MessageKey;
  hint?: MessageKey;
  /** Writes this setting another way (e.g. through the background, which also updates open tabs). */
  write?: (value: unknown) => Promise<void>;
}
export type FieldSpec = FieldBase &
  (
    | { kind: 'checkbox' }
    | { kind: 'select'; options: readonly { value: string; label: MessageKey }[] }
    | { kind: 'number'; min: number; max: number; step: number; unit: MessageKey }
    /** '' (follow the page) or a #rrggbb colour. */
    | { kind: 'colour'; auto: MessageKey }
    /** A set of values, one checkbox each. */
    | { kind: 'set'; options: readonly { value: string; label: MessageKey }[] }
  );

interface SettingsFormStore {
  read(): Promise<Settings>;
  update<S extends SettingsSection>(section: S, patch: Partial<Settings[S]>): Promise<Settings>;
}

export interface SettingsFormDeps {
  store: SettingsFormStore;
  /** Subscribe to changes made elsewhere; returns nothing the form needs. */
  subscribe?: (listener: (settings: Settings) => void) => void;
}

let ids = 0;
const uid = () => `ytk-setting-${++ids}`;

type Control = { field: FieldSpec; set: (value: unknown) => void };

function valueOf(settings: Settings, field: FieldSpec): unknown {
  return (settings[field.section] as Record<string, unknown>)[field.name];
}

/** Renders `fields` into `container` (a fieldset per call) and keeps them in step with storage. */
export async function mountSettingsForm(
  container: HTMLElement,
  fields: readonly FieldSpec[],
  deps: SettingsFormDeps,
): Promise<void> {
  const doc = container.ownerDocument;
  const controls: Control[] = [];
  let current = await deps.store.read();

  const write = async (field: FieldSpec, value: unknown, error: HTMLElement): Promise<void> => {
    error.textContent = '';
    try {
      if (field.write) {
        await field.write(value);
        current = await deps.store.read();
      } else current = await deps.store.update(field.section, { [field.name]: value });
    } catch (e) {
      error.textContent = e instanceof Error ? e.message : String(e);
      current = await deps.store.read();
    }
    for (const c of controls) if (c.field === field) c.set(valueOf(current, field));
  };

  for (const field of fields) {
    const row = doc.createElement('div');
    row.className = `setting setting-${field.kind}`;
    row.dataset.setting = `${field.section}.${field.name}`;
    const error = doc.createElement('p');
    error.className = 'setting-error';
    error.setAttribute('role', 'alert');
    const id = uid();
    const label = doc.createElement('label');
    label.htmlFor = id;
    label.textContent = t(field.label);
    let control: Control;
    switch (field.kind) {
      case 'checkbox': {
        const input = doc.createElement('input');
        input.type = 'checkbox';
        input.id = id;
        input.addEventListener('change', () => void write(field, input.checked, error));
        row.append(input, label);
        control = { field, set: (v) => (input.checked = v === true) };
        break;
      }
      case 'select': {
        const select = doc.createElement('select');
        select.id = id;
        for (const o of field.options) {
          const option = doc.createElement('option');
          option.value = o.value;
          option.textContent = t(o.label);
          select.append(option);
        }
        select.addEventListener('change', () => void write(field, select.value, error));
        row.append(label, select);
        control = { field, set: (v) => (select.value = String(v)) };
        break;
      }
      case 'number': {
        const input = doc.createElement('input');
        input.type = 'number';
        input.id = id;
        input.min = String(field.min);
        input.max = String(field.max);
        input.step = String(field.step);
        const unit = doc.createElement('span');
        unit.textContent = t(field.unit);
        // Written on change (not on every keystroke); an out-of-range number is refused by the store.
        input.addEventListener('change', () => void write(field, Number(input.value), error));
        row.append(label, input, unit);
        control = { field, set: (v) => (input.value = String(v)) };
        break;
      }
      case 'colour': {
        const auto = doc.createElement('input');
        auto.type = 'checkbox';
        auto.id = uid();
        const autoLabel = doc.createElement('label');
        autoLabel.htmlFor = auto.id;
        autoLabel.textContent = t(field.auto);
        const input = doc.createElement('input');
        input.type = 'color';
        input.id = id;
        input.addEventListener('change', () => void write(field, input.value, error));
        auto.addEventListener('change', () => void write(field, auto.checked ? '' : input.value, error));
        row.append(label, input, auto, autoLabel);
        control = {
          field,
          set: (v) => {
            auto.checked = v === '';
            input.disabled = v === '';
            if (typeof v === 'string' && v) input.value = v;
          },
        };
        break;
      }
      case 'set': {
        const group = doc.createElement('fieldset');
        const legend = doc.createElement('legend');
        legend.textContent = t(field.label);
        group.append(legend);
        const boxes = field.options.map((o) => {
          const input = doc.createElement('input');
          input.type = 'checkbox';
          input.id = uid();
          input.value = o.value;
          const l = doc.createElement('label');
          l.htmlFor = input.id;
          l.textContent = t(o.label);
          const span = doc.createElement('span');
          span.className = 'set-option';
          span.append(input, l);
          group.append(span);
          return input;
        });
        const chosen = () => boxes.filter((b) => b.checked).map((b) => b.value);
        for (const b of boxes) b.addEventListener('change', () => void write(field, chosen(), error));
        row.append(group);
        control = {
          field,
          set: (v) => {
            const values = new Set(Array.isArray(v) ? v : []);
            for (const b of boxes) b.checked = values.has(b.value);
          },
        };
        break;
      }
    }
    if (field.hint) {
      const hint = doc.createElement('p');
      hint.className = 'setting-hint';
      hint.textContent = t(field.hint);
      row.append(hint);
    }
    row.append(error);
    control.set(valueOf(current, field));
    controls.push(control);
    container.append(row);
  }

  deps.subscribe?.((settings) => {
    current = settings;
    for (const c of controls) c.set(valueOf(settings, c.field));
  });
}
