/**
 * The glossary on /references/: each term has a stable anchor `#term-<slug>` so chapters can
 * link to it (`/references/#term-flop`). Definitions are plain text; `see` links to the chapter
 * that treats the term, `cite` names bibliography keys (src/data/bibliography.ts). Numbers in a
 * definition come from the engine (the hardware catalogue), like every number on the site.
 */
import { formatSI, getHardware, peakFlopsPerSecond } from '../lib/index.ts';

const h100 = getHardware('h100-sxm');
const h100Peak = peakFlopsPerSecond(h100);

export interface GlossaryTerm {
  /** `[a-z0-9-]+`, unique and permanent: the anchor is `term-<slug>`. */
  slug: string;
  term: string;
  definition: string;
  /** Site-relative chapter link, e.g. '/pixels/'. */
  see?: { href: string; label: string };
  cite?: readonly string[];
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    slug: 'pixel',
    term: 'Pixel',
    definition:
      'Picture element: the smallest addressable cell of a raster image. An image of width W and height H is a function from the grid [0, W−1] × [0, H−1] to C channel values per cell.',
    see: { href: '/pixels/', label: 'What a pixel is' },
  },
  {
    slug: 'channel',
    term: 'Channel',
    definition:
      'One of the numbers stored per pixel: 1 for grey, 3 for red, green and blue, 4 with an opacity (alpha) channel. A latent has its own channels (4 in Stable Diffusion 1.x and SDXL, 16 in SD3 and FLUX).',
    see: { href: '/pixels/', label: 'What a pixel is' },
  },
  {
    slug: 'tensor',
    term: 'Tensor',
    definition:
      'A multi-dimensional array of numbers with a shape, such as H × W × C for an image or batch × channels × height × width inside a network. Stored as bytes (uint8) in files and as 16- or 32-bit floats inside models.',
    see: { href: '/pixels/', label: 'What a pixel is' },
  },
  {
    slug: 'latent',
    term: 'Latent',
    definition:
      'The compressed representation a latent diffusion model denoises instead of pixels: for Stable Diffusion an 8× smaller grid per side (a 1024² image becomes 128 × 128 × 4). Every denoising step works on the latent; a decoder turns it into pixels once at the end.',
    cite: ['rombach2022ldm'],
  },
  {
    slug: 'vae',
    term: 'VAE (variational autoencoder)',
    definition:
      'The encoder–decoder pair that maps images to latents and back. In text-to-image pipelines only the decoder runs at generation time, once per image; at 1024² the SD VAE decoder costs about as much as one and a half SDXL denoiser calls.',
    see: { href: '/counting-flops/', label: 'Counting the FLOPs' },
    cite: ['rombach2022ldm'],
  },
  {
    slug: 'flop',
    term: 'FLOP, FLOPs, FLOP/s',
    definition:
      'A floating-point operation (one add or one multiply). “FLOPs” counts operations; “FLOP/s” (or FLOPS) is a rate. Generating random bytes costs integer operations and zero FLOPs.',
    see: { href: '/counting-flops/', label: 'Counting the FLOPs' },
  },
  {
    slug: 'mac',
    term: 'MAC (multiply-accumulate)',
    definition:
      'One multiply followed by one add, a × b + c: the unit of a matrix multiplication. 1 MAC = 2 FLOP. Many papers print “FLOPs” or “Gflops” when they count MACs (DiT does), so a figure must be read with its convention.',
    see: { href: '/counting-flops/', label: 'Counting the FLOPs' },
    cite: ['peebles2023dit'],
  },
  {
    slug: 'dense-vs-sparse',
    term: 'Dense vs sparse (tensor-core throughput)',
    definition:
      'NVIDIA datasheets headline tensor-core rates “with sparsity”, which assumes 2:4 structured-sparse weights and is twice the dense rate. Diffusion inference runs at the dense rate: 989 TFLOPS FP16 on an H100 SXM, not 1,979.',
    see: { href: '/hardware/', label: 'Time and energy on real hardware' },
    cite: ['nvidia2022h100'],
  },
  {
    slug: 'utilisation',
    term: 'Utilisation',
    definition:
      'The fraction of a processor’s peak rate a workload actually achieves. The site’s latency model fits it (η) for the large matmul, conv and attention kernels of each GPU generation; a whole image reaches less, because per-kernel and host costs come on top of FLOPs ÷ (peak × η).',
    see: { href: '/hardware/', label: 'Time and energy on real hardware' },
  },
  {
    slug: 'roofline',
    term: 'Roofline',
    definition:
      'A performance model: attainable FLOP/s = min(peak FLOP/s, arithmetic intensity × memory bandwidth), where arithmetic intensity is FLOP per byte moved. Below the ridge point a kernel is memory-bound, above it compute-bound.',
    see: { href: '/hardware/', label: 'Time and energy on real hardware' },
    cite: ['williams2009roofline'],
  },
  {
    slug: 'ridge-point',
    term: 'Ridge point',
    definition: `The arithmetic intensity at which the roofline’s two limits meet: peak FLOP/s ÷ bandwidth. For an ${h100.name} at ${h100.defaultDtype.toUpperCase()}, ${formatSI(h100Peak, { unit: 'FLOP/s' })} ÷ ${formatSI(h100.memoryBytesPerSecond, { unit: 'B/s' })} ≈ ${formatSI(h100Peak / h100.memoryBytesPerSecond)} FLOP per byte.`,
    see: { href: '/hardware/', label: 'Time and energy on real hardware' },
    cite: ['williams2009roofline'],
  },
  {
    slug: 'nfe',
    term: 'NFE (number of function evaluations)',
    definition:
      'How many times the denoising network runs to make one sample. With classifier-free guidance each step is two evaluations (often run as one doubled batch), so NFE = 2 × steps.',
    see: { href: '/diffusion/', label: 'Diffusion iterates' },
  },
  {
    slug: 'classifier-free-guidance',
    term: 'Classifier-free guidance (CFG)',
    definition:
      'Running the denoiser with and without the text condition and extrapolating away from the unconditional prediction, which makes images follow the prompt more closely at twice the compute per step. Guidance-distilled and few-step models (FLUX.1 [dev], SDXL-Turbo, LCM) avoid the second pass.',
    see: { href: '/counting-flops/', label: 'Counting the FLOPs' },
    cite: ['ho2022cfg'],
  },
  {
    slug: 'distillation',
    term: 'Distillation',
    definition:
      'Training a fast “student” to reproduce a slow “teacher”: here, a model that needs 1–4 steps trained to match what a many-step diffusion model produces (consistency distillation, adversarial diffusion distillation, distribution matching).',
    see: { href: '/efficient-methods/', label: '2025’s efficient approaches' },
    cite: ['song2023cm', 'sauer2023add', 'yin2024dmd2'],
  },
  {
    slug: 'ddpm',
    term: 'DDPM',
    definition:
      'Denoising diffusion probabilistic model: the formulation in which an image is corrupted by T = 1,000 small Gaussian noise steps and a network learns to undo one step at a time; the original sampler takes all 1,000 steps.',
    see: { href: '/diffusion/', label: 'Diffusion iterates' },
    cite: ['ho2020ddpm'],
  },
  {
    slug: 'ddim',
    term: 'DDIM',
    definition:
      'Denoising diffusion implicit models: a sampler for a network trained as a DDPM that jumps over timesteps deterministically, giving usable images in 10–100 steps instead of 1,000.',
    see: { href: '/diffusion/', label: 'Diffusion iterates' },
    cite: ['song2021ddim'],
  },
  {
    slug: 'consistency-model',
    term: 'Consistency model',
    definition:
      'A network trained to map any point on a diffusion trajectory straight to its clean end point, so that one or two evaluations replace tens of steps, usually at some loss of quality against the many-step teacher.',
    see: { href: '/efficient-methods/', label: '2025’s efficient approaches' },
    cite: ['song2023cm', 'song2024ict', 'lu2025scm'],
  },
  {
    slug: 'text-encoder',
    term: 'Text encoder',
    definition:
      'The language model that turns the prompt into a sequence of vectors (CLIP and/or T5 in most pipelines). It runs once per prompt; the denoiser reads its output through cross-attention or joint attention at every step.',
    see: { href: '/constraints/', label: 'What coherence demands' },
  },
];

const slugs = new Set(GLOSSARY.map((t) => t.slug));

/** The anchor id of a glossary term; throws on an unknown slug. */
export function termId(slug: string): string {
  if (!slugs.has(slug)) {
    throw new RangeError(`unknown glossary term ${JSON.stringify(slug)}; valid: ${[...slugs].sort().join(', ')}`);
  }
  return `term-${slug}`;
}
