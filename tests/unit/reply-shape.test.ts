import { describe, expect, it } from 'vitest';
import { isReply } from '../../src/shared/messages';

/** Every answer of the protocol is `{ ok: true, … }` or a Failure; anything else is refused where it is received. */
describe('a reply is checked for the protocol envelope where it is received', () => {
  it.each([
    ['an answer', { ok: true, results: [] }, true],
    ['a failure with its code and message', { ok: false, code: 'not-allowed', message: 'no' }, true],
    ['no answer', undefined, false],
    ['null', null, false],
    ['a bare string', 'ok', false],
    ['an object without ok', { results: [] }, false],
    ['ok as a string', { ok: 'true' }, false],
    ['a failure without a code', { ok: false, message: 'no' }, false],
    ['a failure without a message', { ok: false, code: 'internal' }, false],
  ])('%s', (_, reply, expected) => {
    expect(isReply(reply)).toBe(expected);
  });
});
