/** The calculator's readout (MACs … images per kWh) and the arithmetic behind it, rendered from one CalculatorResult. */
import { formatInteger, formatRatio, formatSeconds, formatSI } from '../../lib/index.ts';
import type { CalculatorResult } from './calculator-model.ts';
import {
  formatImages,
  formatJoules,
  formatPercent,
  formatWattHours,
  mathLines,
  RANDOM_MAP_CHANNELS,
} from './calculator-model.ts';

/** Text with its bare URLs turned into links. */
export function Linkified({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s)]+)/);
  return (
    <p>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={part} href={part}>
            source
          </a>
        ) : (
          part
        ),
      )}
    </p>
  );
}

function Item(props: { label: string; testid: string; value: number | undefined; text: string; note?: string }) {
  return (
    <div>
      <dt>{props.label}</dt>
      <dd data-testid={props.testid} data-value={props.value === undefined ? '' : String(props.value)}>
        {props.text}
      </dd>
      {props.note && <dd class="cost-readout__note">{props.note}</dd>}
    </div>
  );
}

/**
 * The result in one line, for the summary that stays in view above the controls on a phone
 * (where the full readout sits below them): "687 TFLOP · 4.08 s · ≤ 2.86 kJ".
 */
export function summaryText(r: CalculatorResult): string {
  if (!r.ok) return 'This setting cannot be computed (see below).';
  const e = r.estimate;
  const parts = [formatSI(e.cost.flops, { unit: 'FLOP' })];
  if (e.memory.verdict === 'fits') parts.push(formatSeconds(e.seconds), `≤ ${formatSI(e.joules, { unit: 'J' })}`);
  else parts.push('does not fit the card');
  return `${parts.join(' · ')} on ${r.hardware.name.replace(/^NVIDIA /, '')}`;
}

export function Readout({ r }: { r: CalculatorResult }) {
  const ok = r.ok ? r : undefined;
  const e = ok?.estimate;
  // Energy follows from a time, and a job that does not fit the card has none.
  const runs = e !== undefined && e.memory.verdict === 'fits';
  const c = e?.cost;
  const dash = '—';
  return (
    <dl class="demo__readout cost-readout">
      <Item
        label="MACs per image"
        testid="calculator-macs"
        value={c?.macs}
        text={c ? formatSI(c.macs, { unit: 'MAC' }) : dash}
      />
      <Item
        label="FLOPs per image (2 × MACs)"
        testid="calculator-flops"
        value={c?.flops}
        text={c ? formatSI(c.flops, { unit: 'FLOP' }) : dash}
      />
      <Item
        label="Denoiser (all steps)"
        testid="calculator-denoiser"
        value={c?.breakdown.denoiser.flops}
        text={c ? formatSI(c.breakdown.denoiser.flops, { unit: 'FLOP' }) : dash}
        note={ok ? `${formatPercent(ok.shares.denoiser)} of the image; ${c?.denoiserCalls} calls` : undefined}
      />
      <Item
        label="VAE decode (once)"
        testid="calculator-vae"
        value={c?.breakdown.vae.flops}
        text={c ? formatSI(c.breakdown.vae.flops, { unit: 'FLOP' }) : dash}
        note={ok ? `${formatPercent(ok.shares.vae)} of the image` : undefined}
      />
      <Item
        label="Text encoders (once)"
        testid="calculator-text"
        value={c?.breakdown.textEncoder.flops}
        text={c ? formatSI(c.breakdown.textEncoder.flops, { unit: 'FLOP' }) : dash}
        note={ok ? `${formatPercent(ok.shares.textEncoder)} of the image` : undefined}
      />
      <Item
        label="Attention matmuls (QKᵀ, AV)"
        testid="calculator-attention"
        value={c ? c.attentionMacs / c.macs : undefined}
        text={c ? formatPercent(c.attentionMacs / c.macs) : dash}
        note={ok ? 'of the MACs' : undefined}
      />
      <Item
        label="Time per image"
        testid="calculator-seconds"
        value={e && e.memory.verdict === 'fits' ? e.seconds : undefined}
        text={e ? (e.memory.verdict === 'fits' ? formatSeconds(e.seconds) : 'does not fit') : dash}
        note={
          e
            ? e.memory.verdict === 'fits'
              ? `denoising ${formatSeconds(e.denoiserSeconds)}; each step ${e.time.bound}-bound`
              : e.memory.advice
            : undefined
        }
      />
      <Item
        label="Memory needed, at least"
        testid="calculator-memory"
        value={e?.memory.requiredBytes}
        text={e ? formatSI(e.memory.requiredBytes, { unit: 'B' }) : dash}
        note={
          e
            ? e.memory.verdict === 'fits'
              ? `of ${formatSI(e.memory.availableBytes, { unit: 'B' })}: fits`
              : e.memory.verdict === 'offload'
                ? 'with CPU offload only'
                : 'does not fit'
            : undefined
        }
      />
      <Item
        label="Energy, upper bound"
        testid="calculator-joules"
        value={runs ? e.joules : undefined}
        text={runs ? formatJoules(e.joules) : dash}
        note={
          runs ? `≤ ${formatWattHours(e.wattHours)} (board power × time)` : e ? 'no time: it does not fit' : undefined
        }
      />
      <Item
        label="Images per kWh, at least"
        testid="calculator-images-kwh"
        value={runs ? e.imagesPerKWh : undefined}
        text={runs ? formatImages(e.imagesPerKWh) : dash}
      />
      <Item
        label={`× a random ${RANDOM_MAP_CHANNELS}-channel map`}
        testid="calculator-ratio"
        value={ok?.ratio}
        text={ok ? formatRatio(ok.ratio) : dash}
        note={ok ? `image FLOPs ÷ the map's ${formatSI(ok.randomMap.intOps)} integer ops (it has 0 FLOP)` : undefined}
      />
    </dl>
  );
}

export function MathPanel({ r }: { r: CalculatorResult & { ok: true } }) {
  const sources = [
    { url: r.model.configUrl, covers: `${r.model.name} architecture (config)` },
    { url: r.model.pipelineUrl, covers: `${r.model.name} pipeline defaults` },
    ...r.hardware.sources.map((s) => ({ url: s.url, covers: `${r.hardware.name}: ${s.covers} (as of ${s.asOf})` })),
  ];
  return (
    <details class="cost-math" data-testid="calculator-math">
      <summary>Show the math</summary>
      <ol class="cost-math__lines">
        {mathLines(r).map((line) => (
          <li key={line}>
            <code>{line}</code>
          </li>
        ))}
      </ol>
      <p class="cost-hint">
        The ratio divides floating-point operations by integer operations on purpose: the random map needs no
        floating-point work at all ({formatInteger(r.randomMap.bytes)} random bytes from{' '}
        {formatInteger(r.randomMap.draws)} 32-bit draws), so the two jobs differ in kind as well as size.
      </p>
      <p>Sources:</p>
      <ul class="cost-math__sources">
        {sources.map((s) => (
          <li key={s.url + s.covers}>
            <a href={s.url}>{s.covers}</a>
          </li>
        ))}
      </ul>
    </details>
  );
}
