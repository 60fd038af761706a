/**
 * How legible the readings on a page are, measured in the browser (passed to page.evaluate, so
 * self-contained): readings shown, their smallest size in px, and how many bases are spread. Chromium
 * widens a base's text box to its ruby column, so "spread" is measured as the room the base takes in
 * the line (that box plus the ruby's margins, negative where the reading overhangs its neighbours)
 * minus the width of its glyphs (one em per kanji) — more than 1 px means the text is pushed apart.
 */
export interface RubyMetrics {
  shown: number;
  hidden: number;
  spread: number;
  minPx: number;
  textPx: number;
}

export function rubyMetrics(selector: string): RubyMetrics {
  let shown = 0;
  let hidden = 0;
  let spread = 0;
  let minPx = Infinity;
  let textPx = Infinity;
  for (const ruby of Array.from(document.querySelectorAll<HTMLElement>(`${selector} ruby.ytk-ruby`))) {
    const rt = ruby.querySelector('rt');
    const base = ruby.firstChild;
    if (!rt || !base || base.nodeType !== 3) continue;
    const rtStyle = getComputedStyle(rt);
    if (rtStyle.display === 'none' || rtStyle.visibility === 'hidden') {
      hidden++;
      continue;
    }
    shown++;
    minPx = Math.min(minPx, parseFloat(rtStyle.fontSize));
    const rs = getComputedStyle(ruby);
    const px = parseFloat(rs.fontSize);
    textPx = Math.min(textPx, px);
    const range = document.createRange();
    range.selectNodeContents(base);
    const box = range.getBoundingClientRect().width;
    const advance = box + parseFloat(rs.marginLeft) + parseFloat(rs.marginRight);
    if (advance - [...(base as Text).data].length * px > 1) spread++;
  }
  return { shown, hidden, spread, minPx, textPx };
}

/** Readings shown (not hidden by the furigana mode) over `base` inside `selector`. */
export function shownReadings([selector, base]: [string, string]): string[] {
  return Array.from(document.querySelectorAll(`${selector} ruby.ytk-ruby`))
    .filter((r) => r.firstChild?.textContent === base)
    .map((r) => r.querySelector('rt')!)
    .filter((rt) => getComputedStyle(rt).display !== 'none')
    .map((rt) => rt.getAttribute('data-r') ?? '');
}

/** Centre of the first character of the first ruby base `base` inside `selector` (for a real hover). */
export function firstCharCentre([selector, base]: [string, string]): { x: number; y: number } | null {
  const ruby = Array.from(document.querySelectorAll(`${selector} ruby.ytk-ruby`)).find(
    (r) => r.firstChild?.textContent === base,
  );
  if (!ruby?.firstChild) return null;
  ruby.scrollIntoView({ block: 'center' });
  const range = document.createRange();
  range.setStart(ruby.firstChild, 0);
  range.setEnd(ruby.firstChild, 1);
  const r = range.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}
