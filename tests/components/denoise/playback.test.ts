import { describe, expect, it } from 'vitest';
import { advancePlayback } from '../../../src/components/denoise/playback.ts';

describe('advancePlayback(position, elapsedMs, stepsPerSecond, shownStep, steps)', () => {
  it('moves stepsPerSecond per second', () => {
    expect(advancePlayback(1, 500, 10, 5, 100)).toBe(6);
    expect(advancePlayback(2, 250, 100, 2, 100)).toBe(7);
    expect(advancePlayback(10, 100, 10, 10, 100)).toBe(11);
  });
  it('never runs more than 50 ms of steps (at least one) ahead of the frame on screen', () => {
    expect(advancePlayback(0, 10_000, 300, 0, 1000)).toBe(15);
    expect(advancePlayback(0, 10_000, 1, 0, 1000)).toBe(1);
  });
  it('stops at the last step and ignores negative time', () => {
    expect(advancePlayback(990, 10_000, 1000, 990, 1000)).toBe(1000);
    expect(advancePlayback(3.5, -20, 10, 3, 100)).toBe(3.5);
  });
});
