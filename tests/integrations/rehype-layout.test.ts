import { describe, expect, it } from 'vitest';
import { rehypeLayout } from '../../src/integrations/rehype-layout.ts';
import { keepTogether } from '../../src/keep-together.ts';

type Node = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Node[] };
const t = (value: string): Node => ({ type: 'text', value });
const e = (tagName: string, children: Node[], properties: Record<string, unknown> = {}): Node => ({
  type: 'element',
  tagName,
  properties,
  children,
});

function run(tree: Node, path = 'src/content/docs/diffusion.mdx'): Node {
  rehypeLayout()(tree as never, { path });
  return tree;
}

describe('rehypeLayout', () => {
  it('keeps "1024 × 1024" on one line in prose, also between inline numbers, but not in code or math', () => {
    const tree = run(
      e('root', [
        e('p', [t('at 1024 × 1024 pixels, or '), e('span', [t('64')]), t(' × '), e('span', [t('64')])]),
        e('p', [e('code', [t('512 × 512')])]),
        e('span', [t('3 × 4')], { className: ['katex'] }),
      ]),
    );
    const [prose, code, math] = tree.children ?? [];
    expect(prose.children?.[0].value).toBe('at 1024\u00a0×\u00a01024 pixels, or ');
    expect(prose.children?.[2].value).toBe('\u00a0×\u00a0');
    expect(code.children?.[0].children?.[0].value).toBe('512 × 512');
    expect(math.children?.[0].value).toBe('3 × 4');
  });

  it('keeps a number with its unit, in prose as in the exercises (one rule, keep-together.ts)', () => {
    const [p] = run(e('root', [e('p', [t('one call costs 281 TFLOP at 1024 × 1024')])])).children ?? [];
    expect(p.children?.[0].value).toBe('one call costs 281\u00a0TFLOP at 1024\u00a0×\u00a01024');
    expect(keepTogether('one call costs 281 TFLOP at 1024 × 1024')).toBe(p.children?.[0].value);
  });

  it('wraps a table in a named, focusable scroll region and numbers display equations per chapter', () => {
    const table = e('table', [e('thead', [e('tr', [e('th', [t('Model')]), e('th', [t('FLOP')])])])]);
    const equation = e('span', [t('x')], { className: ['katex-display'] });
    const tree = run(e('root', [table, equation]));
    const [region, numbered] = tree.children ?? [];
    expect(region.properties).toMatchObject({
      className: ['table-scroll'],
      tabIndex: 0,
      role: 'region',
      ariaLabel: 'Table: Model, FLOP',
    });
    expect(numbered.properties).toMatchObject({ className: ['equation'], id: 'eq-5-1' });
    expect(numbered.children?.[1].children?.[0].value).toBe('(5.1)');
  });

  it('marks a table of sentences to stack as cards on phones, each cell labelled with its heading; not a table of numbers', () => {
    const row = (cells: string[], tag = 'td') =>
      e(
        'tr',
        cells.map((c) => e(tag, [t(c)])),
      );
    const long = 'a sentence long enough to read as prose in a cell';
    const prose = e('table', [e('thead', [row(['Claim', 'Source'], 'th')]), e('tbody', [row([long, long])])]);
    const numbers = e('table', [e('thead', [row(['Model', 'FLOP'], 'th')]), e('tbody', [row(['SDXL', '6.8 T'])])]);
    const [a, b] = run(e('root', [prose, numbers])).children ?? [];
    expect(a.properties?.className).toEqual(['table-scroll', 'table-scroll--cards']);
    expect(a.children?.[0].children?.[1].children?.[0].children?.[1].properties).toMatchObject({ dataLabel: 'Source' });
    expect(b.properties?.className).toEqual(['table-scroll']);
  });
});
