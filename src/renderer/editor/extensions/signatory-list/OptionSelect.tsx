/** A labelled select over a table of choices keyed by their value, each with the label shown (SIGNATORY_FORMATS, SIGNATORY_SORTS). */
export function OptionSelect<Value extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: Value;
  options: Readonly<Record<Value, { label: string }>>;
  onChange(value: Value): void;
}) {
  const entries = Object.entries(options) as [Value, { label: string }][];
  return (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value as Value)}>
        {entries.map(([optionValue, option]) => (
          <option key={optionValue} value={optionValue}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
