/**
 * Where a JSON text stops being valid. JSON.parse says *that* it failed, but engines differ in
 * whether they say where (V8 often omits the position), and a user fixing a file needs the line.
 * Called only after JSON.parse failed, so it only has to find the first error, not build values.
 */

export interface JsonSyntaxError {
  /** UTF-16 offset of the offending character (text.length when the text ended too early). */
  position: number;
  /** True when the text ends before the value is complete: a truncated file. */
  truncated: boolean;
  reason: string;
}

class Stop extends Error {
  constructor(readonly found: JsonSyntaxError) {
    super(found.reason);
  }
}

export function locateJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const n = text.length;

  const fail = (reason: string): never => {
    if (i >= n)
      throw new Stop({ position: n, truncated: true, reason: 'the text ends before the value is complete' });
    throw new Stop({ position: i, truncated: false, reason });
  };
  const show = (ch: string | undefined) => (ch === undefined ? 'end of file' : JSON.stringify(ch));
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const expect = (ch: string) => {
    if (text[i] !== ch) fail(`expected ${JSON.stringify(ch)}, found ${show(text[i])}`);
    i++;
  };

  const string = () => {
    expect('"');
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail('a control character (such as a line break) inside a string');
      if (c === 0x5c) {
        i++;
        const e = text[i];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) {
            if (i + 5 > n) i = n;
            fail('a \\u escape needs four hex digits');
          }
          i += 5;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++;
        else fail(`invalid escape \\${e ?? ''}`);
        continue;
      }
      i++;
    }
    fail('unterminated string');
  };

  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '-' || m[0] === '') fail(`unexpected ${show(text[i])}`);
    const end = i + m![0].length;
    // A number cut by the end of the text ("12." or "1e") counts as truncated.
    const tail = /^[.eE+-]*/.exec(text.slice(end, end + 3))![0];
    if (tail) {
      i = end + tail.length;
      fail('malformed number');
    }
    i = end;
  };

  const literal = (word: string) => {
    for (const ch of word) {
      if (i >= n) fail('');
      if (text[i] !== ch) fail(`unexpected ${show(text[i])}`);
      i++;
    }
  };

  const value = (depth: number): void => {
    if (depth > 512) fail('nested too deeply');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(`expected a property name in double quotes, found ${show(text[i])}`);
        string();
        ws();
        expect(':');
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail(`expected "," or "}" after a property value, found ${show(text[i])}`);
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail(`expected "," or "]" after an array element, found ${show(text[i])}`);
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    fail(`unexpected ${show(c)}`);
  };

  try {
    value(0);
    ws();
    if (i < n) fail(`unexpected ${show(text[i])} after the end of the data`);
    return null;
  } catch (error) {
    if (error instanceof Stop) return error.found;
    throw error;
  }
}

/** 1-based line and column of a UTF-16 offset; CRLF, CR and LF each end one line. */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}
