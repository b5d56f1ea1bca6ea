/** PNG encoding for PixelMaps through pngjs (Node only, for build-time figures and `npm run demos`; the browser uses canvas.toBlob). */
import { PNG } from 'pngjs';
import type { PixelMap } from '../lib/index.ts';

const COLOR_TYPE = { 1: 0, 3: 2, 4: 6 } as const;

/** Encodes a PixelMap as PNG bytes. Deterministic: the same map gives the same bytes. */
export function encodePng(map: PixelMap): Buffer {
  const png = new PNG({ width: map.width, height: map.height, colorType: COLOR_TYPE[map.channels] });
  png.data = Buffer.from(map.data.buffer, map.data.byteOffset, map.data.byteLength);
  return PNG.sync.write(png, {
    colorType: COLOR_TYPE[map.channels],
    inputColorType: COLOR_TYPE[map.channels],
    inputHasAlpha: map.channels === 4,
    deflateLevel: 6,
  });
}
