/**
 * The /constraints/ chapter's figures, every one computed from the engine at build time (no
 * drawn images): served as PNGs by src/pages/figures/constraints/[name].png.ts and laid out by
 * ConstraintFigure.astro. Each panel carries its alt text here, next to the code that makes it,
 * so the description cannot drift from the picture.
 */
import type { PixelMap, TargetId } from '../../lib/index.ts';
import { createDataset, datasetMean, gridOf, renderTarget, TARGET_IDS, toPixelMap } from '../../lib/index.ts';
import { type ChannelStats, channelStats } from './channel-stats.ts';
import { lambertScene, type Vec3 } from './lambert-scene.ts';
import { permutePixels } from './permute-pixels.ts';
import { reorderChannels } from './reorder-channels.ts';
import { shuffleTiles } from './shuffle-tiles.ts';

/** Side of the target images used in the figures (the toy dataset's default). */
export const TARGET_SIZE = 64;
/** The face is cut into TILES × TILES squares for the shuffled version. */
export const TILES = 4;
export const SHUFFLE_SEED = 7;
export const PERMUTE_SEED = 11;
/** Light from the upper left, in front of the sphere. */
export const LIGHT: Vec3 = [-0.6, 0.55, 0.58];
export const SCENE_SIZE = 96;

export interface Panel {
  /** File stem under /figures/constraints/. */
  name: string;
  /** Short label shown under the image. */
  label: string;
  alt: string;
  make: () => PixelMap;
}

export interface FigureSpec {
  id: string;
  panels: Panel[];
  /** Display scale (CSS pixels per image pixel). */
  scale: number;
}

function face(): Float32Array {
  return renderTarget({ id: 'face', width: TARGET_SIZE });
}

function target(id: TargetId): Float32Array {
  return renderTarget({ id: id, width: TARGET_SIZE });
}

function bytes(image: Float32Array, size = TARGET_SIZE): PixelMap {
  return toPixelMap(image, { width: size, height: size });
}

/** The three spatial panels as byte images: the face, its shuffled tiles, its permuted pixels. */
export function spatialImages(): { face: PixelMap; tiles: PixelMap; pixels: PixelMap } {
  const original = bytes(face());
  const shape = { width: TARGET_SIZE, height: TARGET_SIZE, channels: 3 as const };
  return {
    face: original,
    tiles: {
      ...shape,
      data: shuffleTiles(original.data, { size: TARGET_SIZE, tiles: TILES, seed: SHUFFLE_SEED }),
    },
    pixels: { ...shape, data: permutePixels(original.data, TARGET_SIZE * TARGET_SIZE, 3, PERMUTE_SEED) },
  };
}

/** Per-channel mean and standard deviation (byte units, 0 … 255) of the three spatial panels. */
export function spatialStats(): Array<{ label: string; stats: ChannelStats }> {
  const im = spatialImages();
  return [
    { label: 'Face', stats: channelStats(im.face.data, 3) },
    { label: 'Tiles shuffled', stats: channelStats(im.tiles.data, 3) },
    { label: 'Pixels shuffled', stats: channelStats(im.pixels.data, 3) },
  ];
}

const sceneMirrored: Vec3 = [-LIGHT[0], LIGHT[1], LIGHT[2]];

/** Every figure of the chapter, by its element id. */
export const CONSTRAINT_FIGURES: Record<'spatial' | 'photometric' | 'semantic' | 'textual', FigureSpec> = {
  spatial: {
    id: 'fig-spatial',
    scale: 2.5,
    panels: [
      {
        name: 'spatial-face',
        label: 'The face',
        alt: 'A yellow smiling face on a light-blue background: two black eyes above a red smile.',
        make: () => spatialImages().face,
      },
      {
        name: 'spatial-tiles',
        label: `Its ${TILES * TILES} tiles, shuffled`,
        alt: `The same face cut into a ${TILES} by ${TILES} grid of squares and reassembled in a random order: pieces of yellow, blue, black eye and red smile in the wrong places.`,
        make: () => spatialImages().tiles,
      },
      {
        name: 'spatial-pixels',
        label: 'Its pixels, shuffled',
        alt: 'The same pixels of the face moved to random positions: a speckle of yellow, light blue, black and red with no shape at all.',
        make: () => spatialImages().pixels,
      },
    ],
  },
  photometric: {
    id: 'fig-photometric',
    scale: 2,
    panels: [
      {
        name: 'photometric-consistent',
        label: 'Light from the upper left',
        alt: 'An orange ball lit from the upper left: bright on its left side, dark on its right, with its shadow on the floor falling to the right.',
        make: () => bytes(lambertScene({ size: SCENE_SIZE, light: LIGHT }), SCENE_SIZE),
      },
      {
        name: 'photometric-contradictory',
        label: 'Shading and shadow disagree',
        alt: 'The same ball shaded as if lit from the upper right, bright on its right side, while its shadow still falls to the right: the shading and the shadow contradict each other.',
        make: () => bytes(lambertScene({ size: SCENE_SIZE, light: sceneMirrored, shadowLight: LIGHT }), SCENE_SIZE),
      },
    ],
  },
  semantic: {
    id: 'fig-semantic',
    scale: 2,
    panels: [
      {
        name: 'semantic-targets',
        label: 'Ten images of things',
        alt: 'Ten small pictures in two rows: a smiling face, a house, a tree, the letter A, a cat silhouette, a sunset over the sea, a sailing boat, a heart, a flower and a fish.',
        make: () => {
          const all = createDataset({ targets: 'all', width: TARGET_SIZE });
          return gridOf(
            all.images.map((im) => bytes(im)),
            { columns: TARGET_IDS.length / 2 },
          );
        },
      },
      {
        name: 'semantic-mean',
        label: 'Their pixel-wise average',
        alt: 'The average of the ten pictures: a blurred, greyish-brown blend of faint overlapping outlines in which no object can be made out.',
        make: () => {
          const all = createDataset({ targets: 'all', width: TARGET_SIZE });
          return bytes(datasetMean(all));
        },
      },
    ],
  },
  textual: {
    id: 'fig-textual',
    scale: 2,
    panels: [
      {
        name: 'textual-heart',
        label: 'Matches',
        alt: 'A red heart on a pink background.',
        make: () => bytes(target('heart')),
      },
      {
        name: 'textual-heart-blue',
        label: 'Right object, wrong colour',
        alt: 'The same heart with its red and blue channels swapped: a blue-violet heart on a lavender background.',
        make: () => bytes(reorderChannels(target('heart'), [2, 1, 0])),
      },
      {
        name: 'textual-fish',
        label: 'Right colour family, wrong object',
        alt: 'An orange fish on a dark-blue background.',
        make: () => bytes(target('fish')),
      },
    ],
  },
};

/** Every panel's PNG maker by file stem. */
export function constraintPanels(): Record<string, () => PixelMap> {
  const out: Record<string, () => PixelMap> = {};
  for (const spec of Object.values(CONSTRAINT_FIGURES)) {
    for (const panel of spec.panels) out[panel.name] = panel.make;
  }
  return out;
}
