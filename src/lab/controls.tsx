/** Small form controls of the lab: a labelled slider with its value, optionally a number box beside it. */
import { type ChangeEvent, useEffect, useId, useRef, useState } from 'react';
import { fmt } from '../format';

export interface Limits {
  min: number;
  max: number;
  step: number;
}

/** Decimals to show for a slider step (0.01 → 2, 0.5 → 1, 1 → 0). */
export function decimalsOf(step: number): number {
  const s = String(step);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** A number box that keeps what is typed until it parses, and follows outside changes when not focused. */
function NumberBox(props: { label: string; value: number; limits: Limits; onChange: (v: number) => void }) {
  const [draft, setDraft] = useState(String(props.value));
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (document.activeElement !== ref.current) setDraft(String(props.value));
  }, [props.value]);
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    setDraft(e.target.value);
    const v = e.target.value.trim() === '' ? Number.NaN : Number(e.target.value);
    if (Number.isFinite(v)) props.onChange(Math.min(props.limits.max, Math.max(props.limits.min, v)));
  };
  return (
    <input
      ref={ref}
      type="number"
      className="lab-number"
      aria-label={props.label}
      min={props.limits.min}
      max={props.limits.max}
      step={props.limits.step}
      value={draft}
      onChange={onChange}
      onBlur={() => setDraft(String(props.value))}
    />
  );
}

/**
 * A range slider named by `label` (its visible label), with the value shown beside it — or, given
 * `numberLabel`, a number box of that accessible name for typing an exact value.
 */
export function Slider(props: {
  label: string;
  value: number;
  limits: Limits;
  onChange: (v: number) => void;
  valueText?: string;
  /** Shorter text shown beside the slider (default: valueText). */
  shown?: string;
  numberLabel?: string;
}) {
  const id = useId();
  const text = props.valueText ?? fmt(props.value, decimalsOf(props.limits.step));
  return (
    <div className="lab-slider">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="range"
        min={props.limits.min}
        max={props.limits.max}
        step={props.limits.step}
        value={props.value}
        aria-valuetext={text}
        onChange={(e) => props.onChange(Number(e.target.value))}
      />
      {props.numberLabel ? (
        <NumberBox
          label={props.numberLabel}
          value={props.value}
          limits={props.limits}
          onChange={props.onChange}
        />
      ) : (
        <output htmlFor={id}>{props.shown ?? text}</output>
      )}
    </div>
  );
}

/** A short line sample of a curve's colour and dash, for legends. */
export function Swatch({ color, dash, width = 3 }: { color: string; dash?: string; width?: number }) {
  return (
    <svg className="lab-swatch" width="34" height="12" aria-hidden="true">
      <line x1="1" x2="33" y1="6" y2="6" stroke={color} strokeWidth={width} strokeDasharray={dash} />
    </svg>
  );
}
