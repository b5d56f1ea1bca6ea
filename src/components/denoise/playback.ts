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

/** The frame on screen: its run, its step (−1 before the first frame) and the series the page holds. */
export interface ShownFrame {
  key: string;
  step: number;
  steps: number;
  /** Per-step series entries held for this run (0 … step + 1): the worker sends from here. */
  seriesKnown: number;
}

/**
 * The denoise demo's playback, without the DOM: whether it plays, the clock, the frame on
 * screen, whether a request is in flight and what to announce with the next frame. The island
 * feeds it time (`tick` on each animation frame) and frames (`accept`), and does what it says:
 * request a step, draw a frame, announce. So every rule of playback is unit-tested here.
 */
export class PlaybackController {
  playing = false;
  /** Steps per second while playing. */
  speed: number;
  /** A request to the worker is in flight (playback asks for no other until it answers). */
  pending = false;
  shown: ShownFrame = { key: '', step: -1, steps: 0, seriesKnown: 0 };
  /** Said with the next frame that arrives ("Stepped", "Finished", …), or null. */
  announceNext: string | null = null;
  /** Playback position in (fractional) steps, and when it last advanced. */
  private position = 0;
  private lastMs = 0;

  constructor(speed: number) {
    this.speed = speed;
  }

  /** Plays from the frame on screen: the next step at once, so Play answers immediately. */
  play(nowMs: number): void {
    this.playing = true;
    this.position = Math.max(0, this.shown.step) + 1;
    this.lastMs = nowMs;
  }

  /** Stops playing; returns whether it was playing. */
  pause(): boolean {
    const was = this.playing;
    this.playing = false;
    return was;
  }

  /** A new run (or the same one again) from x_T; the caller then requests step 0. */
  restart(key: string, steps: number, autoplay: boolean, nowMs: number, announce: string | null): void {
    this.shown = { key, step: -1, steps, seriesKnown: 0 };
    this.announceNext = announce;
    this.playing = autoplay;
    this.position = 1;
    this.lastMs = nowMs;
  }

  /** Called on each animation frame: the step to request now, or null (paused, no frame yet, one in flight, or not due). */
  tick(nowMs: number): number | null {
    if (!this.playing) return null;
    const { step, steps } = this.shown;
    if (step < 0) return null;
    this.position = advancePlayback(this.position, nowMs - this.lastMs, this.speed, step, steps);
    this.lastMs = nowMs;
    const target = Math.floor(this.position);
    return target > step && !this.pending ? target : null;
  }

  /** The step Step asks for (pausing first), or null when there is none (no frame yet, or at the end). */
  stepOnce(): number | null {
    this.playing = false;
    const { step, steps } = this.shown;
    if (step < 0 || step >= steps) return null;
    this.announceNext = 'Stepped';
    return step + 1;
  }

  /** The step Jump to end asks for (pausing first). */
  jumpToEnd(): number {
    this.playing = false;
    this.announceNext = 'Jumped to the end';
    return this.shown.steps;
  }

  /**
   * A frame arrived. Returns null when it belongs to another run (drop it); else records it as
   * shown, stops playing at the last step, and returns what to announce with it (or null).
   */
  accept(frame: { key: string; step: number; steps: number }): { announce: string | null } | null {
    if (frame.key !== this.shown.key) return null;
    this.shown = { ...this.shown, step: frame.step, steps: frame.steps, seriesKnown: frame.step + 1 };
    if (frame.step === frame.steps && this.playing) {
      this.playing = false;
      this.announceNext = 'Finished';
    }
    const announce = this.announceNext;
    this.announceNext = null;
    return { announce };
  }
}
