import { useState } from 'react';
import { useReturnFocus } from '../../features/shell/use-return-focus';

/** Name and one-line description for "Save as template". */
export function SaveTemplateForm({
  defaultName,
  onSave,
  onClose,
}: {
  defaultName: string;
  onSave(name: string, description: string): Promise<void>;
  onClose(): void;
}) {
  const [name, setName] = useState(defaultName);
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useReturnFocus();
  return (
    <form
      className="tool-popover align-right"
      aria-label="Save as template"
      onSubmit={(event) => {
        event.preventDefault();
        setBusy(true);
        setError(null);
        onSave(name, description).then(onClose, (reason: Error) => {
          setError(reason.message);
          setBusy(false);
        });
      }}
    >
      <label>
        Template name
        <input
          autoFocus
          value={name}
          maxLength={120}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => event.key === 'Escape' && onClose()}
        />
      </label>
      <label>
        One-line description
        <input
          value={description}
          maxLength={300}
          placeholder="Shown under the name in the gallery"
          onChange={(event) => setDescription(event.target.value)}
        />
      </label>
      {error && <p className="form-error">{error}</p>}
      <button type="submit" className="primary" disabled={busy || name.trim() === ''}>
        Save template
      </button>
      <button type="button" onClick={onClose}>
        Cancel
      </button>
    </form>
  );
}
