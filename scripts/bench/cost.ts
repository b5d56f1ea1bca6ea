/**
 * Cost-model benchmarks for `npm run bench`: the engine over its whole catalog. forwardCost for
 * every model at its default resolution; imageCost + imageEstimate for every model × hardware
 * pair (pipeline defaults, each profile's default dtype and utilisation); and one cost-chart
 * data build (100 step counts × 2 profiles), the work the chart does per settings change.
 * Each figure is the median of `runs` timed passes after warm-up (measure.ts).
 */
import { buildChartData } from '../../src/components/cost/chart-data.ts';
import { forwardCost, HARDWARE_IDS, imageCost, imageEstimate, MODEL_IDS } from '../../src/lib/index.ts';
import { measure } from './measure.ts';

export async function benchCost(runs: number): Promise<{ lines: string[]; json: Record<string, unknown> }> {
  const pairs = MODEL_IDS.length * HARDWARE_IDS.length;
  let sink = 0;
  const forward = measure(
    () => {
      for (const model of MODEL_IDS) sink += forwardCost({ model: model }).macs;
    },
    { runs },
  );
  const catalog = measure(
    () => {
      for (const model of MODEL_IDS) {
        sink += imageCost({ model }).flops;
        for (const hardware of HARDWARE_IDS) sink += imageEstimate({ model, hardware }).seconds;
      }
    },
    { runs },
  );
  const chart = measure(
    () => {
      sink += buildChartData({ model: 'sdxl', res: 1024, guidance: 'on', hardware: ['h100-sxm', 'rtx-4090'] })
        .flopsByStep[99];
    },
    { runs },
  );
  if (!Number.isFinite(sink)) throw new Error('cost benchmark produced a non-finite sum');
  const ms = (t: number) => (t < 0.1 ? t.toFixed(3) : t.toFixed(2));
  const lines = [
    `Cost model: forwardCost × ${MODEL_IDS.length} models (default resolution) ${ms(forward.medianMs)} ms median` +
      ` (${ms((forward.medianMs * 1000) / MODEL_IDS.length)} µs each)`,
    `Cost model: imageCost × ${MODEL_IDS.length} + imageEstimate × ${pairs} model×hardware pairs ${ms(catalog.medianMs)} ms median` +
      ` (${ms((catalog.medianMs * 1000) / pairs)} µs per estimate)`,
    `Cost model: cost-chart data (SDXL 1024², 100 steps × 2 profiles) ${ms(chart.medianMs)} ms median`,
  ];
  return {
    lines,
    json: {
      cost: {
        models: MODEL_IDS.length,
        hardware: HARDWARE_IDS.length,
        forwardCostAllModels: forward,
        imageCostAndEstimateAllPairs: catalog,
        chartData: chart,
      },
    },
  };
}
