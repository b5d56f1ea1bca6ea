import { describe, expect, it } from 'vitest';
import { markerLabelRows } from '../../../src/components/cost/chart-style.ts';

describe('markerLabelRows', () => {
  it('keeps labels that clear each other on the first row', () => {
    expect(
      markerLabelRows(
        [
          { x: 0, width: 10 },
          { x: 20, width: 10 },
          { x: 40, width: 10 },
        ],
        4,
      ),
    ).toEqual([0, 0, 0]);
  });

  it('moves a label that would overlap the one before it to the next free row, and back up when there is room', () => {
    // The cost chart at 360 px: 1 and 4 are 8 px apart, 20 and 28 are 22 px apart.
    const rows = markerLabelRows(
      [
        { x: 10, width: 7 },
        { x: 18, width: 7 },
        { x: 60, width: 14 },
        { x: 70, width: 14 },
        { x: 120, width: 14 },
      ],
      4,
    );
    expect(rows).toEqual([0, 1, 0, 1, 0]);
  });

  it('uses a third row when three labels crowd together', () => {
    expect(
      markerLabelRows(
        [
          { x: 0, width: 10 },
          { x: 2, width: 10 },
          { x: 4, width: 10 },
        ],
        2,
      ),
    ).toEqual([0, 1, 2]);
  });

  it('never puts two overlapping labels on one row', () => {
    const labels = Array.from({ length: 40 }, (_, i) => ({ x: (i * 37) % 200, width: 5 + (i % 7) * 3 })).sort(
      (a, b) => a.x - b.x,
    );
    const rows = markerLabelRows(labels, 3);
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++)
        if (rows[i] === rows[j]) expect(labels[j].x).toBeGreaterThanOrEqual(labels[i].x + labels[i].width + 3);
  });
});
