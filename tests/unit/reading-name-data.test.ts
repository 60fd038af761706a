import { beforeAll, describe, expect, it } from 'vitest';
import { isNameWorthShipping } from '../../src/core/reading/names/name-data-filter';
import type { Tokenize } from '../../src/core/types';
import { ipadic } from './reading-helpers';

/** Which ENAMDICT names the dictionary build should ship for the names stage. */
let tok: Tokenize;
beforeAll(async () => {
  tok = await ipadic();
});

describe('isNameWorthShipping', () => {
  it('keeps a one-reading name IPADIC splits and misreads (舩後 ふなご)', () => {
    expect(isNameWorthShipping('舩後', ['ふなご'], tok('舩後'))).toBe(true);
  });

  it('drops a name with several readings: no certainty', () => {
    expect(isNameWorthShipping('羽生', ['はにゅう', 'はぶ'], tok('羽生'))).toBe(false);
  });

  it('drops a name IPADIC knows as one word (the stage never consults it)', () => {
    expect(isNameWorthShipping('鈴木', ['すずき'], tok('鈴木'))).toBe(false);
  });

  it('drops a name whose IPADIC pieces already spell the reading', () => {
    const tokens = tok('山田太郎');
    const spelled = tokens.map((t) => t.reading ?? '').join('');
    expect(isNameWorthShipping('山田太郎', [spelled], tokens)).toBe(false);
  });
});
