/** The denoise demo's playback clock: pure, no DOM. */

/** How far playback may run ahead of the frame on screen: 50 ms of steps at the chosen speed. */
export const LOOKAHEAD_SECONDS = 0.05;

/**
 * Advances the playback clock. `position` is the step playback has reached (fractional); it
 * moves `stepsPerSecond` per second of `elapsedMs`, but never more than LOOKAHEAD_SECONDS of
 * steps (at least one) past `shownStep`, the frame on screen, nor past `steps`. So a device
 * whose worker cannot keep up plays slower instead of jumping ahead in big, janky requests.
 */
export function advancePlayback(
  position: number,
  elapsedMs: number,
  stepsPerSecond: number,
  shownStep: number,
  steps: number,
): number {
  const lookahead = Math.max(1, Math.ceil(stepsPerSecond * LOOKAHEAD_SECONDS));
  const next = position + (Math.max(0, elapsedMs) * stepsPerSecond) / 1000;
  return Math.min(steps, shownStep + lookahead, next);
}
