/**
 * `npm run demos`: regenerates the reference images in output/.
 *   --size N     width and height (default 1024, 1…4096)
 *   --seed N     seed for the random patterns (default 1)
 *   --out DIR    output folder (default output)
 * Same flags, byte-identical files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { encodePng } from '../src/build/png.ts';
import { checkInteger } from '../src/lib/validate.ts';
import { writeIterationDemo } from './iteration-demo.ts';
import { patternJobs } from './patterns.ts';
import { formatCount, printTable } from './table.ts';

function main(): void {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '1024' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', default: 'output' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log('usage: npm run demos -- [--size N] [--seed N] [--out DIR]');
    return;
  }
  const size = checkInteger('--size', Number(values.size), 1, 4096);
  const seed = checkInteger('--seed', Number(values.seed), 0, 0xffffffff);
  const outDir = resolve(values.out);
  mkdirSync(outDir, { recursive: true });

  const rows: string[][] = [];
  for (const { file, run } of patternJobs(size, seed)) {
    const start = performance.now();
    const { map, tally } = run();
    const ms = performance.now() - start;
    const png = encodePng(map);
    writeFileSync(join(outDir, file), png);
    rows.push([
      file,
      ms.toFixed(2),
      formatCount(tally.intOps),
      formatCount(tally.flops),
      formatCount(tally.bytesWritten),
      formatCount(png.length),
    ]);
  }
  console.log(`Patterns at ${size}×${size}×3, seed ${seed} → ${outDir}`);
  printTable(['file', 'ms', 'int ops', 'FLOPs', 'bytes written', 'PNG bytes'], rows);
  writeIterationDemo(join(outDir, 'iteration_demo'), seed);
}

try {
  main();
} catch (error) {
  console.error(`npm run demos: ${(error as Error).message}`);
  process.exitCode = 1;
}
