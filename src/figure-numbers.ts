/**
 * Numbered figures: each figure and demo puts an empty placeholder link in its caption,
 * `<a class="figure-number" data-figure-number href="#its-id"></a>` (see `figureNumberHtml`),
 * and `numberFigures` fills them, in the order they appear on the page, with "Figure 5.1",
 * "Figure 5.2", …: a label a lecturer can quote that is also the figure's permalink. The anchor
 * itself is the figure's id, which never changes when figures are added before it. Pages that are
 * not chapters (the embeds) get no numbers, and their placeholders are removed.
 *
 * It runs on the finished HTML of every page (src/middleware.ts), because figures come from many
 * components, and only the whole page knows their order.
 */

/** The placeholder as Astro writes it (`data-figure-number`) and as Preact's SSR does (`="true"`). */
const PLACEHOLDER = /<a class="figure-number" data-figure-number(?:="(?:true)?")? href="#([^"]+)"><\/a>/g;

/** The placeholder a figure's caption carries (Astro: `<Fragment set:html={…} />`). */
export function figureNumberHtml(id: string): string {
  return `<a class="figure-number" data-figure-number href="#${id}"></a>`;
}

/** Fills the figure-number placeholders of a chapter page; `chapter` undefined removes them. */
export function numberFigures(html: string, chapter: number | undefined): string {
  let n = 0;
  return html.replace(PLACEHOLDER, (_match, id: string) => {
    if (chapter === undefined) return '';
    n++;
    const label = `Figure ${chapter}.${n}`;
    return `<a class="figure-number" href="#${id}" data-figure="${chapter}.${n}" aria-label="${label}, permalink">${label}</a>`;
  });
}

/**
 * Code blocks scroll sideways when a line is long: a keyboard user must be able to reach them,
 * and a screen reader names each one ("Code 2, python"), so that the scroll regions on a page are
 * told apart (axe: landmark-unique).
 */
export function focusableCode(html: string): string {
  let n = 0;
  return html.replace(/<pre data-language="([^"]*)">/g, (_m, lang: string) => {
    n++;
    return `<pre data-language="${lang}" tabindex="0" role="region" aria-label="Code ${n}, ${lang}">`;
  });
}
