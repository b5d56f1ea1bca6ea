/**
 * The compute-by-method chart's bar colours (Starlight variables chosen per theme in
 * ComputeByMethod.astro) reach 3:1 against the page background in both themes (WCAG 1.4.11,
 * non-text contrast), and the two kinds of bar stay apart (≥ 2:1) even without their hue.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const component = readFileSync(
  new URL('../../../src/components/methods/ComputeByMethod.astro', import.meta.url),
  'utf8',
);
const props = readFileSync(
  new URL('../../../node_modules/@astrojs/starlight/dist/style/props.css', import.meta.url),
  'utf8',
);

type Rgb = [number, number, number];

function hslToRgb(h: number, s: number, l: number): Rgb {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return [f(0), f(8), f(4)].map((v) => Math.round(v * 255)) as Rgb;
}

function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: Rgb, b: Rgb): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

/** Starlight's literal hsl() colours for one theme (the light block overrides the dark one). */
function starlightColours(theme: 'dark' | 'light'): Record<string, Rgb> {
  const split = props.indexOf(":root[data-theme='light']");
  const blocks = theme === 'dark' ? [props.slice(0, split)] : [props.slice(0, split), props.slice(split)];
  const out: Record<string, Rgb> = {};
  for (const block of blocks) {
    for (const m of block.matchAll(/--sl-color-([\w-]+):\s*hsl\((\d+),\s*(\d+)%,\s*(\d+)%\)/g)) {
      out[m[1]] = hslToRgb(Number(m[2]), Number(m[3]) / 100, Number(m[4]) / 100);
    }
  }
  return out;
}

/** The bar variables the component sets, per theme: `--methods-bar-<kind>: var(--sl-color-<name>)`. */
function barVariables(theme: 'dark' | 'light'): Record<string, string> {
  const style = component.slice(component.indexOf('<style>'));
  const lightStart = style.indexOf("[data-theme='light']");
  const dark = style.slice(0, lightStart);
  const light = style.slice(lightStart, style.indexOf('}', lightStart));
  const read = (text: string) =>
    Object.fromEntries(
      [...text.matchAll(/--methods-bar-([\w-]+):\s*var\(--sl-color-([\w-]+)\)/g)].map((m) => [m[1], m[2]]),
    );
  return theme === 'dark' ? read(dark) : { ...read(dark), ...read(light) };
}

describe.each(['dark', 'light'] as const)('compute-by-method bar colours, %s theme', (theme) => {
  const colours = starlightColours(theme);
  const bars = barVariables(theme);
  const background = colours.black;

  it('define a colour for both kinds of bar', () => {
    expect(Object.keys(bars).sort()).toEqual(['few-step', 'many-step']);
    for (const name of Object.values(bars)) expect(colours[name], name).toBeDefined();
  });

  it.each(['few-step', 'many-step'])('%s bars reach 3:1 against the page background', (kind) => {
    expect(contrast(colours[bars[kind]], background)).toBeGreaterThanOrEqual(3);
  });

  it('the two kinds of bar differ by at least 2:1 in luminance', () => {
    expect(contrast(colours[bars['few-step']], colours[bars['many-step']])).toBeGreaterThanOrEqual(2);
  });
});
