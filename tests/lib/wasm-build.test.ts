import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedModule, WASM_SOURCES } from '../../scripts/wasm.ts';

describe('generated WebAssembly modules', () => {
  it.each(WASM_SOURCES.map((s) => [s.out, s]))(
    '%s is what `npm run build:wasm` makes of its .wat',
    async (_, source) => {
      // Stale bytes would run code that the reviewed .wat no longer says.
      expect(readFileSync(new URL(`../../${source.out}`, import.meta.url), 'utf8')).toBe(await generatedModule(source));
    },
  );
});
