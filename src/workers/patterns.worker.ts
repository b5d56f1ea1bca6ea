/// <reference lib="webworker" />
/**
 * Runs the pattern generators off the main thread. A request names the pattern and its options
 * and may carry a spent ArrayBuffer to reuse (transferred back by the page after drawing), so a
 * demo redrawing repeatedly does not allocate a new buffer per frame. The pixels go back as a
 * transferred ArrayBuffer, never copied.
 */
import type { Channels, PatternResult, PixelMap } from '../lib/index.ts';
import { checkerboard, gradient, randomNoise, smoothNoise } from '../lib/index.ts';
import type { PatternRequest, PatternResponse } from './patterns-protocol.ts';

function run(req: PatternRequest, out: PixelMap | undefined): PatternResult {
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

self.onmessage = (event: MessageEvent<PatternRequest>) => {
  const req = event.data;
  try {
    const bytes = req.width * req.height * req.channels;
    const out =
      req.reuse && req.reuse.byteLength === bytes
        ? {
            width: req.width,
            height: req.height,
            channels: req.channels as Channels,
            data: new Uint8ClampedArray(req.reuse),
          }
        : undefined;
    const start = performance.now();
    const { map, tally } = run(req, out);
    const milliseconds = performance.now() - start;
    const buffer = map.data.buffer as ArrayBuffer;
    const response: PatternResponse = { id: req.id, ok: true, buffer, tally, milliseconds, req };
    (self as unknown as Worker).postMessage(response, [buffer]);
  } catch (error) {
    const response: PatternResponse = { id: req.id, ok: false, message: (error as Error).message, req };
    (self as unknown as Worker).postMessage(response);
  }
};
