/**
 * Finds clipped content on a laid-out page: the measure behind the layout test at four widths.
 * Runs in the page (pass `findClipped` to `page.evaluate`), so it has no imports.
 *
 * Content counts as clipped when
 *  - the page itself scrolls sideways (the document is wider than the viewport);
 *  - text, an image, a canvas, an SVG or a form control sticks out past the viewport's left or
 *    right edge (boxes alone do not count: an empty box may be wider than the screen);
 *  - an element with `overflow: hidden` or `clip` hides part of its content;
 *  - a scroll container (`overflow: auto`/`scroll`) holds content wider than itself but cannot be
 *    reached by keyboard (neither it nor anything inside is focusable) or hides its scrollbar.
 * Content inside a scroll container is the container's business: only the container is checked.
 */
export interface Clipped {
  /** A short CSS-like path to the element. */
  where: string;
  /** What is wrong. */
  why: string;
}

export function findClipped(): Clipped[] {
  const out: Clipped[] = [];
  const vw = document.documentElement.clientWidth;
  const pathOf = (el: Element): string => {
    const parts: string[] = [];
    let node: Element | null = el;
    while (node && parts.length < 4 && node !== document.body) {
      let s = node.tagName.toLowerCase();
      if (node.id) s += `#${node.id}`;
      else if (node.classList.length) s += `.${[...node.classList].slice(0, 2).join('.')}`;
      parts.unshift(s);
      node = node.parentElement;
    }
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `${parts.join(' > ')}${text ? ` "${text}"` : ''}`;
  };
  if (document.documentElement.scrollWidth > vw + 1)
    out.push({ where: 'html', why: `page is ${document.documentElement.scrollWidth}px wide in a ${vw}px viewport` });

  const focusable = 'a[href],button,input,select,textarea,summary,[tabindex]:not([tabindex="-1"])';
  const visit = (el: Element) => {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') return;
    if (el.closest('[aria-hidden="true"]') && el.tagName !== 'svg') return;
    const rect = el.getBoundingClientRect();
    // Visually hidden text (the .sr-only pattern) and the closed mobile menu are not content.
    const srOnly = rect.width <= 1 && rect.height <= 1;
    if (srOnly) return;
    if (style.position === 'fixed' && (rect.right <= 0 || rect.left >= vw)) return;
    const outside = (r: DOMRect) => r.width > 0 && r.height > 0 && (r.right > vw + 1 || r.left < -1);
    const leaf = /^(IMG|SVG|CANVAS|VIDEO|IFRAME|INPUT|SELECT|TEXTAREA|BUTTON)$/i.test(el.tagName);
    if (leaf && outside(rect)) {
      out.push({
        where: pathOf(el),
        why: `spans ${Math.round(rect.left)}–${Math.round(rect.right)}px of a ${vw}px viewport`,
      });
      return;
    }
    for (const node of el.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !(node.textContent ?? '').trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const r = [...range.getClientRects()].find(outside);
      if (r) {
        out.push({
          where: pathOf(el),
          why: `text spans ${Math.round(r.left)}–${Math.round(r.right)}px of a ${vw}px viewport`,
        });
        break;
      }
    }
    if (leaf) return;
    const ox = style.overflowX;
    const wider = el.scrollWidth > el.clientWidth + 1;
    if (wider && (ox === 'hidden' || ox === 'clip') && el !== document.body && el !== document.documentElement) {
      // Text cut with an ellipsis is a deliberate, readable truncation only when a title says the rest.
      out.push({
        where: pathOf(el),
        why: `hides ${el.scrollWidth - el.clientWidth}px of its content (overflow-x: ${ox})`,
      });
      return;
    }
    if (wider && (ox === 'auto' || ox === 'scroll')) {
      const reachable = el.matches(focusable) || el.querySelector(focusable) !== null;
      if (!reachable) out.push({ where: pathOf(el), why: 'scrolls sideways but nothing in it is keyboard-focusable' });
      if (style.scrollbarWidth === 'none')
        out.push({ where: pathOf(el), why: 'scrolls sideways with its scrollbar hidden' });
      return;
    }
    for (const child of el.children) visit(child);
  };
  visit(document.body);
  return out;
}

/**
 * The scroll boxes in the page's main content whose content is wider than they are (a table,
 * equation or code block the reader must scroll sideways). On a laptop or desktop the wide
 * column leaves room for all of them: none should scroll there. Runs in the page, no imports.
 */
export function findScrolling(): string[] {
  const out: string[] = [];
  for (const el of document.querySelectorAll('main *')) {
    const cs = getComputedStyle(el);
    if (cs.overflowX !== 'auto' && cs.overflowX !== 'scroll') continue;
    if (el.scrollWidth <= el.clientWidth + 1) continue;
    const named = el.id || el.querySelector('[id]')?.id || el.getAttribute('aria-label') || el.tagName.toLowerCase();
    out.push(`${named}: ${el.scrollWidth}px of content in a ${el.clientWidth}px box`);
  }
  return out;
}
