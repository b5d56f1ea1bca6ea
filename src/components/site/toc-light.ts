/**
 * A lighter start for Starlight's "On this page" highlighting. Starlight's <starlight-toc> (and
 * its mobile twin) find what to watch with four `:has()` selectors over the whole chapter,
 * which on a formula-heavy chapter (/diffusion/: 3,300 elements, most inside KaTeX) took
 * 80–130 ms per list on a 4× slowed CPU, twice per page (desktop and mobile lists), in idle
 * callbacks that Lighthouse counts as blocking time. This watches the same things, the
 * chapter's headings and the blocks between them, found by one walk over the chapter's
 * top-level blocks; the highlighting itself is Starlight's (its `current` setter and root
 * margin).
 *
 * `installLightToc` runs as an inline script in the head (Head.astro inlines its source), so it
 * is in place before Starlight's module defines the elements, whatever the network does: it
 * wraps `customElements.define` for those two names only, and each element built replaces its
 * `init` (which Starlight's constructor schedules for an idle moment) with the lighter one. If
 * Starlight's element changes shape (no `init` or `getRootMargin`), its own init runs.
 * Self-contained on purpose: it is serialised with Function.prototype.toString.
 */
export function installLightToc(): void {
  interface TocElement extends HTMLElement {
    init: () => void;
    current: HTMLAnchorElement;
    getRootMargin(): string;
  }

  const lightInit = (toc: TocElement) => {
    // Marks that this init ran (a test checks it, so a Starlight update that bypasses it shows).
    toc.dataset.tocLight = 'true';
    const links = [...toc.querySelectorAll('a')];
    const minH = Number.parseInt(toc.dataset.minH ?? '2', 10);
    const maxH = Number.parseInt(toc.dataset.maxH ?? '3', 10);
    const isTocHeading = (el: Element) => {
      const level = /^H([1-6])$/.exec(el.tagName)?.[1];
      return level !== undefined && el.id !== '' && Number(level) >= minH && Number(level) <= maxH;
    };
    const top = document.getElementById('_top');
    const content = document.querySelector('main .sl-markdown-content');
    // Each watched element and the heading whose section it belongs to.
    const sectionOf = new Map<Element, Element>();
    if (top) sectionOf.set(top, top);
    let heading: Element | null = top;
    for (const block of content ? Array.from(content.children) : []) {
      const own = isTocHeading(block) ? block : Array.from(block.children).find(isTocHeading);
      if (own) heading = own;
      if (heading) sectionOf.set(own ?? block, heading);
    }
    const setCurrent = (entries: IntersectionObserverEntry[]) => {
      for (const { isIntersecting, target } of entries) {
        if (!isIntersecting) continue;
        const section = sectionOf.get(target);
        const link = section && links.find((a) => a.hash === `#${encodeURIComponent(section.id)}`);
        if (link) {
          toc.current = link;
          break;
        }
      }
    };
    let observer: IntersectionObserver | undefined;
    const observe = () => {
      if (observer) return;
      observer = new IntersectionObserver(setCurrent, { rootMargin: toc.getRootMargin() });
      for (const el of sectionOf.keys()) observer.observe(el);
    };
    observe();
    let timeout: ReturnType<typeof setTimeout> | undefined;
    window.addEventListener('resize', () => {
      observer?.disconnect();
      observer = undefined;
      clearTimeout(timeout);
      timeout = setTimeout(observe, 200);
    });
  };

  const registry = window.customElements;
  const define = registry.define.bind(registry);
  registry.define = (name: string, ctor: CustomElementConstructor, options?: ElementDefinitionOptions) => {
    if (name !== 'starlight-toc' && name !== 'mobile-starlight-toc') return define(name, ctor, options);
    const Base = ctor as unknown as new () => TocElement;
    class Lighter extends Base {
      constructor() {
        super();
        if (typeof this.init === 'function' && typeof this.getRootMargin === 'function') {
          this.init = () => lightInit(this);
        }
      }
    }
    return define(name, Lighter as unknown as CustomElementConstructor, options);
  };
}
