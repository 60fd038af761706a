import { beforeAll, describe, expect, it } from 'vitest';
import type { Glossary } from '../../src/core/glossary/glossary';
import {
  COMPILED_DICTS_DIR,
  loadNodeGlossary,
  loadNodeGlossaryData,
} from '../../src/tokenizer-host/load-glossary-node';

let glossary: Glossary;
beforeAll(async () => {
  glossary = await loadNodeGlossary();
}, 60_000);

describe('lookupAt', () => {
  it('returns the longest EDICT match at the offset, exact forms first', () => {
    const text = '英国の外務大臣と会談する';
    const r = glossary.lookupAt(text, 3);
    expect(r?.surface).toBe('外務大臣');
    expect(r?.start).toBe(3);
    expect(r?.end).toBe(7);
    expect(r?.entries[0]?.entry.reading).toBe('がいむだいじん');
    expect(r?.entries[0]?.deinflection).toBeUndefined();
  });

  it('marks common words and keeps senses with their part of speech', () => {
    const r = glossary.lookupAt('ハッカー', 0);
    const entry = r?.entries[0]?.entry;
    expect(entry?.headword).toBe('ハッカー');
    expect(entry?.common).toBe(true);
    expect(entry?.senses[0]?.glosses).toContain('hacker');
    expect(entry?.senses[0]?.tags).toContain('n');
  });

  it('finds readings of kanji headwords (kana text)', () => {
    const r = glossary.lookupAt('おこなう', 0);
    expect(r?.entries.map((m) => m.entry.headword)).toContain('行う');
  });

  it('folds Latin to full width the way EDICT spells acronyms', () => {
    const r = glossary.lookupAt('FBIが捜査', 0);
    expect(r?.surface).toBe('FBI');
    expect(r?.entries[0]?.entry.headword).toBe('ＦＢＩ');
  });

  it('adds the glossary term the offset is inside', () => {
    const text = '英国のジェームズ・クレバリー外相';
    const r = glossary.lookupAt(text, 9); // inside クレバリー
    expect(r?.term?.surface).toBe('ジェームズ・クレバリー');
    expect(r?.term?.start).toBe(3);
    expect(r?.term?.english).toBe('James Cleverly');
    expect(glossary.lookupAt(text, 0)?.term).toBeUndefined();
  });

  it('returns a term even where EDICT has nothing (CISA)', () => {
    const r = glossary.lookupAt('米CISAは', 1);
    expect(r?.term?.english).toMatch(/Cybersecurity/);
  });

  it('returns null outside the text and where nothing matches', () => {
    expect(glossary.lookupAt('abc', -1)).toBeNull();
    expect(glossary.lookupAt('abc', 3)).toBeNull();
    expect(glossary.lookupAt('☃', 0)).toBeNull();
  });
});

describe('nameReading and kanjiReadings', () => {
  it.each([
    ['王毅', 'おう・き'],
    ['習近平', 'しゅう・きんぺい'],
  ])('curated: %s → %s', (name, reading) => {
    expect(glossary.nameReading(name)).toBe(reading);
  });

  it('falls back to ENAMDICT full names', () => {
    expect(glossary.nameReading('岸田文雄')).toBe('きしだふみお');
    expect(glossary.nameReading('存在しない名前')).toBeUndefined();
  });

  it('gives on and kun readings of a kanji', () => {
    const r = glossary.kanjiReadings('行');
    expect(r?.on).toEqual(expect.arrayContaining(['コウ', 'ギョウ']));
    expect(r?.kun).toEqual(expect.arrayContaining(['い.く', 'おこな.う']));
    expect(glossary.kanjiReadings('a')).toBeUndefined();
    const info = glossary.kanjiInfo('行');
    expect(info?.grade).toBe(2);
    expect(info?.meanings).toContain('going');
  });
});

describe('loaders', () => {
  it('names the file that fails to load', async () => {
    const { cp, mkdtemp, rm, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = await mkdtemp(join(tmpdir(), 'yomitoki-dicts-'));
    try {
      await cp(COMPILED_DICTS_DIR, dir, { recursive: true });
      await rm(join(dir, 'names.tsv.gz'));
      await expect(loadNodeGlossaryData(dir)).rejects.toThrow(/names\.tsv\.gz/);
      await writeFile(join(dir, 'names.tsv.gz'), 'not gzip');
      await expect(loadNodeGlossaryData(dir)).rejects.toThrow(/names\.tsv\.gz/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
