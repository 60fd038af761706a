/**
 * An in-memory browser.storage area (get/set/remove and onChanged-style notifications), for tests of
 * code that takes a storage area as a parameter.
 */
export class MemoryArea {
  readonly data = new Map<string, unknown>();
  private readonly listeners: ((changes: Record<string, { newValue?: unknown }>) => void)[] = [];

  constructor(initial: Record<string, unknown> = {}) {
    for (const [k, v] of Object.entries(initial)) this.data.set(k, structuredClone(v));
  }

  get(keys: string[] | string | null): Promise<Record<string, unknown>> {
    const wanted = keys === null ? [...this.data.keys()] : ([] as string[]).concat(keys);
    return Promise.resolve(
      Object.fromEntries(
        wanted.filter((k) => this.data.has(k)).map((k) => [k, structuredClone(this.data.get(k))]),
      ),
    );
  }

  set(items: Record<string, unknown>): Promise<void> {
    for (const [k, v] of Object.entries(items)) this.data.set(k, structuredClone(v));
    const changes = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }]));
    for (const l of this.listeners) l(changes);
    return Promise.resolve();
  }

  remove(keys: string[] | string): Promise<void> {
    for (const k of ([] as string[]).concat(keys)) this.data.delete(k);
    return Promise.resolve();
  }

  onChange(listener: (changes: Record<string, { newValue?: unknown }>) => void): void {
    this.listeners.push(listener);
  }
}

type ChangeListener = (changes: Record<string, unknown>, areaName: string) => void;

/** browser.storage.onChanged in memory: every listener hears each write, with the area's name. */
export class MemoryChangeEvent {
  private readonly listeners = new Set<ChangeListener>();
  addListener(listener: ChangeListener): void {
    this.listeners.add(listener);
  }
  removeListener(listener: ChangeListener): void {
    this.listeners.delete(listener);
  }
  emit(changes: Record<string, unknown>, areaName: string): void {
    for (const l of this.listeners) l(changes, areaName);
  }
}

/** The parts of browser.storage the extension uses (sync, local, session, onChanged), in memory. */
export function memoryBrowserStorage(
  initial: {
    sync?: Record<string, unknown>;
    local?: Record<string, unknown>;
    session?: Record<string, unknown>;
  } = {},
) {
  const onChanged = new MemoryChangeEvent();
  const area = (name: string, data?: Record<string, unknown>) => {
    const a = new MemoryArea(data);
    a.onChange((changes) => onChanged.emit(changes, name));
    return a;
  };
  return {
    sync: area('sync', initial.sync),
    local: area('local', initial.local),
    session: area('session', initial.session),
    onChanged,
  };
}
