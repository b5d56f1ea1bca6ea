/** The `<option>`s of a software-stack select, shared by the chart, the calculator and the paradox scale. */
import { SOFTWARE_LABELS, SOFTWARE_STACKS } from '../../lib/index.ts';

export function SoftwareOptions() {
  return (
    <>
      {SOFTWARE_STACKS.map((sw) => (
        <option key={sw} value={sw}>
          {SOFTWARE_LABELS[sw]}
        </option>
      ))}
    </>
  );
}
