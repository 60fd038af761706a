/**
 * Command line: `npm run annotate -- article.txt > article.html` writes readable HTML with ruby;
 * `npm run --silent annotate -- --jsonl` reads {"text": "..."} per line on stdin and writes one
 * {"ruby":[...],"terms":[...]} line per input line, in order, and nothing else on stdout.
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createNodeAnnotator } from './node-annotator';
import { renderHtmlDocument } from './render-html';

async function runJsonl(): Promise<number> {
  const annotator = await createNodeAnnotator();
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  let failures = 0;
  for await (const line of rl) {
    lineNo++;
    let text = '';
    // A blank line is an empty text, not an error: its output line is empty too.
    if (line.trim() === '') {
      process.stdout.write(JSON.stringify(annotator('')) + '\n');
      continue;
    }
    try {
      const parsed: unknown = JSON.parse(line);
      if (!parsed || typeof parsed !== 'object' || typeof (parsed as { text?: unknown }).text !== 'string') {
        throw new Error('expected an object with a string "text" field');
      }
      text = (parsed as { text: string }).text;
    } catch (err) {
      // Keep the output aligned with the input: one line out per line in, errors on stderr.
      failures++;
      process.stderr.write(`line ${lineNo}: ${err instanceof Error ? err.message : String(err)}\n`);
    }
    process.stdout.write(JSON.stringify(annotator(text)) + '\n');
  }
  return failures > 0 ? 1 : 0;
}

async function runHtml(path: string | undefined): Promise<number> {
  let text: string;
  try {
    text = path && path !== '-' ? await readFile(path, 'utf8') : await readStdin();
  } catch (err) {
    process.stderr.write(
      `annotate: cannot read ${path}: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    return 2;
  }
  const annotator = await createNodeAnnotator();
  process.stdout.write(renderHtmlDocument(text, annotator));
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
const code = args.includes('--jsonl')
  ? await runJsonl()
  : await runHtml(args.find((a) => !a.startsWith('--')));
process.exitCode = code;
