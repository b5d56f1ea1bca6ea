/**
 * Display equations scroll sideways when they are wider than the column (see custom.css), and a
 * scrollable region must be reachable from the keyboard (WCAG 2.1.1; axe rule
 * scrollable-region-focusable). This gives each KaTeX display block tabindex="0".
 */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

function hasClass(node: HastNode, name: string): boolean {
  const cls = node.properties?.className;
  return Array.isArray(cls) ? cls.includes(name) : typeof cls === 'string' && cls.split(' ').includes(name);
}

export function rehypeFocusableMath() {
  const visit = (node: HastNode) => {
    if (node.type === 'element' && hasClass(node, 'katex-display') && node.properties) {
      node.properties.tabIndex = 0;
    }
    for (const child of node.children ?? []) visit(child);
  };
  return (tree: HastNode) => visit(tree);
}
