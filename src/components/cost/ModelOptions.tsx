/** The `<optgroup>`s of a model select, shared by the chart and the calculator: text-to-image models, then DiT. */
import { DIT_IDS, listModels, TEXT_TO_IMAGE_IDS } from '../../lib/index.ts';

const MODELS = listModels();
const TEXT_MODELS = MODELS.filter((m) => (TEXT_TO_IMAGE_IDS as readonly string[]).includes(m.id));
const DIT_MODELS = MODELS.filter((m) => (DIT_IDS as readonly string[]).includes(m.id));

export function ModelOptions() {
  return (
    <>
      <optgroup label="Text-to-image">
        {TEXT_MODELS.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </optgroup>
      <optgroup label="DiT (class-conditional ImageNet)">
        {DIT_MODELS.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </optgroup>
    </>
  );
}
