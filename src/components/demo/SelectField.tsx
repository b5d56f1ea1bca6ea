/**
 * A labelled drop-down, as every demo writes them: a `<label>` tied to its `<select>` by id, the
 * demo's disabled state until it is interactive, an optional description, and a change handler
 * that receives the chosen value as text. The options are the children (plain `<option>`s or
 * `<optgroup>`s). It renders the label and the select side by side, so the caller's layout
 * (a grid, a field wrapper) stays the caller's.
 */
import type { ComponentChildren } from 'preact';

export interface SelectFieldProps {
  id: string;
  label: ComponentChildren;
  value: string;
  disabled?: boolean;
  /** Id of an element that describes the control (aria-describedby). */
  describedBy?: string;
  onChange: (value: string) => void;
  children: ComponentChildren;
}

export function SelectField(props: SelectFieldProps) {
  return (
    <>
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        disabled={props.disabled}
        aria-describedby={props.describedBy}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        {props.children}
      </select>
    </>
  );
}
