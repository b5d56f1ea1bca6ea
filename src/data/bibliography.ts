/**
 * Every work the site cites, with a stable key used by `<Cite k="…" />` in the chapters and by
 * the anchors `#ref-<key>` on /references/. Every field was read on the work's own page (the
 * arXiv abstract, DOI record, publisher page or repository its `url` names); where a field could
 * not be confirmed it is left out rather than guessed (see `authorsComplete` and `note`).
 *
 * Conventions:
 * - `authors` are written "Given Family" exactly as published; a family name with a lowercase
 *   particle ("Patrick von Platen") keeps it. For a corporate author set `corporate: true`.
 * - `year` is the year of the version cited: the venue's year for a published paper, the
 *   preprint's year for an arXiv-only work, the document's year for a vendor document.
 * - Keys are `<first author's family name><year><short name>`, lowercase, and never change once
 *   published (chapters and other sites link to `#ref-<key>`).
 */

export const TOPICS = {
  diffusion: 'Diffusion models and samplers',
  'text-to-image': 'Text-to-image models and architectures',
  'few-step': 'Few-step generation: consistency models and distillation',
  representations: 'Latent spaces and tokenisers',
  optical: 'Optical generative hardware',
  hardware: 'Hardware, benchmarks and energy',
  methods: 'Methods and software used by this site',
} as const;

export type Topic = keyof typeof TOPICS;

export type ReferenceType = 'article' | 'inproceedings' | 'misc' | 'techreport' | 'software';

export interface Reference {
  /** Stable id: `[a-z0-9]+`, unique; the anchor on /references/ is `ref-<key>`. */
  key: string;
  topic: Topic;
  type: ReferenceType;
  /** Authors as published, "Given Family"; for a corporate author one entry and `corporate: true`. */
  authors: readonly string[];
  corporate?: boolean;
  /** False when `authors` is only the first few of a longer list (rendered "et al."). */
  authorsComplete: boolean;
  title: string;
  /** Journal, conference or publisher, as a reader would look it up. */
  venue: string;
  year: number;
  /** arXiv identifier without the "arXiv:" prefix and version, e.g. "2303.01469". */
  arxiv?: string;
  /** DOI without the resolver, e.g. "10.1145/3460772". */
  doi?: string;
  /** The work's canonical page (arXiv abstract, DOI resolver, repository or vendor page). */
  url: string;
  /** What the site uses it for, or a caveat about the record. */
  note?: string;
}

export const BIBLIOGRAPHY: readonly Reference[] = [
  // ── Diffusion models and samplers ────────────────────────────────────────────────
  {
    key: 'ho2020ddpm',
    topic: 'diffusion',
    type: 'inproceedings',
    authors: ['Jonathan Ho', 'Ajay Jain', 'Pieter Abbeel'],
    authorsComplete: true,
    title: 'Denoising Diffusion Probabilistic Models',
    venue: 'Advances in Neural Information Processing Systems (NeurIPS)',
    year: 2020,
    arxiv: '2006.11239',
    url: 'https://arxiv.org/abs/2006.11239',
    note: 'DDPM: T = 1,000 denoising steps; the diffusers DDPMPipeline default is 1,000 steps.',
  },
  {
    key: 'song2021ddim',
    topic: 'diffusion',
    type: 'inproceedings',
    authors: ['Jiaming Song', 'Chenlin Meng', 'Stefano Ermon'],
    authorsComplete: true,
    title: 'Denoising Diffusion Implicit Models',
    venue: 'International Conference on Learning Representations (ICLR)',
    year: 2021,
    arxiv: '2010.02502',
    url: 'https://arxiv.org/abs/2010.02502',
    note: 'DDIM: a deterministic sampler that skips timesteps (10–100 steps in the paper). Preprint October 2020.',
  },
  {
    key: 'nichol2021improved',
    topic: 'diffusion',
    type: 'inproceedings',
    authors: ['Alex Nichol', 'Prafulla Dhariwal'],
    authorsComplete: true,
    title: 'Improved Denoising Diffusion Probabilistic Models',
    venue: 'International Conference on Machine Learning (ICML)',
    year: 2021,
    arxiv: '2102.09672',
    url: 'https://arxiv.org/abs/2102.09672',
    note: 'Source of the cosine noise schedule used by the toy model.',
  },
  {
    key: 'ho2022cfg',
    topic: 'diffusion',
    type: 'misc',
    authors: ['Jonathan Ho', 'Tim Salimans'],
    authorsComplete: true,
    title: 'Classifier-Free Diffusion Guidance',
    venue: 'arXiv preprint',
    year: 2022,
    arxiv: '2207.12598',
    url: 'https://arxiv.org/abs/2207.12598',
    note: 'Guidance runs the denoiser with and without the condition, doubling the batch per step.',
  },
  // ── Text-to-image models and architectures ───────────────────────────────────────
  {
    key: 'rombach2022ldm',
    topic: 'text-to-image',
    type: 'inproceedings',
    authors: ['Robin Rombach', 'Andreas Blattmann', 'Dominik Lorenz', 'Patrick Esser', 'Björn Ommer'],
    authorsComplete: true,
    title: 'High-Resolution Image Synthesis with Latent Diffusion Models',
    venue: 'IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)',
    year: 2022,
    arxiv: '2112.10752',
    url: 'https://arxiv.org/abs/2112.10752',
    note: 'Latent diffusion, the basis of Stable Diffusion: denoise in a VAE latent 8× smaller per side.',
  },
  {
    key: 'podell2023sdxl',
    topic: 'text-to-image',
    type: 'misc',
    authors: [
      'Dustin Podell',
      'Zion English',
      'Kyle Lacey',
      'Andreas Blattmann',
      'Tim Dockhorn',
      'Jonas Müller',
      'Joe Penna',
      'Robin Rombach',
    ],
    authorsComplete: true,
    title: 'SDXL: Improving Latent Diffusion Models for High-Resolution Image Synthesis',
    venue: 'arXiv preprint',
    year: 2023,
    arxiv: '2307.01952',
    url: 'https://arxiv.org/abs/2307.01952',
    note: 'A 2.6B-parameter UNet ("3× larger"); transformer blocks only at the two lowest resolutions.',
  },
  {
    key: 'peebles2023dit',
    topic: 'text-to-image',
    type: 'inproceedings',
    authors: ['William Peebles', 'Saining Xie'],
    authorsComplete: true,
    title: 'Scalable Diffusion Models with Transformers',
    venue: 'IEEE/CVF International Conference on Computer Vision (ICCV)',
    year: 2023,
    arxiv: '2212.09748',
    url: 'https://arxiv.org/abs/2212.09748',
    note: 'DiT. The paper’s “Gflops” are multiply-accumulates (MACs): DiT-XL/2 is 118.6 G MACs at 256².',
  },
  {
    key: 'esser2024sd3',
    topic: 'text-to-image',
    type: 'inproceedings',
    authors: [
      'Patrick Esser',
      'Sumith Kulal',
      'Andreas Blattmann',
      'Rahim Entezari',
      'Jonas Müller',
      'Harry Saini',
      'Yam Levi',
      'Dominik Lorenz',
      'Axel Sauer',
      'Frederic Boesel',
      'Dustin Podell',
      'Tim Dockhorn',
      'Zion English',
      'Kyle Lacey',
      'Alex Goodwin',
      'Yannik Marek',
      'Robin Rombach',
    ],
    authorsComplete: true,
    title: 'Scaling Rectified Flow Transformers for High-Resolution Image Synthesis',
    venue: 'International Conference on Machine Learning (ICML)',
    year: 2024,
    arxiv: '2403.03206',
    url: 'https://arxiv.org/abs/2403.03206',
    note: 'Stable Diffusion 3: the MMDiT architecture (joint text and image tokens), rectified-flow training.',
  },
  {
    key: 'chen2024pixartalpha',
    topic: 'text-to-image',
    type: 'inproceedings',
    authors: [
      'Junsong Chen',
      'Jincheng Yu',
      'Chongjian Ge',
      'Lewei Yao',
      'Enze Xie',
      'Yue Wu',
      'Zhongdao Wang',
      'James Kwok',
      'Ping Luo',
      'Huchuan Lu',
      'Zhenguo Li',
    ],
    authorsComplete: true,
    title: 'PixArt-α: Fast Training of Diffusion Transformer for Photorealistic Text-to-Image Synthesis',
    venue: 'International Conference on Learning Representations (ICLR)',
    year: 2024,
    arxiv: '2310.00426',
    url: 'https://arxiv.org/abs/2310.00426',
    note: 'A 0.6B DiT with cross-attention; trained in 10.8% of SD 1.5’s A100 GPU-days (675 vs 6,250).',
  },
  {
    key: 'bfl2024flux',
    topic: 'text-to-image',
    type: 'software',
    authors: ['Black Forest Labs'],
    corporate: true,
    authorsComplete: true,
    title: 'FLUX.1 [dev] and FLUX.1 [schnell]: model cards and inference code',
    venue: 'Hugging Face model cards; GitHub repository black-forest-labs/flux',
    year: 2024,
    url: 'https://github.com/black-forest-labs/flux',
    note: 'A 12B-parameter rectified flow transformer; [schnell] samples in 1–4 steps. No paper; the model cards are the primary source (huggingface.co/black-forest-labs/FLUX.1-dev).',
  },
  {
    key: 'xie2024sana',
    topic: 'text-to-image',
    type: 'misc',
    authors: [
      'Enze Xie',
      'Junsong Chen',
      'Junyu Chen',
      'Han Cai',
      'Haotian Tang',
      'Yujun Lin',
      'Zhekai Zhang',
      'Muyang Li',
      'Ligeng Zhu',
      'Yao Lu',
      'Song Han',
    ],
    authorsComplete: true,
    title: 'SANA: Efficient High-Resolution Image Synthesis with Linear Diffusion Transformers',
    venue: 'arXiv preprint',
    year: 2024,
    arxiv: '2410.10629',
    url: 'https://arxiv.org/abs/2410.10629',
    note: 'A 32× deep-compression autoencoder and linear attention; claims “20 times smaller and 100+ times faster in measured throughput” than FLUX-12B.',
  },
  // ── Few-step generation ──────────────────────────────────────────────────────────
  {
    key: 'song2023cm',
    topic: 'few-step',
    type: 'inproceedings',
    authors: ['Yang Song', 'Prafulla Dhariwal', 'Mark Chen', 'Ilya Sutskever'],
    authorsComplete: true,
    title: 'Consistency Models',
    venue: 'International Conference on Machine Learning (ICML)',
    year: 2023,
    arxiv: '2303.01469',
    url: 'https://arxiv.org/abs/2303.01469',
    note: 'One-step FID 3.55 (CIFAR-10) and 6.20 (ImageNet 64²) by consistency distillation; not text-to-image.',
  },
  {
    key: 'song2024ict',
    topic: 'few-step',
    type: 'inproceedings',
    authors: ['Yang Song', 'Prafulla Dhariwal'],
    authorsComplete: true,
    title: 'Improved Techniques for Training Consistency Models',
    venue: 'International Conference on Learning Representations (ICLR)',
    year: 2024,
    arxiv: '2310.14189',
    url: 'https://arxiv.org/abs/2310.14189',
    note: 'iCT: one-step FID 2.51 (CIFAR-10) and 3.25 (ImageNet 64²).',
  },
  {
    key: 'lu2025scm',
    topic: 'few-step',
    type: 'inproceedings',
    authors: ['Cheng Lu', 'Yang Song'],
    authorsComplete: true,
    title: 'Simplifying, Stabilizing and Scaling Continuous-Time Consistency Models',
    venue: 'International Conference on Learning Representations (ICLR)',
    year: 2025,
    arxiv: '2410.11081',
    url: 'https://arxiv.org/abs/2410.11081',
    note: 'sCM: 1.5B parameters; two-step FID within 10% of the best diffusion models.',
  },
  {
    key: 'luo2023lcm',
    topic: 'few-step',
    type: 'misc',
    authors: ['Simian Luo', 'Yiqin Tan', 'Longbo Huang', 'Jian Li', 'Hang Zhao'],
    authorsComplete: true,
    title: 'Latent Consistency Models: Synthesizing High-Resolution Images with Few-Step Inference',
    venue: 'arXiv preprint',
    year: 2023,
    arxiv: '2310.04378',
    url: 'https://arxiv.org/abs/2310.04378',
    note: '2–4 steps on Stable Diffusion; guidance is embedded, so no doubled batch.',
  },
  {
    key: 'sauer2023add',
    topic: 'few-step',
    type: 'misc',
    authors: ['Axel Sauer', 'Dominik Lorenz', 'Andreas Blattmann', 'Robin Rombach'],
    authorsComplete: true,
    title: 'Adversarial Diffusion Distillation',
    venue: 'arXiv preprint',
    year: 2023,
    arxiv: '2311.17042',
    url: 'https://arxiv.org/abs/2311.17042',
    note: 'ADD, the method behind SDXL-Turbo: 1–4 steps; four steps reach SDXL’s quality.',
  },
  {
    key: 'yin2024dmd2',
    topic: 'few-step',
    type: 'inproceedings',
    authors: [
      'Tianwei Yin',
      'Michaël Gharbi',
      'Taesung Park',
      'Richard Zhang',
      'Eli Shechtman',
      'Frédo Durand',
      'William T. Freeman',
    ],
    authorsComplete: true,
    title: 'Improved Distribution Matching Distillation for Fast Image Synthesis',
    venue: 'Advances in Neural Information Processing Systems (NeurIPS)',
    year: 2024,
    arxiv: '2405.14867',
    url: 'https://arxiv.org/abs/2405.14867',
    note: 'DMD2: one-step FID 1.28 on ImageNet 64², “despite a 500× reduction in inference cost”.',
  },
  {
    key: 'chen2025sanasprint',
    topic: 'few-step',
    type: 'misc',
    authors: [
      'Junsong Chen',
      'Shuchen Xue',
      'Yuyang Zhao',
      'Jincheng Yu',
      'Sayak Paul',
      'Junyu Chen',
      'Han Cai',
      'Enze Xie',
      'Song Han',
    ],
    authorsComplete: true,
    title: 'SANA-Sprint: One-Step Diffusion with Continuous-Time Consistency Distillation',
    venue: 'arXiv preprint',
    year: 2025,
    arxiv: '2503.09641',
    url: 'https://arxiv.org/abs/2503.09641',
    note: 'One step at 1024² in about 0.1 s on an H100 (as reported by the authors).',
  },
  // ── Latent spaces and tokenisers ─────────────────────────────────────────────────
  {
    key: 'zheng2025rae',
    topic: 'representations',
    type: 'misc',
    authors: ['Boyang Zheng', 'Nanye Ma', 'Shengbang Tong', 'Saining Xie'],
    authorsComplete: true,
    title: 'Diffusion Transformers with Representation Autoencoders',
    venue: 'arXiv preprint',
    year: 2025,
    arxiv: '2510.11690',
    url: 'https://arxiv.org/abs/2510.11690',
    note: 'RAE: a frozen representation encoder (e.g. DINOv2) plus a trained ViT decoder 14× cheaper than the SD-VAE decoder. Project page rae-dit.github.io.',
  },
  {
    key: 'geng2025tokenset',
    topic: 'representations',
    type: 'misc',
    authors: ['Zigang Geng', 'Mengde Xu', 'Han Hu', 'Shuyang Gu'],
    authorsComplete: true,
    title: 'Tokenize Image as a Set',
    venue: 'arXiv preprint',
    year: 2025,
    arxiv: '2503.16425',
    url: 'https://arxiv.org/abs/2503.16425',
    note: 'TokenSet: an image as an unordered set of 128 discrete tokens, generated by fixed-sum discrete diffusion. Claims no compute multiple. Code: github.com/Gengzigang/TokenSet.',
  },
  // ── Optical generative hardware ──────────────────────────────────────────────────
  {
    key: 'chen2025optical',
    topic: 'optical',
    type: 'article',
    authors: ['Shiqi Chen', 'Yuhang Li', 'Yuntian Wang', 'Hanlong Chen', 'Aydogan Ozcan'],
    authorsComplete: true,
    title: 'Optical generative models',
    venue: 'Nature 644, 903–911',
    year: 2025,
    arxiv: '2410.17970',
    doi: '10.1038/s41586-025-09446-5',
    url: 'https://doi.org/10.1038/s41586-025-09446-5',
    note: 'A shallow digital encoder makes phase “seeds”; a diffractive decoder forms the image optically in one snapshot. MNIST, Fashion-MNIST, Butterflies-100, CelebA, Van Gogh artworks; not text-to-image.',
  },
  {
    key: 'oguz2024optical',
    topic: 'optical',
    type: 'inproceedings',
    authors: [
      'Ilker Oguz',
      'Niyazi Ulas Dinc',
      'Mustafa Yildirim',
      'Junjie Ke',
      'Innfarn Yoo',
      'Qifei Wang',
      'Feng Yang',
      'Christophe Moser',
      'Demetri Psaltis',
    ],
    authorsComplete: true,
    title: 'Optical Diffusion Models for Image Generation',
    venue: 'Advances in Neural Information Processing Systems (NeurIPS)',
    year: 2024,
    arxiv: '2407.10897',
    url: 'https://arxiv.org/abs/2407.10897',
    note: 'Iterative denoising by passive diffractive layers (EPFL and Google).',
  },
  // ── Hardware, benchmarks and energy ──────────────────────────────────────────────
  {
    key: 'nvidia2022h100',
    topic: 'hardware',
    type: 'techreport',
    authors: ['NVIDIA'],
    corporate: true,
    authorsComplete: true,
    title: 'NVIDIA H100 Tensor Core GPU datasheet',
    venue: 'NVIDIA Corporation',
    year: 2022,
    url: 'https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet',
    note: 'Headline tensor figures are “shown with sparsity”; dense rates are half (SXM: 989 TFLOPS dense FP16/BF16). Year of the product launch; the datasheet is revised without dated versions. Read through a transcription.',
  },
  {
    key: 'nvidia2022ada',
    topic: 'hardware',
    type: 'techreport',
    authors: ['NVIDIA'],
    corporate: true,
    authorsComplete: true,
    title: 'NVIDIA Ada GPU Architecture (whitepaper)',
    venue: 'NVIDIA Corporation',
    year: 2022,
    url: 'https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf',
    note: 'Appendix A: RTX 4090 FP16 tensor 165.2 TFLOPS dense with FP32 accumulate (330.3 with FP16 accumulate). Later revisions (v2.02) correct one FP8 entry.',
  },
  {
    key: 'nvidia2020a100',
    topic: 'hardware',
    type: 'techreport',
    authors: ['NVIDIA'],
    corporate: true,
    authorsComplete: true,
    title: 'NVIDIA A100 Tensor Core GPU datasheet',
    venue: 'NVIDIA Corporation',
    year: 2020,
    url: 'https://www.nvidia.com/en-us/data-center/a100/',
    note: 'A100 SXM 80GB: 312 TFLOPS dense FP16/BF16 (624 with sparsity), 2,039 GB/s, 400 W. Datasheet file nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf, read through secondary copies.',
  },
  {
    key: 'nvidia2023l4',
    topic: 'hardware',
    type: 'techreport',
    authors: ['NVIDIA'],
    corporate: true,
    authorsComplete: true,
    title: 'NVIDIA L4 Tensor Core GPU datasheet',
    venue: 'NVIDIA Corporation',
    year: 2023,
    url: 'https://www.nvidia.com/en-us/data-center/l4/',
    note: 'L4: 242 TFLOPS FP16 with sparsity (about 121 dense), 300 GB/s, 72 W. Read through secondary copies.',
  },
  {
    key: 'mlcommons2024v40',
    topic: 'hardware',
    type: 'misc',
    authors: ['MLCommons'],
    corporate: true,
    authorsComplete: true,
    title: 'MLPerf Inference v4.0 results',
    venue: 'GitHub repository mlcommons/inference_results_v4.0',
    year: 2024,
    url: 'https://github.com/mlcommons/inference_results_v4.0',
    note: 'SDXL 1024², 20 steps, guidance 8: 1.64 samples/s offline on one H100-SXM-80GB (NVIDIA, TensorRT, INT8 UNet).',
  },
  {
    key: 'fal2023benchmarks',
    topic: 'hardware',
    type: 'software',
    authors: ['fal.ai'],
    corporate: true,
    authorsComplete: true,
    title: 'stable-diffusion-benchmarks',
    venue: 'GitHub repository fal-ai/stable-diffusion-benchmarks',
    year: 2023,
    url: 'https://github.com/fal-ai/stable-diffusion-benchmarks',
    note: 'A100 80GB, fp16, 50 steps: SDXL 1024² in 5.93 s with diffusers. A living README; the year is that of its first release.',
  },
  {
    key: 'luccioni2024power',
    topic: 'hardware',
    type: 'inproceedings',
    authors: ['Alexandra Sasha Luccioni', 'Yacine Jernite', 'Emma Strubell'],
    authorsComplete: true,
    title: 'Power Hungry Processing: Watts Driving the Cost of AI Deployment?',
    venue: 'ACM Conference on Fairness, Accountability, and Transparency (FAccT)',
    year: 2024,
    arxiv: '2311.16863',
    url: 'https://arxiv.org/abs/2311.16863',
    note: 'Image generation: mean 2.9 kWh per 1,000 inferences, batch 1 on one A100 of an 8-GPU node (idle GPUs included).',
  },
  {
    key: 'williams2009roofline',
    topic: 'hardware',
    type: 'article',
    authors: ['Samuel Williams', 'Andrew Waterman', 'David Patterson'],
    authorsComplete: true,
    title: 'Roofline: An Insightful Visual Performance Model for Multicore Architectures',
    venue: 'Communications of the ACM 52(4)',
    year: 2009,
    doi: '10.1145/1498765.1498785',
    url: 'https://doi.org/10.1145/1498765.1498785',
    note: 'Attainable throughput = min(peak FLOP/s, arithmetic intensity × memory bandwidth).',
  },
  // ── Methods and software used by this site ───────────────────────────────────────
  {
    key: 'blackman2021xoshiro',
    topic: 'methods',
    type: 'article',
    authors: ['David Blackman', 'Sebastiano Vigna'],
    authorsComplete: true,
    title: 'Scrambled Linear Pseudorandom Number Generators',
    venue: 'ACM Transactions on Mathematical Software',
    year: 2021,
    doi: '10.1145/3460772',
    url: 'https://prng.di.unimi.it/',
    note: 'xoshiro128**, the generator behind every random byte on this site.',
  },
  {
    key: 'kovesi2010gaussian',
    topic: 'methods',
    type: 'inproceedings',
    authors: ['Peter Kovesi'],
    authorsComplete: true,
    title: 'Fast Almost-Gaussian Filtering',
    venue: 'International Conference on Digital Image Computing: Techniques and Applications (DICTA)',
    year: 2010,
    url: 'https://www.peterkovesi.com/papers/FastGaussianSmoothing.pdf',
    note: 'Repeated box filters approximate a Gaussian blur at a cost independent of sigma (smooth noise on /structure/).',
  },
  {
    key: 'vonplaten2022diffusers',
    topic: 'methods',
    type: 'software',
    authors: [
      'Patrick von Platen',
      'Suraj Patil',
      'Anton Lozhkov',
      'Pedro Cuenca',
      'Nathan Lambert',
      'Kashif Rasul',
      'Mishig Davaadorj',
      'Dhruv Nair',
      'Sayak Paul',
      'William Berman',
      'Yiyi Xu',
      'Thomas Wolf',
    ],
    authorsComplete: true,
    title: 'Diffusers: State-of-the-art diffusion models',
    venue: 'GitHub repository huggingface/diffusers',
    year: 2022,
    url: 'https://github.com/huggingface/diffusers',
    note: 'Default step counts and guidance scales are read from its pipelines. Authors from the repository’s CITATION.cff.',
  },
];

const byKey = new Map(BIBLIOGRAPHY.map((r) => [r.key, r]));

/** The reference with this key; throws listing the valid keys when there is none. */
export function getReference(key: string): Reference {
  const ref = byKey.get(key);
  if (ref === undefined) {
    throw new RangeError(
      `unknown reference key ${JSON.stringify(key)}; valid keys: ${[...byKey.keys()].sort().join(', ')}`,
    );
  }
  return ref;
}

/** Splits a comma-separated key list (`k="a,b"`) and resolves each key; throws on an empty list. */
export function getReferences(keys: string): Reference[] {
  const list = keys
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '');
  if (list.length === 0) throw new RangeError(`expected one or more reference keys; got ${JSON.stringify(keys)}`);
  return list.map(getReference);
}

/** "Patrick von Platen" → "von Platen": the last word plus any lowercase particles before it. */
export function familyName(author: string): string {
  const words = author.trim().split(/\s+/);
  let i = words.length - 1;
  while (i > 0 && /^[a-z]/.test(words[i - 1])) i--;
  return words.slice(i).join(' ');
}

function givenNames(author: string): string {
  const family = familyName(author);
  return author.trim().slice(0, -family.length).trim();
}

/** The label of an inline citation: "Kovesi 2010", "Ho & Salimans 2022", "Song et al. 2023", "NVIDIA 2022". */
export function shortLabel(ref: Reference): string {
  if (ref.corporate) return `${ref.authors[0]} ${ref.year}`;
  const names = ref.authors.map(familyName);
  if (names.length === 1 && ref.authorsComplete) return `${names[0]} ${ref.year}`;
  if (names.length === 2 && ref.authorsComplete) return `${names[0]} & ${names[1]} ${ref.year}`;
  return `${names[0]} et al. ${ref.year}`;
}

/** Authors for display: "A, B and C", with "et al." when the list is incomplete. */
export function formatAuthors(ref: Reference): string {
  const a = [...ref.authors];
  if (!ref.authorsComplete) return `${a.join(', ')} et al.`;
  if (a.length <= 1) return a.join('');
  return `${a.slice(0, -1).join(', ')} and ${a[a.length - 1]}`;
}

/** One plain-text line: authors (year). “Title.” Venue. arXiv:…. doi:…. URL */
export function formatPlain(ref: Reference): string {
  const parts = [`${formatAuthors(ref)} (${ref.year}). “${ref.title}.” ${ref.venue}.`];
  if (ref.arxiv) parts.push(`arXiv:${ref.arxiv}.`);
  if (ref.doi) parts.push(`doi:${ref.doi}.`);
  parts.push(ref.url);
  return parts.join(' ');
}

/** Escapes the characters that BibTeX treats specially in a field value. */
function bibEscape(value: string): string {
  return value.replace(/([&%#$_])/g, '\\$1').replace(/[{}]/g, '');
}

function bibAuthor(ref: Reference): string {
  if (ref.corporate) return `{${bibEscape(ref.authors[0])}}`;
  const names = ref.authors.map((a) => {
    const given = givenNames(a);
    return given ? `${familyName(a)}, ${given}` : familyName(a);
  });
  if (!ref.authorsComplete) names.push('others');
  return names.join(' and ');
}

/** A BibTeX entry (biblatex-friendly: eprint/eprinttype for arXiv). Fields are brace-delimited. */
export function formatBibtex(ref: Reference): string {
  const venueField =
    ref.type === 'article'
      ? 'journal'
      : ref.type === 'inproceedings'
        ? 'booktitle'
        : ref.type === 'techreport'
          ? 'institution'
          : 'howpublished';
  const entryType = ref.type === 'software' ? 'misc' : ref.type;
  const fields: Array<[string, string]> = [
    ['author', bibAuthor(ref)],
    ['title', `{${bibEscape(ref.title)}}`],
    [venueField, bibEscape(ref.venue)],
    ['year', String(ref.year)],
  ];
  if (ref.arxiv) {
    fields.push(['eprint', ref.arxiv], ['eprinttype', 'arXiv'], ['archivePrefix', 'arXiv']);
  }
  if (ref.doi) fields.push(['doi', ref.doi]);
  fields.push(['url', ref.url]);
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}}`).join(',\n');
  return `@${entryType}{${ref.key},\n${body}\n}`;
}

/** The bibliography grouped by topic, in the order of TOPICS, entries in file order. */
export function referencesByTopic(): Array<{ topic: Topic; heading: string; references: Reference[] }> {
  return (Object.keys(TOPICS) as Topic[]).map((topic) => ({
    topic,
    heading: TOPICS[topic],
    references: BIBLIOGRAPHY.filter((r) => r.topic === topic),
  }));
}
