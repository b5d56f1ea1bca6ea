/** The `<optgroup>`s of a model select, shared by the chart and the calculator: text-to-image models, then DiT. */
import { DIT_IDS, listModels, TEXT_TO_IMAGE_IDS } from '../../lib/index.ts';

const MODELS = listModels();
const GROUPS = [
  { label: 'Text-to-image', ids: TEXT_TO_IMAGE_IDS as readonly string[] },
  { label: 'DiT (class-conditional ImageNet)', ids: DIT_IDS as readonly string[] },
].map((g) => ({ label: g.label, models: MODELS.filter((m) => g.ids.includes(m.id)) }));

export function ModelOptions() {
  return (
    <>
      {GROUPS.map((g) => (
        <optgroup key={g.label} label={g.label}>
          {g.models.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
