import { useState } from 'react';

/** One editable cell: saves on blur or Enter, puts the old text back on Escape. */
export function RecipientCell({
  value,
  label,
  multiline,
  onSave,
}: {
  value: string;
  label: string;
  multiline: boolean;
  onSave(value: string): Promise<void>;
}) {
  const [draft, setDraft] = useState(value);
  const [saved, setSaved] = useState(value);
  // A new value from outside (a fill, a reload) replaces the draft.
  if (saved !== value) {
    setSaved(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft !== value) void onSave(draft).catch(() => setDraft(value));
  };
  const common = {
    'aria-label': label,
    value: draft,
    placeholder: '—',
    onBlur: commit,
  };
  if (multiline) {
    return (
      <textarea
        {...common}
        rows={Math.max(1, draft.split('\n').length)}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setDraft(value);
        }}
      />
    );
  }
  return (
    <input
      {...common}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') (event.target as HTMLInputElement).blur();
        if (event.key === 'Escape') setDraft(value);
      }}
    />
  );
}
