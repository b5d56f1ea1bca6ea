/**
 * Markdown tables and display equations, ready for the wide column and for citation:
 *
 * - every table is wrapped in a scroll region (`.table-scroll`, tabindex 0, role region, named
 *   after its column headers), so a table wider than the screen scrolls inside a box a keyboard
 *   user can reach and a screen reader announces (axe: scrollable-region-focusable); a table of
 *   sentences also reads as stacked cards on a phone (`markProseTable`);
 * - every display equation is numbered per chapter, "(5.1)", "(5.2)", …, with the anchor
 *   `#eq-5-1` and a visible permalink on its number;
 * - "1024 × 1024" in the prose never breaks across two lines.
 *
 * The chapter number comes from the content file's place in the chapter map (src/sidebar.ts).
 */
import { keepTogether } from '../keep-together.ts';
import { chapterNumber } from '../sidebar.ts';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const hasClass = (node: HastNode, name: string): boolean => {
  const cls = node.properties?.className;
  return Array.isArray(cls) ? cls.includes(name) : typeof cls === 'string' && cls.split(' ').includes(name);
};

const text = (node: HastNode): string =>
  node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(text).join('');

const el = (tagName: string, properties: Record<string, unknown>, children: HastNode[]): HastNode => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** The texts of the first row's header cells. */
function headerTexts(table: HastNode): string[] {
  const find = (node: HastNode): HastNode | undefined =>
    node.tagName === 'tr' ? node : (node.children ?? []).map(find).find(Boolean);
  const row = find(table);
  return (row?.children ?? []).filter((c) => c.tagName === 'th').map((c) => text(c).trim());
}

/** The first row's header cells, as a name for the table's scroll region. */
function tableLabel(table: HastNode): string {
  const headers = headerTexts(table);
  return headers.length ? `Table: ${headers.filter(Boolean).join(', ')}` : 'Table';
}

/** Body rows of a table (the rows after the header row). */
function bodyRows(table: HastNode): HastNode[] {
  const rows: HastNode[] = [];
  const find = (node: HastNode) => {
    if (node.tagName === 'tr') rows.push(node);
    else (node.children ?? []).forEach(find);
  };
  find(table);
  return rows.slice(1);
}

/**
 * A table of sentences rather than numbers (its cells average 30 characters or more) reads as a
 * list of cards on a phone: each cell is labelled with its column's heading (`data-label`), and
 * custom.css stacks the cells below 34rem. Returns whether the table was marked so.
 */
function markProseTable(table: HastNode, headers: string[]): boolean {
  const rows = bodyRows(table);
  const cells = rows.flatMap((r) => (r.children ?? []).filter((c) => c.tagName === 'td' || c.tagName === 'th'));
  if (headers.length < 2 || cells.length === 0) return false;
  const mean = cells.reduce((sum, c) => sum + text(c).trim().length, 0) / cells.length;
  if (mean < 30) return false;
  for (const row of rows) {
    (row.children ?? [])
      .filter((c) => c.tagName === 'td' || c.tagName === 'th')
      .forEach((cell, i) => {
        if (headers[i]) cell.properties = { ...cell.properties, dataLabel: headers[i] };
      });
  }
  return true;
}

export function rehypeLayout() {
  return (tree: HastNode, file: { path?: string; history?: string[] }) => {
    const path = file.path ?? file.history?.[0] ?? '';
    const chapter = chapterNumber(path);
    let equations = 0;
    const labels = new Map<string, number>();
    const visit = (node: HastNode) => {
      const children = node.children ?? [];
      for (let i = 0; i < children.length; i++) {
        const child = children[i];
        if (child.type !== 'element') continue;
        if (child.tagName === 'table') {
          let label = tableLabel(child);
          const seen = labels.get(label) ?? 0;
          labels.set(label, seen + 1);
          if (seen > 0) label = `${label} (${seen + 1})`;
          const prose = markProseTable(child, headerTexts(child));
          const className = prose ? ['table-scroll', 'table-scroll--cards'] : ['table-scroll'];
          children[i] = el('div', { className, tabIndex: 0, role: 'region', ariaLabel: label }, [child]);
          continue;
        }
        if (hasClass(child, 'katex-display')) {
          child.properties = { ...child.properties, tabIndex: 0 };
          if (chapter !== undefined) {
            equations++;
            const number = `${chapter}.${equations}`;
            const id = `eq-${chapter}-${equations}`;
            children[i] = el('div', { className: ['equation'], id }, [
              child,
              el(
                'a',
                {
                  className: ['equation__number'],
                  href: `#${id}`,
                  ariaLabel: `Equation ${number}, permalink`,
                },
                [{ type: 'text', value: `(${number})` }],
              ),
            ]);
          }
          continue;
        }
        visit(child);
      }
    };
    visit(tree);
    keepDimensionsTogether(tree);
  };
}

/** Text that a line must not break inside: code, preformatted text and typeset math. */
const KEEP_AS_IS = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp']);

/**
 * "1024 × 1024" and "281 TFLOP" never break across lines (keep-together.ts), nor a × between two
 * inline numbers, `<Fact /> × <Fact />`.
 */
function keepDimensionsTogether(node: HastNode) {
  for (const child of node.children ?? []) {
    if (child.type === 'text' && child.value) {
      child.value = keepTogether(child.value);
      if (child.value === ' × ') child.value = '\u00a0×\u00a0';
    } else if (child.type === 'element' && !KEEP_AS_IS.has(child.tagName ?? '') && !hasClass(child, 'katex')) {
      keepDimensionsTogether(child);
    } else if (child.type !== 'element' && child.children) {
      keepDimensionsTogether(child);
    }
  }
}
