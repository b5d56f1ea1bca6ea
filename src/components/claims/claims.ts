/**
 * Claims that circulate about the cost of image generation, each with a verdict, the corrected
 * figure computed by the engine at build time, and the derivation. The /claims/ chapter renders
 * this list, and a test checks that the page shows exactly these values.
 */
import {
  formatInteger,
  formatPercent,
  formatRatio,
  formatSeconds,
  formatSI,
  forwardCost,
  getHardware,
  imageCost,
  imageEstimate,
  OPS_PER_DRAW,
  randomMapCost,
  realityChecks,
} from '../../lib/index.ts';
import { computeParadox, REFERENCE_RANDOM_MAP } from '../paradox/paradox-model.ts';

export type Verdict =
  | 'Wrong'
  | 'Misleading'
  | 'Correct, with a caveat'
  | 'Plausible, hardware-dependent'
  | 'Unsupported as stated'
  | 'Partly correct';

export interface Claim {
  /** Stable anchor: #claim-<id>. */
  id: string;
  topic: 'Random pixels' | 'Diffusion cost' | 'The ratio' | 'Efficient methods' | 'Code';
  claim: string;
  verdict: Verdict;
  /** The corrected figure, computed by the engine (or, where marked, a sourced measurement). */
  corrected: string;
  derivation: string;
  /** Bibliography keys backing the derivation. */
  cite: string[];
  /** Internal page that explains more. */
  see?: string;
}

/** FLOP counts in the site's one format (src/lib/format.ts): "281 TFLOP", "1.00 PFLOP". */
const flop = (flops: number) => formatSI(flops, { unit: 'FLOP' });

function sdxl(side: number, steps: number, guidance = true) {
  return imageCost({ model: 'sdxl', width: side, height: side, steps, guidance });
}

export function computeClaims(): Claim[] {
  const map = randomMapCost({ width: 1024, height: 1024, channels: 3 });
  const laptop = getHardware('laptop-cpu');
  const h100 = getHardware('h100-sxm');
  const rtx4090 = getHardware('rtx-4090');
  const randomJoules = REFERENCE_RANDOM_MAP.seconds * laptop.boardWatts;

  const sdxl20 = sdxl(1024, 20);
  const sd35 = imageCost({ model: 'sd35-large', width: 1024, height: 1024, steps: 20, guidance: true });
  const flux20 = imageCost({ model: 'flux-dev', width: 1024, height: 1024, steps: 20 });
  const flux1 = imageCost({ model: 'flux-dev', width: 1024, height: 1024, steps: 1 });
  const fluxPerStep = imageCost({ model: 'flux-dev', width: 1024, height: 1024, steps: 2 }).flops - flux1.flops;
  const fluxStepsFor5P = Math.ceil((5e15 - (flux1.flops - fluxPerStep)) / fluxPerStep);

  const h100Sdxl = imageEstimate({
    model: 'sdxl',
    width: 1024,
    height: 1024,
    steps: 20,
    guidance: true,
    hardware: 'h100-sxm',
  });
  const a100Sdxl50 = imageEstimate({
    model: 'sdxl',
    width: 1024,
    height: 1024,
    steps: 50,
    guidance: true,
    hardware: 'a100-sxm',
  });
  const a100Flux = imageEstimate({ model: 'flux-dev', width: 1024, height: 1024, steps: 50, hardware: 'a100-sxm' });
  const r4090 = imageEstimate({
    model: 'sdxl',
    width: 1024,
    height: 1024,
    steps: 20,
    guidance: true,
    hardware: 'rtx-4090',
  });
  const maxq = realityChecks().find((c) => c.id === 'mlperf-sdxl-maxq-energy');
  const impliedRate = 5e15 / 5;

  const ownRatio = 5e15 / 3e6;
  const paradox = computeParadox({
    model: 'sdxl',
    side: 1024,
    steps: 20,
    guidance: true,
    hardware: 'h100-sxm',
    randomSeconds: REFERENCE_RANDOM_MAP.seconds,
  });

  const sd15 = forwardCost({ model: 'sd15', width: 512, height: 512 });
  const sdxlCall = forwardCost({ model: 'sdxl', width: 1024, height: 1024 });
  const fluxCall = forwardCost({ model: 'flux-dev', width: 1024, height: 1024 });
  const ditCall = forwardCost({ model: 'dit-xl-2', width: 256, height: 256 });
  const sd3Call = forwardCost({ model: 'sd3-medium', width: 1024, height: 1024 });
  const share = (c: { attentionMacs: number; macs: number }) => formatPercent(c.attentionMacs / c.macs);

  const turbo = imageCost({ model: 'sdxl-turbo', width: 512, height: 512, steps: 1 });
  const sdxl512x50 = sdxl(512, 50);
  const sdxl512x20 = sdxl(512, 20);
  const sdxl1024x50 = sdxl(1024, 50);
  const turbo3060 = imageEstimate({ model: 'sdxl-turbo', width: 512, height: 512, steps: 1, hardware: 'rtx-3060' });
  const sdTurbo3060 = imageEstimate({ model: 'sd-turbo', width: 512, height: 512, steps: 1, hardware: 'rtx-3060' });
  const turboA100 = realityChecks().find((c) => c.id === 'sdxl-turbo-a100');

  return [
    {
      id: 'random-flops',
      topic: 'Random pixels',
      claim: 'A random 1024 × 1024 pixel map costs "~3 MFLOPs".',
      verdict: 'Misleading',
      corrected: `0 FLOP: ${formatInteger(map.bytes)} random bytes from ${formatSI(map.intOps)} integer operations`,
      derivation: `1024 × 1024 × 3 = ${formatInteger(map.bytes)} bytes; a 32-bit generator draw gives 4 of them, so ${formatInteger(map.draws)} draws of ${OPS_PER_DRAW} integer operations each (xoshiro128**, as this site's engine counts them). "About three million values" is right; "FLOPs" is the wrong unit: no floating-point arithmetic happens.`,
      cite: ['blackman2021xoshiro'],
      see: '/pixels/',
    },
    {
      id: 'random-time',
      topic: 'Random pixels',
      claim: 'Generating it takes "~10 ms" (or "<50 ms").',
      verdict: 'Partly correct',
      corrected: `about ${formatSeconds(REFERENCE_RANDOM_MAP.seconds)} (measured); under 50 ms is right, ~10 ms is pessimistic`,
      derivation: `${REFERENCE_RANDOM_MAP.label}. The pattern explorer and the paradox scale time the same job on your own device.`,
      cite: [],
      see: '/#paradox',
    },
    {
      id: 'random-power',
      topic: 'Random pixels',
      claim: 'It uses "~10 W" (or "<15 W").',
      verdict: 'Misleading',
      corrected: `at most ${formatSI(randomJoules, { unit: 'J' })} per map (energy, not power)`,
      derivation: `Watts are a rate; the cost of a job is energy. ${formatSeconds(REFERENCE_RANDOM_MAP.seconds)} × ${laptop.boardWatts} W (a laptop CPU's whole package power, so an upper bound) = ${formatSI(randomJoules, { unit: 'J' })}.`,
      cite: [],
    },
    {
      id: 'five-pflops',
      topic: 'Diffusion cost',
      claim: 'A coherent 1024 × 1024 image from 20 diffusion steps costs "~5 PFLOPs".',
      verdict: 'Wrong',
      corrected: `SDXL with guidance ${flop(sdxl20.flops)}; SD3.5 Large ${flop(sd35.flops)}; FLUX.1-dev ${flop(flux20.flops)}`,
      derivation: `Counted from each model's architecture: 20 steps × ${sdxl20.cfg ? 2 : 1} denoiser passes (classifier-free guidance doubles the batch) + the VAE decode + the text encoders. 5 PFLOP is ${formatRatio(5e15 / sdxl20.flops)}× SDXL's figure, and FLUX.1-dev, the largest of the three, would need about ${fluxStepsFor5P} steps to reach it.`,
      cite: ['podell2023sdxl', 'esser2024sd3', 'bfl2024flux'],
      see: '/counting-flops/',
    },
    {
      id: 'five-seconds',
      topic: 'Diffusion cost',
      claim: 'It takes "~5 sec".',
      verdict: 'Plausible, hardware-dependent',
      corrected: `SDXL 20 steps: ${formatSeconds(h100Sdxl.seconds)} on an H100; 50 steps on an A100: ${formatSeconds(a100Sdxl50.seconds)}; FLUX.1-dev 50 steps on an A100: ${formatSeconds(a100Flux.seconds)}`,
      derivation: `The engine's latency model for plain PyTorch + diffusers, fitted to 31 published measurements. Measured: SDXL 50 steps in 5.93 s on an A100 (diffusers), MLPerf's ~0.6 s per image on one H100 at 20 steps (TensorRT, INT8, batched). The same circulating material elsewhere gives "~100 sec" for the same job.`,
      cite: ['mlcommons2024v40', 'fal2023benchmarks'],
      see: '/hardware/',
    },
    {
      id: 'seven-hundred-watts',
      topic: 'Diffusion cost',
      claim: 'A coherent image needs "700W+".',
      verdict: 'Misleading',
      corrected: `${h100.boardWatts} W is the H100 SXM's maximum board power (RTX 4090: ${rtx4090.boardWatts} W); measured ≈ ${maxq ? formatSI(maxq.measured, { unit: 'J' }) : 'n/a'} per image on an 8 × H100 server`,
      derivation: `A power limit is not a measurement, and energy per image is what matters: MLPerf's power run drew about 4.75 kW for 9.65 SDXL images per second. Also, 5 PFLOP in 5 s would be ${formatSI(impliedRate, { unit: 'FLOP/s' })}, more than the H100's dense FP16 peak of ${formatSI(h100.denseFlopsPerSecond.fp16 ?? 0, { unit: 'FLOP/s' })}: the two circulating figures cannot both hold.`,
      cite: ['nvidia2022h100', 'nvidia2022ada', 'mlcommons2024v40', 'luccioni2024power'],
      see: '/hardware/',
    },
    {
      id: 'million-times',
      topic: 'The ratio',
      claim: 'The difference between the two is "1,000,000×".',
      verdict: 'Wrong',
      corrected: `${formatRatio(paradox.ratios.operations)} in operations, ${formatRatio(paradox.ratios.seconds)} in time, ${formatRatio(paradox.ratios.joules)} in energy`,
      derivation: `The claim's own inputs give 5 × 10¹⁵ / 3 × 10⁶ = ${formatRatio(ownRatio)}, not 10⁶. With corrected inputs (SDXL, 20 steps, 1024², an H100 against a random map filled by one CPU) the ratio depends on what is counted, as the paradox scale shows.`,
      cite: [],
      see: '/#paradox',
    },
    {
      id: 'conv-layers',
      topic: 'Diffusion cost',
      claim: 'Each step "runs 100+ conv layers".',
      verdict: 'Misleading',
      corrected: `SD 1.5: ${sd15.convLayers}; SDXL: ${sdxlCall.convLayers}; DiT-XL/2: ${ditCall.convLayers} and SD3-Medium: ${sd3Call.convLayers} (the patch embedding, a strided convolution); FLUX.1: ${fluxCall.convLayers} (it packs 2 × 2 patches and embeds them with a linear layer)`,
      derivation:
        'Counted from the models’ block configurations. Newer models are transformers: their cost is in linear layers and attention, not convolutions.',
      cite: ['rombach2022ldm', 'podell2023sdxl', 'peebles2023dit'],
      see: '/counting-flops/',
    },
    {
      id: 'attention',
      topic: 'Diffusion cost',
      claim: 'Each step "uses attention over 1000s of tokens → O(n²)".',
      verdict: 'Correct, with a caveat',
      corrected: `the quadratic attention terms are ${share(sd15)} of SD 1.5's compute at 512², ${share(sdxlCall)} of SDXL's and ${share(fluxCall)} of FLUX.1-dev's at 1024²`,
      derivation:
        'Thousands of tokens, yes (4,096 at the highest attention level of SD 1.5 at 512² and SDXL at 1024²; 4,096 image + 512 text tokens for FLUX.1-dev). But most of the compute is in linear layers and convolutions, which grow linearly with the number of tokens.',
      cite: ['rombach2022ldm', 'podell2023sdxl', 'bfl2024flux'],
      see: '/counting-flops/',
    },
    {
      id: 'one-step',
      topic: 'Efficient methods',
      claim: 'One-step models give "100× less energy, same quality".',
      verdict: 'Unsupported as stated',
      corrected: `SDXL-Turbo (1 step, 512²) needs ${formatRatio(sdxl512x20.flops / turbo.flops)}× less compute than SDXL at 20 steps and ${formatRatio(sdxl512x50.flops / turbo.flops)}× less than at 50 steps, same resolution; ${formatRatio(sdxl1024x50.flops / turbo.flops)}× only against SDXL at 1024²`,
      derivation: `"100×" appears only when the comparison also changes the resolution. Quality: ADD's authors report that one step beats other few-step methods and that four steps match SDXL, not one. The saving is capped by the parts that run once per image: the VAE decoder is ${formatPercent(turbo.breakdown.vae.flops / turbo.flops)} of SDXL-Turbo's one-step compute.`,
      cite: ['sauer2023add', 'song2023cm', 'yin2024dmd2'],
      see: '/efficient-methods/',
    },
    {
      id: 'rtx3060',
      topic: 'Efficient methods',
      claim: 'A 1-step model runs in "~0.3 seconds on RTX 3060", at "near-SDXL quality".',
      verdict: 'Unsupported as stated',
      corrected: `SDXL-Turbo 512²: ${formatSeconds(turbo3060.seconds)}; SD-Turbo: ${formatSeconds(sdTurbo3060.seconds)} (latency-model estimates)`,
      derivation: `The engine's latency model on the RTX 3060 (FP16 with FP32 accumulation, plain PyTorch). On an A100 the same model predicts ${turboA100 ? formatSeconds(turboA100.predicted) : 'n/a'} for SDXL-Turbo against ${turboA100 ? formatSeconds(turboA100.measured) : 'n/a'} measured, so read these as optimistic. And the code that usually accompanies this claim does not run (see below).`,
      cite: ['sauer2023add'],
      see: '/try-it/',
    },
    {
      id: 'quickstart-4090',
      topic: 'Diffusion cost',
      claim: 'A 20-step diffusion image takes "~100 sec on RTX 4090, ~45,000 J".',
      verdict: 'Wrong',
      corrected: `SDXL 20 steps with guidance: ${formatSeconds(r4090.seconds)} and at most ${formatSI(r4090.joules, { unit: 'J' })} on an RTX 4090`,
      derivation: `${flop(sdxl20.flops)} at the RTX 4090's dense FP16 rate with FP32 accumulation (${formatSI(rtx4090.denseFlopsPerSecond.fp16 ?? 0, { unit: 'FLOP/s' })}) its large kernels at ${formatPercent(r4090.time.utilisation)} of it, plus per-kernel and host costs (the latency model, plain PyTorch); energy at its full ${rtx4090.boardWatts} W.`,
      cite: ['nvidia2022ada'],
      see: '/hardware/',
    },
    {
      id: 'optical',
      topic: 'Efficient methods',
      claim: '"UCLA Optical Diffusion: light interference denoising, ~1 mW", cited to a light.princeton.edu page.',
      verdict: 'Wrong',
      corrected:
        'Chen, Li, Wang, Chen & Ozcan, "Optical generative models", Nature 644, 903–911 (2025); arXiv 2410.17970',
      derivation:
        'The cited page is about an imaging paper. The Nature paper decodes encoder-generated phase patterns optically in one snapshot; it works on small datasets (MNIST, CelebA, …), is not text-to-image, and reports no "~1 mW" figure. Iterative optical denoising is a different paper (Oguz et al.).',
      cite: ['chen2025optical', 'oguz2024optical'],
      see: '/efficient-methods/',
    },
    {
      id: 'tokenset',
      topic: 'Efficient methods',
      claim: '"Tencent TokenSet: image as a set of patches, 10–50× less", arXiv 2410.13184 (2024).',
      verdict: 'Wrong',
      corrected:
        'Geng, Xu, Hu & Gu, "Tokenize Image as a Set", arXiv 2503.16425 (2025); no efficiency multiple claimed',
      derivation:
        'arXiv 2410.13184 is an unrelated language-model paper (Router-Tuning). TokenSet represents an image as an unordered set of 128 discrete tokens; its generator is still an iterative (discrete) diffusion model.',
      cite: ['geng2025tokenset'],
      see: '/efficient-methods/',
    },
    {
      id: 'rae',
      topic: 'Efficient methods',
      claim: '"NYU RAE: 4 × 4 semantic grid → expand, 100× less, 99% fewer pixels", arXiv 2403.19822 (2024).',
      verdict: 'Wrong',
      corrected:
        'Zheng, Ma, Tong & Xie, "Diffusion Transformers with Representation Autoencoders", arXiv 2510.11690 (2025)',
      derivation:
        'RAE replaces the SD-VAE with a frozen representation encoder (e.g. DINOv2) and a trained decoder. Its latent is 16 × 16 × 768 at 256², larger than SD-VAE’s 32 × 32 × 4, not a 4 × 4 grid. Its decoder is 14× cheaper than SD-VAE’s in GFLOPs (which are MACs); there is no "100× less".',
      cite: ['zheng2025rae'],
      see: '/efficient-methods/',
    },
    {
      id: 'consistency',
      topic: 'Efficient methods',
      claim: '"Consistency Models: 1–2 step generation, 100× less", arXiv 2303.01469.',
      verdict: 'Partly correct',
      corrected:
        'citation correct; "100×" is a ratio of network calls, and one-step quality is below the multi-step teacher (FID 6.20 on ImageNet 64²)',
      derivation:
        'One network call instead of tens for the teacher. Later work narrows the quality gap: sCM comes within about 10% of the best FID in two steps; DMD2 reports beating its teacher at a 500× lower inference cost. End-to-end savings are capped by the VAE decode and text encoders.',
      cite: ['song2023cm', 'song2024ict', 'lu2025scm', 'yin2024dmd2'],
      see: '/efficient-methods/',
    },
    {
      id: 'consistency-code',
      topic: 'Code',
      claim:
        '`ConsistencyModelPipeline.from_pretrained("openai/consistency-decoder-v1")`, then `pipe("a photo of a cat", num_inference_steps=1)`.',
      verdict: 'Wrong',
      corrected:
        'does not run: use AutoPipelineForText2Image with "stabilityai/sdxl-turbo", 1 step, guidance_scale=0.0',
      derivation:
        'The repository id does not exist; the real openai/consistency-decoder is a VAE decoder (loaded with ConsistencyDecoderVAE), not a text-to-image model; and ConsistencyModelPipeline takes no prompt (its first argument is batch_size).',
      cite: ['vonplaten2022diffusers', 'sauer2023add'],
      see: '/try-it/',
    },
  ];
}
