/**
 * A labelled slider whose limits are its URL parameter's (the demo's schema): the slider offers
 * exactly the values a link may carry, so the two cannot drift apart. Like SelectField it renders
 * the label and the input side by side and leaves the layout to the caller.
 */
import type { ComponentChildren } from 'preact';
import type { ParamSpec } from './params.ts';

export interface RangeFieldProps {
  id: string;
  label: ComponentChildren;
  /** The parameter's spec from the demo's schema: its min, max and (for 'number') step. */
  spec: Extract<ParamSpec, { type: 'int' | 'number' }>;
  value: number;
  disabled?: boolean;
  /** What a screen reader says for the value ("20 steps"). */
  valueText?: string;
  /** Id of an element that describes the control (aria-describedby). */
  describedBy?: string;
  onValue: (value: number) => void;
}

export function RangeField(props: RangeFieldProps) {
  const { spec } = props;
  return (
    <>
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="range"
        min={spec.min}
        max={spec.max}
        step={spec.type === 'number' ? spec.step : 1}
        value={props.value}
        disabled={props.disabled}
        aria-valuetext={props.valueText}
        aria-describedby={props.describedBy}
        onInput={(e) => props.onValue(Number(e.currentTarget.value))}
      />
    </>
  );
}
