/**
 * The chart's series colours (src/styles/cost.css) pass WCAG AA contrast, 4.5:1, against the
 * backgrounds they are drawn on in both Starlight themes: the demo panel (--sl-color-black) and
 * the grey panels (--sl-color-gray-6).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../../src/styles/cost.css', import.meta.url), 'utf8');

function block(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  const body = css.slice(start, css.indexOf('}', start));
  const out: Record<string, string> = {};
  for (const m of body.matchAll(/(--cost-series-[\w-]+):\s*(#[0-9a-f]{6})/gi)) out[m[1]] = m[2];
  return out;
}

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return [f(0), f(8), f(4)].map((v) => Math.round(v * 255)) as [number, number, number];
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function luminance([r, g, b]: [number, number, number]): number {
  const c = [r, g, b].map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

function contrast(a: [number, number, number], b: [number, number, number]): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

// Starlight 0.42 props.css: dark black hsl(224 10% 10%), gray-6 hsl(224 14% 16%);
// light black hsl(0 0% 100%), gray-6 hsl(224 20% 94%), gray-7 hsl(224 19% 97%).
const BACKGROUNDS = {
  dark: [hslToRgb(224, 0.1, 0.1), hslToRgb(224, 0.14, 0.16)],
  light: [hslToRgb(0, 0, 1), hslToRgb(224, 0.2, 0.94), hslToRgb(224, 0.19, 0.97)],
};

describe('cost chart palette', () => {
  const themes = { dark: block(':root'), light: block(':root[data-theme="light"]') };

  it('defines the same nine colours for both themes (seven profiles, the FLOPs line, your device)', () => {
    expect(Object.keys(themes.dark)).toHaveLength(9);
    expect(themes.dark).toHaveProperty('--cost-series-device');
    expect(Object.keys(themes.light).sort()).toEqual(Object.keys(themes.dark).sort());
  });

  for (const theme of ['dark', 'light'] as const) {
    it(`every ${theme} series colour has ≥ 4.5:1 contrast on the ${theme} backgrounds`, () => {
      for (const [name, hex] of Object.entries(themes[theme])) {
        for (const bg of BACKGROUNDS[theme]) {
          expect(contrast(hexToRgb(hex), bg), `${theme} ${name} ${hex}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    });
  }
});
