/**
 * The engine's predictions beside measured data points (facts.md §4), so the site can show how
 * far a FLOP-count roofline gets. ratio = predicted / measured: below 1 the engine is too
 * optimistic, above 1 too pessimistic.
 *
 * Two of the points are not independent: the default utilisations of `h100-sxm` (MLPerf) and
 * `a100-sxm` (fal.ai SDXL) were derived from them, so those ratios are ≈ 1 by construction and
 * are marked `calibrated`. The other points test the model.
 */
import { estimateJoules } from './estimate-joules.ts';
import { estimateSeconds } from './estimate-seconds.ts';
import { getHardware } from './hardware.ts';
import { imageEstimate } from './image-estimate.ts';

export interface RealityCheck {
  id: string;
  label: string;
  /** What is compared: seconds per image, or joules per image. */
  quantity: 'seconds' | 'joules';
  measured: number;
  predicted: number;
  /** predicted / measured. */
  ratio: number;
  hardware: string;
  /** The engine settings used for the prediction. */
  setting: { model: string; width: number; height: number; steps: number; cfg: boolean };
  /** true when the hardware's default utilisation was fitted to this very point. */
  calibrated: boolean;
  sourceUrl: string;
  notes: string;
}

const MLPERF_URL =
  'https://github.com/mlcommons/inference_results_v4.0/blob/main/closed/NVIDIA/results/DGX-H100_H100-SXM-80GBx1_TRT/stable-diffusion-xl/Offline/performance/run_1/mlperf_log_summary.txt';
const MLPERF_MAXQ_URL = 'https://github.com/mlcommons/inference_results_v4.0/tree/main/closed/NVIDIA/results';
const FAL_URL = 'https://github.com/fal-ai/stable-diffusion-benchmarks';
const SDXL_TURBO_URL = 'https://stability.ai/news/stability-ai-sdxl-turbo';

/** MLPerf v4.0 SDXL Offline on 1× H100-SXM-80GB, samples per second. */
const MLPERF_SAMPLES_PER_SECOND = 1.64;
/** MLPerf v4.0 MaxQ power run: 8× H100 server, ≈ 4.75 kW wall power at 9.65 samples/s (facts.md §4). */
const MLPERF_MAXQ_WATTS = 4750;
const MLPERF_MAXQ_SAMPLES_PER_SECOND = 9.65;

export function realityChecks(): RealityCheck[] {
  const checks: RealityCheck[] = [];
  const add = (
    base: Omit<RealityCheck, 'ratio' | 'setting' | 'predicted'>,
    estimate: ReturnType<typeof imageEstimate>,
    predicted: number,
  ): void => {
    const c = estimate.cost;
    checks.push({
      ...base,
      predicted,
      ratio: predicted / base.measured,
      setting: { model: c.model, width: c.width, height: c.height, steps: c.steps, cfg: c.cfg },
    });
  };

  const mlperf = imageEstimate({
    model: 'sdxl',
    width: 1024,
    height: 1024,
    steps: 20,
    guidance: 8,
    hardware: 'h100-sxm',
  });
  add(
    {
      id: 'mlperf-sdxl-h100',
      label: 'MLPerf Inference v4.0 SDXL, 1× H100 SXM (Offline throughput)',
      quantity: 'seconds',
      measured: 1 / MLPERF_SAMPLES_PER_SECOND,
      hardware: 'h100-sxm',
      calibrated: true,
      sourceUrl: MLPERF_URL,
      notes:
        'Measured as 1 / 1.64 samples/s (batched throughput, not single-image latency). NVIDIA ran the UNet in ' +
        'INT8 (fp16-int8 mixed, TensorRT) with fp16 VAE and text encoders; the prediction uses the FP16 peak at ' +
        'the utilisation fitted to this point.',
    },
    mlperf,
    mlperf.seconds,
  );

  const falSdxl = imageEstimate({ model: 'sdxl', width: 1024, height: 1024, steps: 50, hardware: 'a100-sxm' });
  add(
    {
      id: 'fal-sdxl-a100',
      label: 'fal.ai benchmark, SDXL 1024², 50 steps, diffusers fp16, A100 80GB SXM',
      quantity: 'seconds',
      measured: 5.93,
      hardware: 'a100-sxm',
      calibrated: true,
      sourceUrl: FAL_URL,
      notes:
        'Single-image latency with CFG (diffusers default guidance). The A100 default utilisation (37%) was ' +
        'fitted to this point. With TensorRT fal measured 4.10 s.',
    },
    falSdxl,
    falSdxl.seconds,
  );

  const falSd15 = imageEstimate({ model: 'sd15', width: 512, height: 512, steps: 50, hardware: 'a100-sxm' });
  add(
    {
      id: 'fal-sd15-a100',
      label: 'fal.ai benchmark, SD 1.5 512², 50 steps, diffusers fp16, A100 80GB SXM',
      quantity: 'seconds',
      measured: 1.59,
      hardware: 'a100-sxm',
      calibrated: false,
      sourceUrl: FAL_URL,
      notes:
        'Independent of the calibration. The engine is about 2× too optimistic: at 512² each SD 1.5 step is ' +
        'only ~0.8 TFLOP per CFG pair, too small to keep an A100 busy, so per-step overheads (kernel launches, ' +
        'scheduler, Python) weigh more than at 1024².',
    },
    falSd15,
    falSd15.seconds,
  );

  const turbo = imageEstimate({ model: 'sdxl-turbo', width: 512, height: 512, steps: 1, hardware: 'a100-sxm' });
  add(
    {
      id: 'sdxl-turbo-a100',
      label: 'SDXL-Turbo 512², 1 step, A100 (prompt encoding + 1 step + decode, fp16)',
      quantity: 'seconds',
      measured: 0.207,
      hardware: 'a100-sxm',
      calibrated: false,
      sourceUrl: SDXL_TURBO_URL,
      notes:
        'Read in secondary copies of the Stability AI announcement. Batch-1 latency of a 4-TFLOP job is ' +
        'dominated by fixed overheads, so FLOPs / (peak × utilisation) underestimates it several-fold: ' +
        'one-step models are latency-bound, not FLOP-bound.',
    },
    turbo,
    turbo.seconds,
  );

  const a100 = getHardware('a100-sxm');
  const turboUnet = estimateSeconds({
    flops: turbo.cost.perStepFlops,
    bytes: turbo.cost.params.denoiser * 2,
    hardware: a100,
  });
  add(
    {
      id: 'sdxl-turbo-unet-a100',
      label: 'SDXL-Turbo 512², the single UNet step alone, A100',
      quantity: 'seconds',
      measured: 0.067,
      hardware: 'a100-sxm',
      calibrated: false,
      sourceUrl: SDXL_TURBO_URL,
      notes:
        'The announcement attributes 67 ms of the 207 ms to the UNet. Same caveat: one small call is overhead-bound.',
    },
    turbo,
    turboUnet.seconds,
  );

  const perGpuSeconds = mlperf.seconds;
  const upperBoundJoules = estimateJoules({ seconds: perGpuSeconds, hardware: 'h100-sxm' }).joules;
  add(
    {
      id: 'mlperf-sdxl-maxq-energy',
      label: 'MLPerf v4.0 SDXL power run, 8× H100 server (MaxQ), energy per image',
      quantity: 'joules',
      measured: MLPERF_MAXQ_WATTS / MLPERF_MAXQ_SAMPLES_PER_SECOND,
      hardware: 'h100-sxm',
      calibrated: false,
      sourceUrl: MLPERF_MAXQ_URL,
      notes:
        'Measured: whole-server wall power (≈ 4.75 kW, read from mid-run samples, not the official average) / ' +
        '9.65 samples/s ≈ 490 J per image, with 8 power-capped GPUs plus CPUs, fans and PSU losses. Predicted: ' +
        'one GPU at its 700 W maximum board power × the predicted seconds per image. The "upper bound" covers ' +
        'the GPU only, which is why it can fall below a wall-power measurement.',
    },
    mlperf,
    upperBoundJoules,
  );
  return checks;
}
