import { useId } from 'react';
import './sheet-picker.css';

export interface SheetChoice {
  name: string;
  hidden: boolean;
  /** Why the sheet reads, or not, as the list, in words. */
  reason: string;
  /** The sheet that looks most like the list. */
  best: boolean;
}

interface SheetPickerProps {
  sheets: readonly SheetChoice[];
  /** The sheet read now. */
  chosen: string | null;
  disabled: boolean;
  onChoose(sheet: string): void;
}

/**
 * The import's sheet picker, for signatories and recipients alike: each sheet of the workbook with why
 * it was or was not picked ("128 rows, header found: Organisation, Country", "instructions text, not a
 * list"), the one read now, and the one that looks most like the list. Shown for workbooks of several sheets.
 */
export function SheetPicker({ sheets, chosen, disabled, onChoose }: SheetPickerProps) {
  const group = useId();
  if (sheets.length < 2) return null;
  return (
    <fieldset className="sheet-picker">
      <legend>Sheet</legend>
      {sheets.map((sheet) => (
        <label key={sheet.name} className={sheet.name === chosen ? 'sheet-choice chosen' : 'sheet-choice'}>
          <input type="radio" name={group} value={sheet.name} checked={sheet.name === chosen} disabled={disabled} onChange={() => onChoose(sheet.name)} />
          <span className="sheet-name">{sheet.name}</span>
          <span className="sheet-reason muted">
            {sheet.reason}
            {sheet.best ? ' · looks most like the list' : ''}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
