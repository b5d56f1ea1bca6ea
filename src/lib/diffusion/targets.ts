/**
 * The built-in target images, drawn procedurally from a few shapes each (no image files), so
 * they render at any size. Each has its own palette so that targets differ in colour as well
 * as in shape, and a blend of several is visibly not any one of them.
 * Coordinates: fractions of the side, y down (see shapes.ts).
 */
import type { Rgb, Shape } from './shapes.ts';

export const TARGET_IDS = [
  'face',
  'house',
  'tree',
  'letter-a',
  'cat',
  'sunset',
  'boat',
  'heart',
  'flower',
  'fish',
] as const;
export type TargetId = (typeof TARGET_IDS)[number];

export interface TargetScene {
  name: string;
  shapes: readonly Shape[];
}

const BLACK: Rgb = [0.06, 0.06, 0.08];
const WHITE: Rgb = [1, 1, 1];

function circle(cx: number, cy: number, r: number, color: Rgb): Shape {
  return { kind: 'ellipse', cx, cy, rx: r, ry: r, color };
}

function petals(cx: number, cy: number, ring: number, r: number, count: number, color: Rgb): Shape[] {
  const out: Shape[] = [];
  for (let k = 0; k < count; k++) {
    const a = (2 * Math.PI * k) / count - Math.PI / 2;
    out.push(circle(cx + ring * Math.cos(a), cy + ring * Math.sin(a), r, color));
  }
  return out;
}

export const TARGET_SCENES: Readonly<Record<TargetId, TargetScene>> = {
  face: {
    name: 'Smiling face',
    shapes: [
      { kind: 'fill', color: [0.55, 0.8, 0.97] },
      circle(0.5, 0.5, 0.4, [1, 0.84, 0.15]),
      { kind: 'ellipse', cx: 0.36, cy: 0.4, rx: 0.055, ry: 0.08, color: BLACK },
      { kind: 'ellipse', cx: 0.64, cy: 0.4, rx: 0.055, ry: 0.08, color: BLACK },
      { kind: 'arc', cx: 0.5, cy: 0.5, r: 0.22, width: 0.06, from: 0.35, to: Math.PI - 0.35, color: [0.8, 0.1, 0.1] },
    ],
  },
  house: {
    name: 'House',
    shapes: [
      { kind: 'fill', color: [0.62, 0.86, 1] },
      { kind: 'rect', x0: 0, y0: 0.8, x1: 1, y1: 1, color: [0.3, 0.68, 0.22] },
      { kind: 'rect', x0: 0.64, y0: 0.2, x1: 0.72, y1: 0.4, color: [0.45, 0.12, 0.08] },
      { kind: 'rect', x0: 0.24, y0: 0.46, x1: 0.76, y1: 0.84, color: [0.93, 0.84, 0.66] },
      { kind: 'polygon', points: [0.16, 0.48, 0.5, 0.16, 0.84, 0.48], color: [0.78, 0.16, 0.1] },
      { kind: 'rect', x0: 0.44, y0: 0.62, x1: 0.56, y1: 0.84, color: [0.42, 0.24, 0.1] },
      { kind: 'rect', x0: 0.29, y0: 0.54, x1: 0.39, y1: 0.64, color: [1, 0.93, 0.4] },
      { kind: 'rect', x0: 0.61, y0: 0.54, x1: 0.71, y1: 0.64, color: [1, 0.93, 0.4] },
    ],
  },
  tree: {
    name: 'Tree',
    shapes: [
      { kind: 'fill', color: [0.96, 0.95, 0.84] },
      { kind: 'rect', x0: 0, y0: 0.86, x1: 1, y1: 1, color: [0.6, 0.78, 0.3] },
      { kind: 'rect', x0: 0.44, y0: 0.48, x1: 0.56, y1: 0.9, color: [0.45, 0.27, 0.1] },
      circle(0.5, 0.32, 0.24, [0.08, 0.5, 0.14]),
      circle(0.31, 0.46, 0.16, [0.08, 0.5, 0.14]),
      circle(0.69, 0.46, 0.16, [0.08, 0.5, 0.14]),
      circle(0.4, 0.28, 0.035, [0.9, 0.1, 0.1]),
      circle(0.62, 0.4, 0.035, [0.9, 0.1, 0.1]),
      circle(0.3, 0.5, 0.035, [0.9, 0.1, 0.1]),
    ],
  },
  'letter-a': {
    name: 'Letter A',
    shapes: [
      { kind: 'fill', color: [0.97, 0.97, 0.97] },
      { kind: 'segment', x0: 0.22, y0: 0.86, x1: 0.5, y1: 0.14, width: 0.13, color: [0.1, 0.16, 0.58] },
      { kind: 'segment', x0: 0.5, y0: 0.14, x1: 0.78, y1: 0.86, width: 0.13, color: [0.1, 0.16, 0.58] },
      { kind: 'segment', x0: 0.34, y0: 0.6, x1: 0.66, y1: 0.6, width: 0.1, color: [0.1, 0.16, 0.58] },
    ],
  },
  cat: {
    name: 'Cat silhouette',
    shapes: [
      { kind: 'fill', color: [0.58, 0.42, 0.78] },
      { kind: 'rect', x0: 0, y0: 0.88, x1: 1, y1: 1, color: [0.3, 0.2, 0.42] },
      { kind: 'segment', x0: 0.68, y0: 0.82, x1: 0.88, y1: 0.52, width: 0.07, color: BLACK },
      { kind: 'ellipse', cx: 0.5, cy: 0.7, rx: 0.23, ry: 0.2, color: BLACK },
      circle(0.5, 0.38, 0.17, BLACK),
      { kind: 'polygon', points: [0.35, 0.34, 0.37, 0.12, 0.48, 0.25], color: BLACK },
      { kind: 'polygon', points: [0.65, 0.34, 0.63, 0.12, 0.52, 0.25], color: BLACK },
      { kind: 'ellipse', cx: 0.43, cy: 0.37, rx: 0.035, ry: 0.05, color: [0.45, 0.95, 0.3] },
      { kind: 'ellipse', cx: 0.57, cy: 0.37, rx: 0.035, ry: 0.05, color: [0.45, 0.95, 0.3] },
    ],
  },
  sunset: {
    name: 'Sunset over the sea',
    shapes: [
      { kind: 'gradient', y0: 0, y1: 0.66, top: [0.95, 0.35, 0.2], bottom: [1, 0.8, 0.45] },
      circle(0.5, 0.62, 0.2, [1, 0.96, 0.35]),
      { kind: 'polygon', points: [0, 0.68, 0, 0.45, 0.14, 0.36, 0.34, 0.68], color: [0.32, 0.16, 0.3] },
      { kind: 'polygon', points: [0.62, 0.68, 0.84, 0.3, 1, 0.44, 1, 0.68], color: [0.32, 0.16, 0.3] },
      { kind: 'rect', x0: 0, y0: 0.66, x1: 1, y1: 1, color: [0.08, 0.22, 0.5] },
      { kind: 'rect', x0: 0.36, y0: 0.72, x1: 0.64, y1: 0.75, color: [1, 0.8, 0.35] },
      { kind: 'rect', x0: 0.42, y0: 0.8, x1: 0.58, y1: 0.83, color: [1, 0.8, 0.35] },
    ],
  },
  boat: {
    name: 'Sailing boat',
    shapes: [
      { kind: 'fill', color: [0.78, 0.92, 1] },
      { kind: 'rect', x0: 0, y0: 0.7, x1: 1, y1: 1, color: [0.02, 0.4, 0.55] },
      { kind: 'polygon', points: [0.16, 0.62, 0.84, 0.62, 0.7, 0.8, 0.3, 0.8], color: [0.55, 0.2, 0.08] },
      { kind: 'segment', x0: 0.5, y0: 0.63, x1: 0.5, y1: 0.12, width: 0.03, color: [0.25, 0.15, 0.08] },
      { kind: 'polygon', points: [0.53, 0.14, 0.53, 0.58, 0.82, 0.58], color: WHITE },
      { kind: 'polygon', points: [0.47, 0.2, 0.47, 0.58, 0.24, 0.58], color: [0.98, 0.85, 0.3] },
    ],
  },
  heart: {
    name: 'Heart',
    shapes: [
      { kind: 'fill', color: [1, 0.8, 0.86] },
      { kind: 'heart', cx: 0.5, cy: 0.53, size: 0.34, color: [0.86, 0.04, 0.2] },
    ],
  },
  flower: {
    name: 'Flower',
    shapes: [
      { kind: 'fill', color: [0.82, 0.95, 0.7] },
      { kind: 'segment', x0: 0.5, y0: 0.45, x1: 0.5, y1: 0.98, width: 0.05, color: [0.12, 0.45, 0.1] },
      { kind: 'ellipse', cx: 0.62, cy: 0.76, rx: 0.11, ry: 0.045, color: [0.12, 0.45, 0.1] },
      ...petals(0.5, 0.36, 0.17, 0.11, 6, [0.86, 0.18, 0.7]),
      circle(0.5, 0.36, 0.1, [1, 0.78, 0.05]),
    ],
  },
  fish: {
    name: 'Fish',
    shapes: [
      { kind: 'fill', color: [0.1, 0.3, 0.72] },
      { kind: 'polygon', points: [0.64, 0.5, 0.9, 0.3, 0.9, 0.7], color: [1, 0.5, 0.08] },
      { kind: 'ellipse', cx: 0.44, cy: 0.5, rx: 0.3, ry: 0.17, color: [1, 0.5, 0.08] },
      { kind: 'ellipse', cx: 0.5, cy: 0.5, rx: 0.035, ry: 0.155, color: WHITE },
      circle(0.28, 0.45, 0.045, WHITE),
      circle(0.27, 0.45, 0.022, BLACK),
      circle(0.2, 0.22, 0.03, [0.75, 0.9, 1]),
      circle(0.14, 0.12, 0.02, [0.75, 0.9, 1]),
    ],
  },
};
