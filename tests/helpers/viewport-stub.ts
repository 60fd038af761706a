import { vi } from 'vitest';

/**
 * A viewport that reports only when told to (a new page's first rendering comes after its DOM is
 * parsed): `report(near)` says which watched elements are near. After that first report, an
 * element watched later is reported at once, as a real IntersectionObserver does.
 */
export function stubViewport() {
  const watchers: {
    cb: (e: { target: Element; isIntersecting: boolean; boundingClientRect: DOMRect }[]) => void;
    els: Element[];
  }[] = [];
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      private readonly w: (typeof watchers)[number];
      constructor(cb: (typeof watchers)[number]['cb']) {
        this.w = { cb, els: [] };
        watchers.push(this.w);
      }
      observe(el: Element) {
        this.w.els.push(el);
        if (rendered) queueMicrotask(() => this.w.cb([entry(el)]));
      }
      unobserve() {}
      disconnect() {}
    },
  );
  let rendered: ((el: Element) => boolean) | undefined;
  const entry = (target: Element) => ({
    target,
    isIntersecting: rendered!(target),
    boundingClientRect: target.getBoundingClientRect(),
  });
  return {
    report(near: (el: Element) => boolean) {
      rendered = near;
      for (const w of watchers) w.cb(w.els.map(entry));
    },
    /** The reader scrolled: what is near from now on (reported as elements are watched). */
    scrollTo(near: (el: Element) => boolean) {
      rendered = near;
    },
  };
}
