/**
 * Runs async tasks one after another, in the order they were queued. The vocabulary store puts every
 * read-modify-write through one queue so two tabs saving at the same moment cannot both start from
 * the same database and overwrite each other's word.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  /** Resolves or rejects with the task's own outcome; a failed task does not stop later ones. */
  run<T>(task: () => Promise<T> | T): Promise<T> {
    const result = this.tail.then(task);
    // The chain continues whatever this task did; its error goes to its own caller only.
    this.tail = result.catch(() => undefined);
    return result;
  }
}
