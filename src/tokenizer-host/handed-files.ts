/**
 * The host worker's side of the file hand-over: the context that starts the worker fetches the
 * dictionary files while the worker is still starting (PreemptibleHost) and posts each one, its
 * buffer transferred, not copied. The worker's loaders read them from here as if fetching.
 */
import { HOST_FILES, type ReadPackagedFile } from './packaged-files';

/** One packaged file, or why the starting context could not read it. */
export type HandedFile = { file: string; bytes: Uint8Array } | { file: string; error: string };

interface Slot {
  promise: Promise<Uint8Array>;
  resolve(bytes: Uint8Array): void;
  reject(err: Error): void;
}

export class HandedFiles {
  private readonly slots = new Map<string, Slot>();

  private slot(path: string): Slot | undefined {
    if (!HOST_FILES.includes(path)) return undefined;
    let slot = this.slots.get(path);
    if (!slot) {
      let resolve!: Slot['resolve'];
      let reject!: Slot['reject'];
      const promise = new Promise<Uint8Array>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      slot = { promise, resolve, reject };
      this.slots.set(path, slot);
    }
    return slot;
  }

  /** A file from the starting context; anything but a host file is ignored. */
  receive(handed: HandedFile): void {
    const slot = this.slot(handed.file);
    if (!slot) return;
    if ('bytes' in handed) slot.resolve(handed.bytes);
    else slot.reject(new Error(handed.error));
  }

  /** Waits for the file to be handed over (the starting context sends every host file, once). */
  read: ReadPackagedFile = (path) =>
    this.slot(path)?.promise ?? Promise.reject(new Error(`${path} is not a dictionary file of the host`));
}

export function isHandedFile(data: unknown): data is HandedFile {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return typeof d.file === 'string' && (d.bytes instanceof Uint8Array || typeof d.error === 'string');
}
