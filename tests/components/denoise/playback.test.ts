import { describe, expect, it } from 'vitest';
import { advancePlayback, PlaybackController } from '../../../src/components/denoise/playback.ts';

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

describe('PlaybackController', () => {
  /** A controller showing step `step` of a `steps`-step run with key 'k'. */
  function showing(step: number, steps = 10, speed = 10): PlaybackController {
    const p = new PlaybackController(speed);
    p.restart('k', steps, false, 0, null);
    p.accept({ key: 'k', step, steps });
    return p;
  }

  it('restart forgets the frame on screen and asks for nothing until step 0 arrives', () => {
    const p = new PlaybackController(10);
    p.restart('k', 10, true, 0, 'Restarted');
    expect(p.shown).toEqual({ key: 'k', step: -1, steps: 10, seriesKnown: 0 });
    expect(p.playing).toBe(true);
    expect(p.tick(1000)).toBeNull();
    expect(p.accept({ key: 'k', step: 0, steps: 10 })).toEqual({ announce: 'Restarted' });
    expect(p.shown.seriesKnown).toBe(1);
  });

  it('play asks for the next step on the first tick, then advances with the clock', () => {
    const p = showing(0);
    p.play(1000);
    expect(p.tick(1000)).toBe(1);
    p.pending = true;
    expect(p.tick(1100)).toBeNull();
    p.pending = false;
    p.accept({ key: 'k', step: 1, steps: 10 });
    expect(p.tick(1200)).toBe(2);
  });

  it('a paused controller asks for nothing', () => {
    const p = showing(3);
    expect(p.tick(5000)).toBeNull();
    p.play(0);
    expect(p.pause()).toBe(true);
    expect(p.pause()).toBe(false);
    expect(p.tick(9000)).toBeNull();
  });

  it('drops frames of another run, and stops with "Finished" at the last step while playing', () => {
    const p = showing(8);
    p.play(0);
    expect(p.accept({ key: 'other', step: 9, steps: 10 })).toBeNull();
    expect(p.shown.step).toBe(8);
    expect(p.accept({ key: 'k', step: 10, steps: 10 })).toEqual({ announce: 'Finished' });
    expect(p.playing).toBe(false);
    expect(p.accept({ key: 'k', step: 10, steps: 10 })).toEqual({ announce: null });
  });

  it('Step pauses and asks for the next step, none at the end; Jump to end asks for the last', () => {
    const p = showing(4);
    p.play(0);
    expect(p.stepOnce()).toBe(5);
    expect(p.playing).toBe(false);
    expect(p.accept({ key: 'k', step: 5, steps: 10 })).toEqual({ announce: 'Stepped' });
    expect(p.jumpToEnd()).toBe(10);
    expect(p.accept({ key: 'k', step: 10, steps: 10 })).toEqual({ announce: 'Jumped to the end' });
    expect(p.stepOnce()).toBeNull();
    expect(new PlaybackController(1).stepOnce()).toBeNull();
  });

  it('never asks more than 50 ms of steps ahead of the frame on screen', () => {
    const p = showing(0, 1000, 300);
    p.play(0);
    expect(p.tick(10_000)).toBe(15);
  });
});
