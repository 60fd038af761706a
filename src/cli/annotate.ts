/**
 * Command line: `npm run annotate -- article.txt > article.html` writes readable HTML with ruby;
 * `npm run --silent annotate -- --jsonl` reads {"text": "..."} per line on stdin and writes one
 * {"ruby":[...],"terms":[...]} line per input line, in order, and nothing else on stdout.
 * The dictionaries start loading before the input is read, so the two overlap.
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Annotation } from '../core/types';
import { createNodeAnnotator } from './node-annotator';
import { renderHtmlDocument } from './render-html';

type Annotator = (text: string) => Annotation;

/** Output lines are gathered and written once per batch of input lines, not one write per line. */
function batchedStdout() {
  let pending: string[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending.length === 0) return;
    process.stdout.write(pending.join(''));
    pending = [];
  };
  return {
    write(s: string) {
      pending.push(s);
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    flush,
  };
}

async function runJsonl(loading: Promise<Annotator>): Promise<number> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const out = batchedStdout();
  let annotator: Annotator | undefined;
  let lineNo = 0;
  let failures = 0;
  for await (const line of rl) {
    annotator ??= await loading;
    lineNo++;
    let text = '';
    // A blank line is an empty text, not an error: its output line is empty too.
    if (line.trim() !== '') {
      try {
        const parsed: unknown = JSON.parse(line);
        if (
          !parsed ||
          typeof parsed !== 'object' ||
          typeof (parsed as { text?: unknown }).text !== 'string'
        ) {
          throw new Error('expected an object with a string "text" field');
        }
        text = (parsed as { text: string }).text;
      } catch (err) {
        // Keep the output aligned with the input: one line out per line in, errors on stderr.
        failures++;
        process.stderr.write(`line ${lineNo}: ${err instanceof Error ? err.message : String(err)}\n`);
      }
    }
    out.write(JSON.stringify(annotator(text)) + '\n');
  }
  out.flush();
  return failures > 0 ? 1 : 0;
}

async function runHtml(path: string | undefined, loading: Promise<Annotator>): Promise<number> {
  let text: string;
  try {
    text = path && path !== '-' ? await readFile(path, 'utf8') : await readStdin();
  } catch (err) {
    process.stderr.write(
      `annotate: cannot read ${path}: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    return 2;
  }
  process.stdout.write(renderHtmlDocument(text, await loading));
  return 0;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(
    'usage: npm run annotate -- FILE.txt > FILE.html\n       npm run --silent annotate -- --jsonl < in.jsonl > out.jsonl\n',
  );
  process.exit(0);
}
const loading = createNodeAnnotator();
// A load failure is reported where it is awaited; this keeps it from counting as unhandled before.
loading.catch(() => undefined);
const code = args.includes('--jsonl')
  ? await runJsonl(loading)
  : await runHtml(
      args.find((a) => !a.startsWith('--')),
      loading,
    );
process.exitCode = code;
