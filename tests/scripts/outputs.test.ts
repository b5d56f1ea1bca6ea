/**
 * Byte-exact snapshots of the reference outputs. The 64² PNGs are committed beside this file
 * (small enough to look at); the 1024² defaults of `npm run demos` are pinned by SHA-256 of the
 * PNG bytes and of the raw pixels. To accept an intended change: UPDATE_SNAPSHOTS=1 npm run test:unit.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { patternJobs } from '../../scripts/patterns.ts';
import { encodePng } from '../../src/build/png.ts';

const dir = join(import.meta.dirname, '__snapshots__');
const update = process.env.UPDATE_SNAPSHOTS === '1';
const sha = (b: Uint8Array | Uint8ClampedArray) =>
  createHash('sha256')
    .update(b as Uint8Array)
    .digest('hex');

describe('reference outputs (seed 1)', () => {
  for (const job of patternJobs(64, 1)) {
    it(`${job.file} at 64×64 is byte-identical to the committed PNG`, () => {
      const png = encodePng(job.run().map);
      const path = join(dir, job.file.replace('.png', '_64.png'));
      if (update || !existsSync(path)) {
        if (!update) throw new Error(`missing snapshot ${path}; run UPDATE_SNAPSHOTS=1 npm run test:unit`);
        writeFileSync(path, png);
      }
      expect(Buffer.compare(png, readFileSync(path))).toBe(0);
    });
  }

  it('the four 1024×1024 defaults of `npm run demos` match their pinned SHA-256 digests', () => {
    const path = join(dir, 'outputs-1024.json');
    const actual: Record<string, { png: string; pixels: string }> = {};
    for (const job of patternJobs(1024, 1)) {
      const { map } = job.run();
      actual[job.file] = { png: sha(encodePng(map)), pixels: sha(map.data) };
    }
    if (update) writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });

  it('the same job run twice gives the same bytes', () => {
    const [first] = patternJobs(128, 99);
    expect(sha(first.run().map.data)).toBe(sha(first.run().map.data));
  });
});
