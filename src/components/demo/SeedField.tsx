/**
 * The seed control every seeded demo shares: a labelled number input plus "Next seed". The
 * input updates the store on every keystroke: a controlled input that waited for "change"
 * would be reset to the old value by any re-render in between (a frame arriving).
 */
export interface SeedFieldProps {
  /** Element id of the input (the label points at it). */
  id: string;
  seed: number;
  max: number;
  disabled: boolean;
  onSeed: (seed: number) => void;
}

export function SeedField(props: SeedFieldProps) {
  return (
    <>
      <label for={props.id}>Seed</label>
      <span class="demo__inline">
        <input
          id={props.id}
          type="number"
          inputMode="numeric"
          min={0}
          max={props.max}
          step={1}
          value={props.seed}
          disabled={props.disabled}
          onInput={(e) => {
            const raw = e.currentTarget.value;
            const n = Math.round(Number(raw));
            if (raw.trim() !== '' && Number.isFinite(n)) props.onSeed(Math.min(props.max, Math.max(0, n)));
          }}
        />
        <button
          type="button"
          class="demo__button"
          disabled={props.disabled}
          onClick={() => props.onSeed((props.seed + 1) % (props.max + 1))}
        >
          Next seed
        </button>
      </span>
    </>
  );
}
