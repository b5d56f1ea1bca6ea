/**
 * The cost chart's views that need no JavaScript: the static SVG drawn before hydration, the
 * memory notes for hardware a job does not fit, and the data table (1,600 cells, as HTML).
 */
import { formatSeconds, formatSI } from '../../lib/index.ts';
import type { ChartData, ChartMetric } from './chart-data.ts';
import { MARKER_STEPS, metricColumns, shortName } from './chart-data.ts';
import { colourVar, dashFor, formatMetric } from './chart-style.ts';
import { svgChart } from './chart-svg.ts';

export function StaticChart(props: { data: ChartData; metric: ChartMetric; log: boolean; label: string }) {
  const cols = metricColumns(props.data, props.metric);
  const g = svgChart(
    props.data.steps,
    cols.map((c) => c.values),
    { log: props.log, markers: MARKER_STEPS },
  );
  return (
    <svg
      class="cost-svg"
      viewBox={`0 0 ${g.width} ${g.height}`}
      role="img"
      aria-label={props.label}
      data-testid="chart-svg"
    >
      {g.yTicks.map((t) => (
        <g key={`y${t.value}`}>
          <line class="cost-svg__grid" x1={g.plot.left} x2={g.plot.right} y1={t.pos} y2={t.pos} />
          <text class="cost-svg__tick" x={g.plot.left - 6} y={t.pos + 4} text-anchor="end">
            {formatMetric(props.metric, t.value)}
          </text>
        </g>
      ))}
      {g.xTicks.map((t) => (
        <text key={`x${t.value}`} class="cost-svg__tick" x={t.pos} y={g.plot.bottom + 16} text-anchor="middle">
          {t.value}
        </text>
      ))}
      {g.markers.map((m) => (
        <g key={`m${m.value}`}>
          <line class="cost-svg__marker" x1={m.pos} x2={m.pos} y1={g.plot.top} y2={g.plot.bottom} />
          <text class="cost-svg__tick" x={m.pos + 3} y={g.plot.top + 11}>
            {m.value}
          </text>
        </g>
      ))}
      <line class="cost-svg__axis" x1={g.plot.left} x2={g.plot.right} y1={g.plot.bottom} y2={g.plot.bottom} />
      <line class="cost-svg__axis" x1={g.plot.left} x2={g.plot.left} y1={g.plot.top} y2={g.plot.bottom} />
      {g.paths.map((d, i) => (
        <path
          key={cols[i].key}
          d={d}
          class="cost-svg__line"
          style={{ stroke: `var(${colourVar(cols[i].key)})` }}
          stroke-dasharray={dashFor(cols[i].key).join(' ') || undefined}
        />
      ))}
      <text class="cost-svg__label" x={(g.plot.left + g.plot.right) / 2} y={g.height - 4} text-anchor="middle">
        Denoising steps
      </text>
    </svg>
  );
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The table's rows as one HTML string: 100 rows × up to 16 cells as Preact elements cost tens
 * of milliseconds to diff on a slow machine each time the data changes; a string is built and
 * parsed in a few (the numbers come from the engine and are escaped all the same).
 */
export function tableRowsHtml(data: ChartData): string {
  let html = '';
  for (let i = 0; i < data.steps.length; i++) {
    html += `<tr><th scope="row">${data.steps[i]}</th><td>${escapeHtml(formatSI(data.flopsByStep[i], { unit: 'FLOP' }))}</td>`;
    const cell = (x: number, text: string) => (Number.isNaN(x) ? 'does not fit' : escapeHtml(text));
    for (const s of data.series) html += `<td>${cell(s.secondsByStep[i], formatSeconds(s.secondsByStep[i]))}</td>`;
    for (const s of data.series)
      html += `<td>${cell(s.joulesByStep[i], formatSI(s.joulesByStep[i], { unit: 'J' }))}</td>`;
    html += '</tr>';
  }
  return html;
}

/** One line per selected card whose memory the job does not fit (no line is drawn for it). */
export function MemoryNotes({ data }: { data: ChartData }) {
  const misfits = data.series.filter((s) => s.memory.verdict !== 'fits');
  if (misfits.length === 0) return null;
  return (
    <ul class="cost-memory" data-testid="chart-memory">
      {misfits.map((s) => (
        <li key={s.hardware.id}>
          <strong>{shortName(s.hardware)}: no line.</strong> {s.memory.advice}
        </li>
      ))}
    </ul>
  );
}

export function DataTable({ data }: { data: ChartData }) {
  const names = data.series.map((s) => shortName(s.hardware));
  return (
    <details class="cost-chart__table" data-testid="chart-table">
      <summary>Show the data as a table</summary>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take keyboard focus to be scrolled without a mouse (axe: scrollable-region-focusable) */}
      <section class="cost-scroll" tabIndex={0} aria-label="Chart data table">
        <table>
          <caption>
            {data.model.name}, {data.width} × {data.height},{' '}
            {data.cfg ? 'two passes per step (guidance)' : 'one pass per step'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Steps</th>
              <th scope="col">FLOPs</th>
              {names.map((n) => (
                <th scope="col" key={`s${n}`}>
                  {n}: time
                </th>
              ))}
              {names.map((n) => (
                <th scope="col" key={`j${n}`}>
                  {n}: energy ≤
                </th>
              ))}
            </tr>
          </thead>
          {/* Engine numbers, escaped (tableRowsHtml). */}
          <tbody dangerouslySetInnerHTML={{ __html: tableRowsHtml(data) }} />
        </table>
      </section>
    </details>
  );
}
