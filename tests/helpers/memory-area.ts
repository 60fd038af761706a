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
