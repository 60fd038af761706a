/**
 * The worker's side of the file hand-over: its loaders read a dictionary file before or after the
 * starting context hands it over, and a file that context could not read fails the load with why.
 */
import { describe, expect, it } from 'vitest';
import { HandedFiles, isHandedFile } from '../../src/tokenizer-host/handed-files';
import { HOST_FILES, IPADIC_PATH } from '../../src/tokenizer-host/packaged-files';

describe('HandedFiles', () => {
  it('gives a file read before it arrives once it arrives', async () => {
    const files = new HandedFiles();
    const reading = files.read(IPADIC_PATH);
    files.receive({ file: IPADIC_PATH, bytes: new Uint8Array([1, 2]) });
    await expect(reading).resolves.toEqual(new Uint8Array([1, 2]));
  });

  it('gives a file that arrived before it was read', async () => {
    const files = new HandedFiles();
    const path = HOST_FILES[1]!;
    files.receive({ file: path, bytes: new Uint8Array([7]) });
    await expect(files.read(path)).resolves.toEqual(new Uint8Array([7]));
  });

  it('fails the read with the starting context’s reason', async () => {
    const files = new HandedFiles();
    files.receive({
      file: IPADIC_PATH,
      error: 'cannot fetch chrome-extension://x/ipadic/ipadic.bin: HTTP 404',
    });
    await expect(files.read(IPADIC_PATH)).rejects.toThrow(/HTTP 404/);
  });

  it('knows only the host’s files', async () => {
    const files = new HandedFiles();
    files.receive({ file: '../secret', bytes: new Uint8Array([1]) });
    await expect(files.read('../secret')).rejects.toThrow(/not a dictionary file/);
  });
});

describe('isHandedFile', () => {
  it.each([
    [{ file: IPADIC_PATH, bytes: new Uint8Array(1) }, true],
    [{ file: IPADIC_PATH, error: 'HTTP 404' }, true],
    [{ file: IPADIC_PATH }, false],
    [{ id: 1, request: { type: 'host-stats' } }, false],
    [null, false],
  ])('%j → %s', (data, expected) => {
    expect(isHandedFile(data)).toBe(expected);
  });
});
