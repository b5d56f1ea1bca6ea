/**
 * `npm run fit`: fits the latency model to src/data/measurements.ts and writes
 *   src/lib/cost/latency-params.ts      the fitted parameters (the engine's defaults), and
 *   src/data/latency-validation.ts      every record's prediction and leave-one-out prediction,
 * then prints the table and the summary. Deterministic: the same data give the same files, and a
 * unit test fails when the committed files differ from a re-fit. Takes a few seconds.
 */
import { writeFileSync } from 'node:fs';
import { MEASUREMENTS } from '../src/data/measurements.ts';
import { errorFactor, fitLatency, summariseValidation, validateLatency } from '../src/lib/cost/calibration.ts';
import { renderParamsModule, renderValidationModule } from '../src/lib/cost/calibration-files.ts';

const started = performance.now();
const fit = fitLatency(MEASUREMENTS);
const rows = validateLatency(MEASUREMENTS, { params: fit.params });
const summary = summariseValidation(rows);
writeFileSync(new URL('../src/lib/cost/latency-params.ts', import.meta.url), renderParamsModule(fit.params));
writeFileSync(new URL('../src/data/latency-validation.ts', import.meta.url), renderValidationModule(rows));

const pad = (s: string, n: number) => s.padEnd(n);
console.log(`${pad('measurement', 48)} ${pad('stack', 9)} measured  predicted  leave-one-out`);
for (const r of rows) {
  const loo =
    r.leaveOneOut === null
      ? '  (not fitted)'
      : `${errorFactor({ predicted: r.leaveOneOut, measured: r.measured }).toFixed(2)}×`;
  console.log(
    `${pad(r.measurement.id, 48)} ${pad(r.measurement.software, 9)} ${r.measured.toFixed(3).padStart(8)} s ${r.predicted
      .toFixed(3)
      .padStart(8)} s  ${loo}`,
  );
}
console.log(JSON.stringify(fit.params, null, 2));
console.log(
  `${summary.points} fitted points; in-sample rms ln error ${fit.rmsLogError.toFixed(3)}; leave-one-out: ` +
    `${(100 * summary.within125).toFixed(0)}% within 1.25×, ${(100 * summary.within2).toFixed(0)}% within 2×, ` +
    `worst ${summary.worstFactor.toFixed(2)}× (${summary.worstId}); ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
