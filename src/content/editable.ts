/**
 * Whether a node is where the reader types (a field or editable content). Key shortcuts and hover
 * lookups stay out of such places, so typing in the page never triggers Yomitoki.
 */
export function isEditable(node: EventTarget | null): boolean {
  if (!(node instanceof Element)) return false;
  if (node.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return true;
  return (node as HTMLElement).isContentEditable === true;
}
