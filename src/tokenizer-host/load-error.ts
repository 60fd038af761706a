/** A dictionary file that could not be read, named so the reader's error message says which. */
export class DictionaryLoadError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(
      `Could not load the Japanese dictionary file ${file}: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
    this.name = 'DictionaryLoadError';
  }
}
