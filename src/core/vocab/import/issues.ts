/** Import problems, each saying where (line and field, or JSON path) and why. */

export interface ImportIssue {
  /** 1-based line in the file (CSV rows, JSON syntax errors). */
  line?: number;
  /** 1-based column of a JSON syntax error. */
  column?: number;
  /** CSV column name. */
  field?: string;
  /** JSON path such as `items[3].url`. */
  path?: string;
  reason: string;
  /** Ready to show: `line 7, field "reading": expected kana, got "abc"` or `items[3].url: …`. */
  message: string;
}

export function issue(
  where: { line?: number; column?: number; field?: string; path?: string },
  reason: string,
): ImportIssue {
  const parts: string[] = [];
  if (where.line !== undefined) parts.push(`line ${where.line}`);
  if (where.column !== undefined) parts.push(`column ${where.column}`);
  if (where.field !== undefined) parts.push(`field "${where.field}"`);
  let place = parts.join(', ');
  if (where.path) place = place ? `${place}, ${where.path}` : where.path;
  return { ...where, reason, message: place ? `${place}: ${reason}` : reason };
}

/** A broken file can produce one problem per row; the first hundred are enough to fix it. */
const MAX_ISSUES = 100;

export function capIssues(issues: ImportIssue[]): ImportIssue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  const rest = issues.length - MAX_ISSUES;
  return [...issues.slice(0, MAX_ISSUES), issue({}, `… and ${rest} more problem${rest === 1 ? '' : 's'}`)];
}
