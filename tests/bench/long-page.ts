import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** The sample article repeated `copies` times: a long page to check slicing and linear cost. */
export async function longPage(copies: number): Promise<string> {
  const html = await readFile(resolve(ROOT, 'tests/fixtures/sample-news.html'), 'utf8');
  const article = /<article id="article">([\s\S]*?)<\/article>/.exec(html)![1]!;
  return html.replace(article, article.repeat(copies));
}
