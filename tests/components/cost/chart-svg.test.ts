import { describe, expect, it } from 'vitest';
import { logTicks, niceTicks, svgChart } from '../../../src/components/cost/chart-svg.ts';

describe('niceTicks', () => {
  it('niceTicks(0, 7.3) steps by 2', () => {
    expect(niceTicks(0, 7.3)).toEqual([0, 2, 4, 6]);
  });
  it('niceTicks(0, 100) steps by 20 and includes the end', () => {
    expect(niceTicks(0, 100)).toEqual([0, 20, 40, 60, 80, 100]);
  });
  it('niceTicks handles tiny ranges without float noise', () => {
    expect(niceTicks(0, 0.0031)).toEqual([0, 0.001, 0.002, 0.003]);
  });
});

describe('logTicks', () => {
  it('covers [0.5, 300] with powers of ten', () => {
    expect(logTicks(0.5, 300)).toEqual([0.1, 1, 10, 100, 1000]);
  });
});

describe('svgChart', () => {
  const xs = [1, 2, 3, 4];
  const ys = [
    [1, 2, 3, 4],
    [2, 4, 6, 8],
  ];

  it('draws one path per series, from the left to the right edge', () => {
    const g = svgChart(xs, ys, { width: 400, height: 200 });
    expect(g.paths).toHaveLength(2);
    const first = g.paths[1].match(/^M([\d.]+) ([\d.]+)/);
    const last = g.paths[1].match(/L([\d.]+) ([\d.]+)$/);
    expect(Number(last?.[1])).toBeCloseTo(g.plot.right, 1);
    // Linear axes start at 0: x = 1 of 4 sits a quarter of the way along.
    expect(Number(first?.[1])).toBeCloseTo(g.plot.left + (g.plot.right - g.plot.left) / 4, 1);
    // The largest value is within the plot, at or below its top.
    expect(Number(last?.[2])).toBeGreaterThanOrEqual(g.plot.top - 0.05);
    // The steeper series ends higher (smaller y).
    expect(Number(last?.[2])).toBeLessThan(Number(g.paths[0].match(/L([\d.]+) ([\d.]+)$/)?.[2]));
  });

  it('puts markers at their x positions and drops those out of range', () => {
    const g = svgChart(xs, ys, { markers: [2, 50] });
    expect(g.markers.map((m) => m.value)).toEqual([2]);
    expect(g.markers[0].pos).toBeCloseTo(g.plot.left + (g.plot.right - g.plot.left) / 2, 6);
  });

  it('on log axes spaces decades evenly', () => {
    const g = svgChart([1, 10, 100], [[1, 10, 100]], { log: true });
    const x = g.xTicks.filter((t) => [1, 10, 100].includes(t.value)).map((t) => t.pos);
    expect(x[1] - x[0]).toBeCloseTo(x[2] - x[1], 6);
    const y = g.yTicks.map((t) => t.pos);
    expect(y[0] - y[1]).toBeCloseTo(y[1] - y[2], 6);
  });
});
