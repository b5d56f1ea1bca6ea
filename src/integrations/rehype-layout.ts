/**
 * Markdown tables and display equations, ready for the wide column and for citation:
 *
 * - every table is wrapped in a scroll region (`.table-scroll`, tabindex 0, role region, named
 *   after its column headers), so a table wider than the screen scrolls inside a box a keyboard
 *   user can reach and a screen reader announces (axe: scrollable-region-focusable);
 * - every display equation is numbered per chapter, "(5.1)", "(5.2)", …, with the anchor
 *   `#eq-5-1` and a visible permalink on its number.
 *
 * The chapter number comes from the content file's place in the chapter map (src/sidebar.ts).
 */
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

/** The first row's header cells, as a name for the table's scroll region. */
function tableLabel(table: HastNode): string {
  const find = (node: HastNode): HastNode | undefined =>
    node.tagName === 'tr' ? node : (node.children ?? []).map(find).find(Boolean);
  const row = find(table);
  const headers = (row?.children ?? []).filter((c) => c.tagName === 'th').map((c) => text(c).trim());
  return headers.length ? `Table: ${headers.filter(Boolean).join(', ')}` : 'Table';
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
          children[i] = el('div', { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: label }, [
            child,
          ]);
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
  };
}
