/** What the denoise demo's readouts show for the frame on screen, and how it is read out to screen readers. */
import { formatSI } from '../../lib/format.ts';

/** What the readouts show: the latest frame drawn. */
export interface View {
  key: string;
  step: number;
  steps: number;
  t: number;
  flops: number;
  rmse: number;
  nearestName?: string;
  topWeight: number;
  setupFlops: number;
  flopsPerStep: number;
  totalFlops: number;
}

export function formatRmse(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  return value < 0.001 ? value.toExponential(1) : value.toFixed(3);
}

export function describeFrame(view: View): string {
  const where =
    view.step === 0
      ? `Step 0 of ${view.steps}: pure noise x_T, nothing predicted yet`
      : `Step ${view.step} of ${view.steps} (t = ${view.t})`;
  const pred =
    view.step === 0
      ? ''
      : `; the prediction x̂_0 is nearest the ${view.nearestName} target (RMSE ${formatRmse(view.rmse)}, weight ${(100 * view.topWeight).toFixed(0)}%)`;
  return `${where}${pred}; ${formatSI(view.flops, { unit: 'FLOP' })} so far, ${formatSI(view.flopsPerStep, { unit: 'FLOP' })} per step.`;
}
