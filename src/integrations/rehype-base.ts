/**
 * Rewrites site-absolute links in chapters (`/structure/`, `/pixels/#patterns`) to include the
 * configured base path, so a copy built with BASE=/course/ links within itself. Links that
 * already carry the base, external links and in-page anchors are left alone.
 */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

export function rehypeBase(options: { base: string }) {
  const base = `/${options.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const fix = (value: unknown): unknown =>
    typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith(base)
      ? `${base}${value.slice(1)}`
      : value;
  const visit = (node: HastNode) => {
    if (node.type === 'element' && node.properties) {
      if ('href' in node.properties) node.properties.href = fix(node.properties.href);
      if ('src' in node.properties) node.properties.src = fix(node.properties.src);
    }
    for (const child of node.children ?? []) visit(child);
  };
  return () => (tree: HastNode) => {
    if (base !== '/') visit(tree);
  };
}
