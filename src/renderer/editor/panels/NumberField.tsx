import { useState } from 'react';

interface NumberFieldProps {
  label: string;
  value: number;
  minimum: number;
  maximum: number;
  step: number;
  onChange(value: number): void;
}

/** A number input that lets a value be typed digit by digit, and only passes on values inside its range. */
export function NumberField({ label, value, minimum, maximum, step, onChange }: NumberFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const parsed = draft === null ? value : Number(draft);
  const outOfRange = draft !== null && (draft.trim() === '' || !Number.isFinite(parsed) || parsed < minimum || parsed > maximum);
  return (
    <label>
      {label}
      <input
        type="number"
        min={minimum}
        max={maximum}
        step={step}
        value={draft ?? String(value)}
        aria-invalid={outOfRange}
        title={`From ${minimum} to ${maximum}`}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          const number = Number(text);
          if (text.trim() !== '' && Number.isFinite(number) && number >= minimum && number <= maximum) onChange(number);
        }}
        onBlur={() => setDraft(null)}
      />
    </label>
  );
}
