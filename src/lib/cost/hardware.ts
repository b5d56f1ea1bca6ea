/**
 * Hardware profiles: the one module that holds every hardware number. Each figure carries its
 * source URL (a vendor datasheet, product page or architecture whitepaper, or where that is
 * not public in full, a copy of it) and the month it was read ("as of", 2025-10 for all).
 *
 * Peaks are DENSE tensor-core rates. NVIDIA's headline tensor numbers assume 2:4 structured
 * sparsity and are twice the dense rate ("Specifications 1/2 lower without sparsity"); diffusion
 * inference runs dense, so the sparse headline is stored separately, labelled, and never used.
 */
import { checkNumber, checkOneOf } from '../validate.ts';
import type { Dtype } from './dtype.ts';
import { DTYPES } from './dtype.ts';
import type { GpuArchitecture } from './latency.ts';
import { LATENCY_PARAMS } from './latency-params.ts';

export const HARDWARE_IDS = ['h100-sxm', 'h100-pcie', 'rtx-4090', 'a100-sxm', 'l4', 'rtx-3060', 'laptop-cpu'] as const;
export type HardwareId = (typeof HARDWARE_IDS)[number];

/** Utilisation assumed for profiles without a measured data point (a stated assumption, not a measurement). */
export const ASSUMED_UTILISATION = 0.4;

export interface HardwareSource {
  readonly url: string;
  /** Which fields this source supports. */
  readonly covers: string;
  /** When the figure was read (YYYY-MM). */
  readonly asOf: string;
  /** How the figure was read: P in the primary source, S in a secondary copy of it, D derived from other figures. */
  readonly tag: 'P' | 'S' | 'D';
}

/** GeForce cards run FP16/FP8 tensor math at full rate only with FP16 accumulation. */
export interface AccumulateVariant {
  readonly fp16AccumulateFlopsPerSecond: number;
  readonly fp32AccumulateFlopsPerSecond: number;
  /** Which one `denseFlopsPerSecond` uses, and why. */
  readonly used: 'fp16' | 'fp32';
  readonly reason: string;
}

export interface HardwareProfile {
  readonly id: string;
  readonly name: string;
  readonly kind: 'gpu' | 'cpu';
  /** The GPU generation, for the latency model's fitted kernel efficiency; null for CPUs and unknown devices. */
  readonly architecture: GpuArchitecture | null;
  /** Dense peak per format, FLOP/s. A format missing here is not supported (or not published). */
  readonly denseFlopsPerSecond: Readonly<Partial<Record<Dtype, number>>>;
  /** The datasheet's "with sparsity" headline, FLOP/s; for display only, never a peak. */
  readonly sparseHeadlineFlopsPerSecond: Readonly<Partial<Record<Dtype, number>>>;
  readonly accumulateVariants: Readonly<Partial<Record<Dtype, AccumulateVariant>>>;
  readonly memoryBytesPerSecond: number;
  readonly memoryBytes: number;
  /** Maximum board power (GPU TDP/TGP, CPU package TDP), watts. */
  readonly boardWatts: number;
  readonly defaultDtype: Dtype;
  /** Fraction of the dense peak a diffusion workload reaches, in (0, 1]. */
  readonly defaultUtilisation: number;
  readonly utilisationBasis: 'fitted' | 'measured' | 'assumed';
  /** How `defaultUtilisation` was obtained. */
  readonly utilisationDerivation: string;
  /** true when the peak is computed by us rather than read in a datasheet. */
  readonly derived: boolean;
  readonly note: string;
  readonly sources: readonly HardwareSource[];
}

const AS_OF = '2025-10';
const T = 1e12;
const G = 1e9;

const H100_SOURCES: readonly HardwareSource[] = [
  {
    url: 'https://www.nvidia.com/en-us/data-center/h100/',
    covers: 'tensor rates (dense = headline / 2), memory, bandwidth, max TDP',
    asOf: AS_OF,
    tag: 'S',
  },
  {
    url: 'https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet',
    covers: 'datasheet footnote "Shown with sparsity. Specifications 1/2 lower without sparsity."',
    asOf: AS_OF,
    tag: 'S',
  },
];

/**
 * The default η of a GPU profile: the latency model's efficiency for its generation, fitted to
 * published measurements of plain PyTorch + diffusers (see src/data/measurements.ts).
 */
const ARCHITECTURE_NAMES: Readonly<Record<GpuArchitecture, string>> = {
  hopper: 'Hopper',
  ampere: 'Ampere',
  ada: 'Ada',
};

function fitted(architecture: GpuArchitecture, name: string) {
  const eta = LATENCY_PARAMS.matmulEfficiency[architecture];
  return {
    defaultUtilisation: eta,
    utilisationBasis: 'fitted' as const,
    utilisationDerivation:
      `Fitted: ${name}'s large matmul, conv and attention kernels reach ${(100 * eta).toFixed(0)}% of the dense ` +
      `peak in eager PyTorch, the latency model's efficiency for ${ARCHITECTURE_NAMES[architecture]} ` +
      'GPUs, fitted (with per-kernel and per-launch costs) to published whole-pipeline timings. Per-step ' +
      'overheads come on top, so the share of the peak a whole image reaches is lower.',
  };
}

function assumedDerivation(name: string): string {
  return (
    `Assumed: no fitted GPU generation covers ${name}, so the default is ${ASSUMED_UTILISATION} of the ` +
    'dense peak, within the range the latency model fits for GPUs. Treat times as first-order estimates.'
  );
}

const PROFILES: Readonly<Record<HardwareId, HardwareProfile>> = {
  'h100-sxm': {
    id: 'h100-sxm',
    name: 'NVIDIA H100 SXM5 80 GB',
    kind: 'gpu',
    architecture: 'hopper',
    // Whitepaper: 989.4 FP16/BF16, 494.7 TF32 dense; datasheet FP32 (non-tensor) 67 (66.9).
    denseFlopsPerSecond: {
      fp16: 989 * T,
      bf16: 989 * T,
      fp8: 1979 * T,
      int8: 1979 * T,
      tf32: 494.7 * T,
      fp32: 66.9 * T,
    },
    sparseHeadlineFlopsPerSecond: { fp16: 1979 * T, bf16: 1979 * T, fp8: 3958 * T, int8: 3958 * T, tf32: 989 * T },
    accumulateVariants: {},
    memoryBytesPerSecond: 3.35 * T,
    memoryBytes: 80 * G,
    boardWatts: 700,
    defaultDtype: 'fp16',
    ...fitted('hopper', 'The H100 SXM'),
    derived: false,
    note: '700 W is the configurable maximum board power, not a measured draw. 80 GB HBM3.',
    sources: [
      ...H100_SOURCES,
      {
        url: 'https://www.glennklockwood.com/garden/processors/h100',
        covers: 'Hopper whitepaper dense table (989.4 / 494.7 / 1979)',
        asOf: AS_OF,
        tag: 'S',
      },
    ],
  },
  'h100-pcie': {
    id: 'h100-pcie',
    name: 'NVIDIA H100 PCIe 80 GB',
    kind: 'gpu',
    architecture: 'hopper',
    denseFlopsPerSecond: { fp16: 756 * T, bf16: 756 * T, fp8: 1513 * T, int8: 1513 * T, tf32: 378 * T, fp32: 51 * T },
    sparseHeadlineFlopsPerSecond: { fp16: 1513 * T, bf16: 1513 * T, fp8: 3026 * T, int8: 3026 * T, tf32: 756 * T },
    accumulateVariants: {},
    memoryBytesPerSecond: 2.0 * T,
    memoryBytes: 80 * G,
    boardWatts: 350,
    defaultDtype: 'fp16',
    ...fitted('hopper', 'The H100 PCIe'),
    derived: false,
    note: '80 GB HBM2e, ">2,000 GB/s"; 300–350 W (product brief PB-11133-001: 350 W).',
    sources: [
      ...H100_SOURCES,
      {
        url: 'https://www.nvidia.com/en-us/data-center/h100/',
        covers:
          'PCIe bandwidth and 350 W, confirmed by NVIDIA product brief PB-11133-001 (read in a manuals.plus copy)',
        asOf: AS_OF,
        tag: 'S',
      },
    ],
  },
  'rtx-4090': {
    id: 'rtx-4090',
    name: 'NVIDIA GeForce RTX 4090',
    kind: 'gpu',
    architecture: 'ada',
    denseFlopsPerSecond: {
      fp16: 165.2 * T,
      bf16: 165.2 * T,
      fp8: 330.3 * T,
      int8: 660.6 * T,
      tf32: 82.6 * T,
      fp32: 82.6 * T,
    },
    sparseHeadlineFlopsPerSecond: {
      fp16: 330.4 * T,
      bf16: 330.4 * T,
      fp8: 660.6 * T,
      int8: 1321.2 * T,
      tf32: 165.2 * T,
    },
    accumulateVariants: {
      fp16: {
        fp16AccumulateFlopsPerSecond: 330.3 * T,
        fp32AccumulateFlopsPerSecond: 165.2 * T,
        used: 'fp32',
        reason:
          'PyTorch FP16 GEMMs accumulate in FP32, and GeForce Ada runs FP32-accumulate tensor math at half rate, ' +
          'so 165.2 TFLOPS (not 330.3) is the realistic dense ceiling for diffusion inference.',
      },
      fp8: {
        fp16AccumulateFlopsPerSecond: 660.6 * T,
        fp32AccumulateFlopsPerSecond: 330.3 * T,
        used: 'fp32',
        reason:
          'FP8 GEMMs in PyTorch (torch._scaled_mm) accumulate in FP32; 330.3 is the value corrected in ' +
          'whitepaper v2.02, footnote 4.',
      },
    },
    memoryBytesPerSecond: 1008 * G,
    memoryBytes: 24 * G,
    boardWatts: 450,
    defaultDtype: 'fp16',
    ...fitted('ada', 'The RTX 4090'),
    derived: false,
    note: '24 GB GDDR6X; 450 W total graphics power; 128 SMs at 2,520 MHz boost.',
    sources: [
      {
        url: 'https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf',
        covers: 'Appendix A: dense/sparse tensor rates for both accumulators, FP32, memory, 450 W',
        asOf: AS_OF,
        tag: 'S',
      },
    ],
  },
  'a100-sxm': {
    id: 'a100-sxm',
    name: 'NVIDIA A100 SXM4 80 GB',
    kind: 'gpu',
    architecture: 'ampere',
    // Ampere has no FP8 tensor cores, so fp8 is absent.
    denseFlopsPerSecond: { fp16: 312 * T, bf16: 312 * T, int8: 624 * T, tf32: 156 * T, fp32: 19.5 * T },
    sparseHeadlineFlopsPerSecond: { fp16: 624 * T, bf16: 624 * T, int8: 1248 * T, tf32: 312 * T },
    accumulateVariants: {},
    memoryBytesPerSecond: 2039 * G,
    memoryBytes: 80 * G,
    boardWatts: 400,
    defaultDtype: 'fp16',
    ...fitted('ampere', 'The A100'),
    derived: false,
    note: '80 GB HBM2e.',
    sources: [
      {
        url: 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf',
        covers: 'tensor rates (dense and sparse), FP32, memory, bandwidth, 400 W',
        asOf: AS_OF,
        tag: 'S',
      },
    ],
  },
  l4: {
    id: 'l4',
    name: 'NVIDIA L4',
    kind: 'gpu',
    architecture: 'ada',
    // The datasheet prints only sparse tensor figures (242 FP16, 485 FP8, 120 TF32); dense = half.
    denseFlopsPerSecond: {
      fp16: 121 * T,
      bf16: 121 * T,
      fp8: 242.5 * T,
      int8: 242.5 * T,
      tf32: 60 * T,
      fp32: 30.3 * T,
    },
    sparseHeadlineFlopsPerSecond: { fp16: 242 * T, bf16: 242 * T, fp8: 485 * T, int8: 485 * T, tf32: 120 * T },
    accumulateVariants: {},
    memoryBytesPerSecond: 300 * G,
    memoryBytes: 24 * G,
    boardWatts: 72,
    defaultDtype: 'fp16',
    ...fitted('ada', 'The L4'),
    derived: false,
    note: 'Dense tensor rates are the sparse datasheet figures halved [D]. 24 GB GDDR6, 72 W.',
    sources: [
      {
        url: 'https://www.nvidia.com/en-us/data-center/l4/',
        covers: 'sparse tensor rates, FP32, memory, bandwidth, 72 W',
        asOf: AS_OF,
        tag: 'S',
      },
    ],
  },
  'rtx-3060': {
    id: 'rtx-3060',
    name: 'NVIDIA GeForce RTX 3060 12 GB',
    kind: 'gpu',
    architecture: 'ampere',
    // 101 "tensor-TFLOPs" (sparse) / 2 = 50.5 dense with FP16 accumulate; / 2 again with FP32
    // accumulate, by analogy with the Ada appendix [D]. FP32: 3,584 cores × 2 × 1.777 GHz = 12.74 [D].
    denseFlopsPerSecond: { fp16: 25.25 * T, bf16: 25.25 * T, fp32: 3584 * 2 * 1.777 * G },
    sparseHeadlineFlopsPerSecond: { fp16: 101 * T },
    accumulateVariants: {
      fp16: {
        fp16AccumulateFlopsPerSecond: 50.5 * T,
        fp32AccumulateFlopsPerSecond: 25.25 * T,
        used: 'fp32',
        reason:
          'PyTorch accumulates FP16 GEMMs in FP32, which GeForce cards run at half the FP16-accumulate rate; ' +
          'both values are derived from the 101 TFLOPS sparse launch figure (÷2 dense, ÷2 again for FP32 accumulate).',
      },
    },
    memoryBytesPerSecond: 360 * G,
    memoryBytes: 12 * G,
    boardWatts: 170,
    defaultDtype: 'fp16',
    ...fitted('ampere', 'The RTX 3060'),
    derived: true,
    note: 'Tensor rates derived, not published as dense figures. No FP8 (Ampere); TF32 not published for GeForce.',
    sources: [
      {
        url: 'https://www.nvidia.com/en-us/geforce/graphics-cards/30-series/rtx-3060-3060ti/',
        covers: '"101 tensor-TFLOPs" (sparse), 3,584 CUDA cores, 1.777 GHz boost, 12 GB / 360 GB/s, 170 W',
        asOf: AS_OF,
        tag: 'S',
      },
      {
        url: 'https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf',
        covers: 'GeForce FP32-accumulate tensor rate = ½ FP16-accumulate (applied by analogy)',
        asOf: AS_OF,
        tag: 'D',
      },
    ],
  },
  'laptop-cpu': {
    id: 'laptop-cpu',
    name: 'Laptop CPU (Intel Core i7-8550U class, 4 cores)',
    kind: 'cpu',
    architecture: null,
    // Derived peak: 4 cores × 2 FMA units × 8 FP32 lanes (256-bit AVX2) × 2 FLOP per FMA × 1.8 GHz base
    // clock = 230.4 GFLOP/s. The base clock is the one Intel guarantees at the 15 W TDP; short turbo
    // bursts (up to 4.0 GHz) are faster but not sustainable at this power.
    denseFlopsPerSecond: { fp32: 4 * 2 * 8 * 2 * 1.8 * G },
    sparseHeadlineFlopsPerSecond: {},
    accumulateVariants: {},
    memoryBytesPerSecond: 34.1 * G,
    // A typical configuration; the CPU supports up to 32 GB.
    memoryBytes: 16 * G,
    boardWatts: 15,
    defaultDtype: 'fp32',
    defaultUtilisation: ASSUMED_UTILISATION,
    utilisationBasis: 'assumed',
    utilisationDerivation: assumedDerivation('a laptop CPU (optimistic for PyTorch on a thermally limited laptop)'),
    derived: true,
    note:
      'Derived peak (cores × SIMD width × FMA units × 2 × clock), not a published figure. 15 W package TDP ' +
      '(configurable up to 25 W); laptop wall power (screen, memory, SSD) is higher.',
    sources: [
      {
        url: 'https://www.intel.com/content/www/us/en/products/sku/122589/intel-core-i78550u-processor-8m-cache-up-to-4-00-ghz/specifications.html',
        covers: '4 cores, 1.8 GHz base / 4.0 GHz turbo, 15 W TDP (cTDP up 25 W), AVX2, 34.1 GB/s max memory bandwidth',
        asOf: AS_OF,
        tag: 'S',
      },
      {
        url: 'https://www.agner.org/optimize/microarchitecture.pdf',
        covers: 'Skylake-family cores: two 256-bit FMA units per core (ports 0 and 1)',
        asOf: AS_OF,
        tag: 'D',
      },
    ],
  },
};

/** The built-in profile for `id`; throws a RangeError listing every valid id otherwise. */
export function getHardware(id: string): HardwareProfile {
  return PROFILES[checkOneOf('hardware', id, HARDWARE_IDS)];
}

/** Every built-in profile, in `HARDWARE_IDS` order. */
export function listHardware(): HardwareProfile[] {
  return HARDWARE_IDS.map((id) => PROFILES[id]);
}

/** How a profile's default utilisation was obtained (measured and from what, or assumed). */
export function explainUtilisation(hardware: string | HardwareProfile): string {
  const profile = resolveHardware(hardware);
  return `${profile.name}: default utilisation ${profile.defaultUtilisation}. ${profile.utilisationDerivation}`;
}

/** Throws a RangeError unless 0 < value ≤ 1. */
export function checkUtilisation(name: string, value: unknown): number {
  checkNumber(name, value, 0, 1);
  if (value === 0) throw new RangeError(`${name} must be a finite number in (0, 1]; got 0`);
  return value as number;
}

/** The dtypes a profile has a dense peak for, in `DTYPES` order. */
export function availableDtypes(profile: HardwareProfile): Dtype[] {
  return DTYPES.filter((dtype) => (profile.denseFlopsPerSecond[dtype] ?? 0) > 0);
}

/**
 * A profile from an id (built-in) or a profile object (a runtime profile such as the reader's
 * measured `your-device`, built with `defineHardware`). Objects are checked field by field.
 */
export function resolveHardware(hardware: unknown): HardwareProfile {
  if (typeof hardware === 'string') return getHardware(hardware);
  if (hardware === null || typeof hardware !== 'object' || Array.isArray(hardware)) {
    throw new TypeError(
      `hardware must be one of ${HARDWARE_IDS.join(', ')} or a hardware profile object; got ${hardware === null ? 'null' : typeof hardware}`,
    );
  }
  const p = hardware as HardwareProfile;
  if (typeof p.id !== 'string' || p.id.length === 0) throw new TypeError('hardware.id must be a non-empty string');
  checkNumber('hardware.memoryBytesPerSecond', p.memoryBytesPerSecond, Number.MIN_VALUE, Number.MAX_VALUE);
  checkNumber('hardware.boardWatts', p.boardWatts, Number.MIN_VALUE, Number.MAX_VALUE);
  checkUtilisation('hardware.defaultUtilisation', p.defaultUtilisation);
  if (p.denseFlopsPerSecond === null || typeof p.denseFlopsPerSecond !== 'object') {
    throw new TypeError('hardware.denseFlopsPerSecond must be an object mapping dtype to FLOP/s');
  }
  for (const [dtype, rate] of Object.entries(p.denseFlopsPerSecond)) {
    checkOneOf('hardware.denseFlopsPerSecond key', dtype, DTYPES);
    checkNumber(`hardware.denseFlopsPerSecond.${dtype}`, rate, Number.MIN_VALUE, Number.MAX_VALUE);
  }
  checkOneOf('hardware.defaultDtype', p.defaultDtype, availableDtypes(p));
  return p;
}

export interface DefineHardwareOptions {
  id: string;
  name: string;
  kind?: 'gpu' | 'cpu';
  architecture?: GpuArchitecture | null;
  /** Dense (or measured achieved) FLOP/s per dtype. */
  denseFlopsPerSecond: Partial<Record<Dtype, number>>;
  memoryBytesPerSecond: number;
  memoryBytes?: number;
  boardWatts: number;
  defaultDtype?: Dtype;
  /** Use 1 when `denseFlopsPerSecond` is an achieved (measured) rate rather than a peak. */
  defaultUtilisation?: number;
  utilisationDerivation?: string;
  note?: string;
  sources?: readonly HardwareSource[];
}

/**
 * Builds and validates a runtime profile (e.g. `your-device`, measured in the reader's browser).
 * Pass the result anywhere a hardware id is accepted.
 */
export function defineHardware(options: DefineHardwareOptions): HardwareProfile {
  const dtypes = DTYPES.filter((dtype) => options.denseFlopsPerSecond?.[dtype] !== undefined);
  const measured = options.defaultUtilisation !== undefined;
  const profile: HardwareProfile = {
    id: options.id,
    name: options.name,
    kind: options.kind ?? 'gpu',
    architecture: options.architecture ?? null,
    denseFlopsPerSecond: { ...options.denseFlopsPerSecond },
    sparseHeadlineFlopsPerSecond: {},
    accumulateVariants: {},
    memoryBytesPerSecond: options.memoryBytesPerSecond,
    memoryBytes: options.memoryBytes ?? 0,
    boardWatts: options.boardWatts,
    defaultDtype: options.defaultDtype ?? (dtypes.includes('fp16') ? 'fp16' : (dtypes[0] ?? 'fp32')),
    defaultUtilisation: options.defaultUtilisation ?? ASSUMED_UTILISATION,
    utilisationBasis: measured ? 'measured' : 'assumed',
    utilisationDerivation:
      options.utilisationDerivation ?? (measured ? 'Given by the caller.' : assumedDerivation(options.name)),
    derived: true,
    note: options.note ?? '',
    sources: options.sources ?? [],
  };
  return resolveHardware(profile);
}
