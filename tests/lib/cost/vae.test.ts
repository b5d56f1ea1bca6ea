import { describe, expect, it } from 'vitest';
import { countVaeDecoder, VAE_CONFIGS, VAE_IDS } from '../../../src/lib/cost/vae.ts';

describe('countVaeDecoder', () => {
  it.each([
    [256, 0.31e12],
    [512, 1.26e12],
    [1024, 5.24e12],
  ])(
    'countVaeDecoder(sd-vae) decoding a %i² image costs %d MACs within 5% (an independent hand count)',
    (side, macs) => {
      const c = countVaeDecoder(VAE_CONFIGS['sd-vae'], side / 8, side / 8);
      expect(Math.abs(c.macs / macs - 1)).toBeLessThan(0.05);
    },
  );

  it('countVaeDecoder(sd-vae) has about 49 M parameters', () => {
    expect(Math.abs(countVaeDecoder(VAE_CONFIGS['sd-vae'], 64, 64).params / 49e6 - 1)).toBeLessThan(0.05);
  });

  it('countVaeDecoder: the mid-block attention makes cost grow faster than the pixel count', () => {
    const small = countVaeDecoder(VAE_CONFIGS['sd-vae'], 64, 64);
    const large = countVaeDecoder(VAE_CONFIGS['sd-vae'], 128, 128);
    expect(large.macs / small.macs).toBeGreaterThan(4);
    expect(large.attentionMacs / small.attentionMacs).toBe(16);
  });

  it('countVaeDecoder(16-channel) differs from sd-vae only by conv_in width and the missing post_quant_conv', () => {
    const four = countVaeDecoder(VAE_CONFIGS['sd-vae'], 128, 128);
    const sixteen = countVaeDecoder(VAE_CONFIGS['flux-vae'], 128, 128);
    const positions = 128 * 128;
    const convIn = positions * 512 * 9 * (16 - 4);
    const postQuant = positions * 4 * 4;
    expect(sixteen.macs - four.macs).toBe(convIn - postQuant);
  });

  it('VAE_CONFIGS has an entry for every id in VAE_IDS', () => {
    for (const id of VAE_IDS) expect(VAE_CONFIGS[id].id).toBe(id);
  });
});
