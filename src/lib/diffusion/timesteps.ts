/**
 * Which timesteps a sampler with fewer steps than T visits. We use "trailing" spacing (Lin et
 * al. 2023, arXiv 2305.08740, table 2; diffusers' `timestep_spacing="trailing"`): step k of N
 * (k = 0 … N − 1) denoises t_k = round(T (N − k) / N), so every run starts at pure noise t = T
 * (a 1-step run is exactly the direct prediction D(x_T, T)) and the steps are evenly spaced.
 * Spacing T/N ≥ 1 makes the t_k distinct; the last is round(T/N) ≥ 1, followed by t = 0.
 */
import { checkInteger } from '../validate.ts';

/** Timesteps t_0 > t_1 > … > t_{N−1} ≥ 1 for `steps` = N in 1 … T, indexed by step. */
export function trailingTimesteps(steps: number, T: number): Int32Array {
  checkInteger('T', T, 1, 1e6);
  checkInteger('steps', steps, 1, T);
  const timesteps = new Int32Array(steps);
  for (let k = 0; k < steps; k++) timesteps[k] = Math.round((T * (steps - k)) / steps);
  return timesteps;
}
