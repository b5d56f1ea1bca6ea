/// <reference lib="webworker" />
/**
 * Runs the pattern generators off the main thread. A request names the pattern and its options
 * and may carry a spent ArrayBuffer to reuse (transferred back by the page after drawing), so a
 * demo redrawing repeatedly does not allocate a new buffer per frame. The pixels go back as a
 * transferred ArrayBuffer, never copied. With `output: 'rgba'` the worker keeps the pattern's
 * own bytes (reused for the next request of the same shape) and returns the picture as RGBA,
 * so that the page's only work is copying it into a canvas.
 */
import type { Channels, PatternResult, PixelMap } from '../lib/index.ts';
import { checkerboard, gradient, randomNoise, smoothNoise, toRGBA } from '../lib/index.ts';
import type { PatternJob, PatternProgress, PatternResponse } from './patterns-protocol.ts';
import { serve } from './protocol.ts';

function run(req: PatternJob, out: PixelMap | undefined): PatternResult {
  const shape = { width: req.width, height: req.height, channels: req.channels as Channels, out };
  switch (req.pattern) {
    case 'random':
      return randomNoise({ ...shape, seed: req.seed });
    case 'smooth':
      return smoothNoise({ ...shape, seed: req.seed, sigma: req.sigma });
    case 'gradient':
      return gradient({ ...shape, angle: req.angle, kind: req.kind });
    case 'checkerboard':
      return checkerboard({ ...shape, cell: req.cell });
  }
}

/** The last pattern made for an RGBA request, written over by the next one of the same shape. */
let kept: PixelMap | undefined;

serve<PatternJob, PatternResponse, PatternProgress>((req) => {
  try {
    const rgba = req.output === 'rgba';
    const bytes = req.width * req.height * req.channels;
    const sameShape = (m: PixelMap | undefined) =>
      m !== undefined && m.width === req.width && m.height === req.height && m.channels === req.channels;
    let out: PixelMap | undefined;
    if (rgba) out = sameShape(kept) ? kept : undefined;
    else if (req.reuse && req.reuse.byteLength === bytes) {
      out = {
        width: req.width,
        height: req.height,
        channels: req.channels as Channels,
        data: new Uint8ClampedArray(req.reuse),
      };
    }
    const start = performance.now();
    const { map, tally } = run(req, out);
    const milliseconds = performance.now() - start;
    let buffer: ArrayBuffer;
    if (rgba) {
      kept = map;
      const rgbaBytes = req.width * req.height * 4;
      const target =
        req.reuse && req.reuse.byteLength === rgbaBytes
          ? new Uint8ClampedArray(req.reuse)
          : new Uint8ClampedArray(rgbaBytes);
      buffer = toRGBA(map, { out: target }).buffer as ArrayBuffer;
    } else buffer = map.data.buffer as ArrayBuffer;
    return { response: { ok: true, buffer, tally, milliseconds, req }, transfer: [buffer] };
  } catch (error) {
    return { response: { ok: false, message: (error as Error).message, req } };
  }
});
