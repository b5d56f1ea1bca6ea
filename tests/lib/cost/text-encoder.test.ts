import { describe, expect, it } from 'vitest';
import { countTextEncoder, TEXT_ENCODER_IDS, TEXT_ENCODERS } from '../../../src/lib/cost/text-encoder.ts';

describe('countTextEncoder', () => {
  it('CLIP-L + OpenCLIP-bigG (the SDXL pair) hold about 0.8 B parameters (817 M in the text encoders: SDXL paper, arXiv 2307.01952)', () => {
    const params =
      countTextEncoder(TEXT_ENCODERS['clip-l'], 77).params +
      countTextEncoder(TEXT_ENCODERS['openclip-bigg'], 77).params;
    expect(Math.abs(params / 0.8e9 - 1)).toBeLessThan(0.05);
  });

  it('countTextEncoder(t5-xxl): linear part grows linearly, attention quadratically in tokens', () => {
    const t = TEXT_ENCODERS['t5-xxl'];
    const a = countTextEncoder(t, 128);
    const b = countTextEncoder(t, 256);
    expect(b.attentionMacs).toBe(4 * a.attentionMacs);
    expect(b.macs - b.attentionMacs).toBe(2 * (a.macs - a.attentionMacs));
  });

  it('countTextEncoder(t5-xxl): gated-GELU feed-forward costs 3·d·d_ff per token per layer', () => {
    const t = TEXT_ENCODERS['t5-xxl'];
    const c = countTextEncoder(t, 1);
    const perLayer = 4 * t.width * t.attentionWidth + 3 * t.width * t.feedForwardWidth + 2 * t.attentionWidth;
    expect(c.macs).toBe(t.layers * perLayer);
  });

  it('every id in TEXT_ENCODER_IDS has a config with a source URL', () => {
    for (const id of TEXT_ENCODER_IDS) {
      expect(TEXT_ENCODERS[id].id).toBe(id);
      expect(TEXT_ENCODERS[id].configUrl).toMatch(/^https:\/\//);
    }
  });
});
