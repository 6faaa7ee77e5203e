import { useEffect, useRef } from 'react';
import './import-list-choice.css';

export type ImportList = 'signatories' | 'recipients';

interface ImportListChoiceProps {
  fileName: string;
  onChoose(list: ImportList): void;
  onCancel(): void;
}

/** Asks which list a spreadsheet dropped outside the Signatories and Recipients screens is for. */
export function ImportListChoice({ fileName, onChoose, onCancel }: ImportListChoiceProps) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    first.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onCancel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCancel]);
  return (
    <div className="import-list-choice" role="dialog" aria-modal="true" aria-labelledby="import-list-choice-title">
      <h2 id="import-list-choice-title">Import “{fileName}” as…</h2>
      <p className="muted">The list is read and shown with its columns before anything is added.</p>
      <div className="panel-actions">
        <button ref={first} type="button" className="primary" onClick={() => onChoose('signatories')}>
          Signatories
        </button>
        <button type="button" className="primary" onClick={() => onChoose('recipients')}>
          Recipients
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
