export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Where to put a popup of `size` next to `anchor` (viewport coordinates) so it stays inside the
 * viewport: below the word when it fits, else above, else wherever it overlaps least.
 */
export function placePopup(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 6,
): { left: number; top: number } {
  const margin = 8;
  const left = Math.min(
    Math.max(margin, anchor.left),
    Math.max(margin, viewport.width - size.width - margin),
  );
  const below = anchor.top + anchor.height + gap;
  const above = anchor.top - gap - size.height;
  let top: number;
  if (below + size.height <= viewport.height - margin) top = below;
  else if (above >= margin) top = above;
  else top = Math.max(margin, viewport.height - size.height - margin);
  return { left, top };
}
