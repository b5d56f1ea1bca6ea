/**
 * A few headline data points beside the latency model's predictions, for the prose of the
 * chapters (the full validation, with leave-one-out errors, is calibration.ts over
 * src/data/measurements.ts). ratio = predicted / measured: below 1 the engine is too optimistic,
 * above 1 too pessimistic. `calibrated` marks points that are also in the fitted dataset.
 */
import { estimateJoules } from './estimate-joules.ts';
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
  /** true when this point is also one of the latency model's fitted measurements. */
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
/**
 * MLPerf v4.0 MaxQ power run: 8× H100 server, ≈ 4.75 kW wall power at 9.65 samples/s, read from
 * `mlperf_log_summary.txt` and `spl.txt` of the DGX-H100 MaxQ SDXL run under MLPERF_MAXQ_URL (the
 * wattage is a reading of mid-run power samples, not the official average).
 */
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
    dtype: 'int8',
    software: 'tensorrt',
  });
  add(
    {
      id: 'mlperf-sdxl-h100',
      label: 'MLPerf Inference v4.0 SDXL, 1× H100 SXM (Offline throughput)',
      quantity: 'seconds',
      measured: 1 / MLPERF_SAMPLES_PER_SECOND,
      hardware: 'h100-sxm',
      calibrated: false,
      sourceUrl: MLPERF_URL,
      notes:
        'Measured as 1 / 1.64 samples/s (batched throughput at a batch size the summary does not state, not ' +
        'single-image latency). NVIDIA ran the UNet in INT8 through TensorRT; the prediction is for one image at a ' +
        'time in TensorRT at the INT8 rate, so batching explains a prediction slower than the measurement.',
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
        'Single-image latency with CFG (diffusers default guidance), plain diffusers. One of the fitted ' +
        'measurements. With TensorRT fal measured 4.10 s.',
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
      calibrated: true,
      sourceUrl: FAL_URL,
      notes:
        'One of the fitted measurements. At 512² each SD 1.5 step is only ~0.8 TFLOP per CFG pair, too small to ' +
        'keep an A100 busy: the host issuing some 700 kernels per step sets the pace, which the latency model ' +
        'counts.',
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
        'Read in secondary copies of the Stability AI announcement (software stack not stated; predicted for ' +
        'plain PyTorch). Batch-1 latency of a 4-TFLOP job is dominated by per-kernel costs, not FLOPs.',
    },
    turbo,
    turbo.seconds,
  );

  const turboUnet = turbo.latency.step;
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
        'The announcement attributes 67 ms of the 207 ms to the UNet. One small call: its ~1,800 kernels, not its FLOPs, set the time.',
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
