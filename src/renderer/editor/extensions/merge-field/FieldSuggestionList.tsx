import { forwardRef, useEffect, useImperativeHandle, useState } from 'react';
import type { FieldChoice } from './field-choices';

export interface FieldSuggestionListProps {
  items: FieldChoice[];
  command(choice: FieldChoice): void;
}

export interface FieldSuggestionListHandle {
  onKeyDown(event: KeyboardEvent): boolean;
}

/** The list under `{{`: arrow keys move, Enter or Tab inserts, Escape closes. */
export const FieldSuggestionList = forwardRef<FieldSuggestionListHandle, FieldSuggestionListProps>(function FieldSuggestionList(
  { items, command },
  ref,
) {
  const [active, setActive] = useState(0);
  useEffect(() => setActive(0), [items]);

  useImperativeHandle(ref, () => ({
    onKeyDown(event) {
      if (items.length === 0) return false;
      if (event.key === 'ArrowDown') {
        setActive((current) => (current + 1) % items.length);
        return true;
      }
      if (event.key === 'ArrowUp') {
        setActive((current) => (current - 1 + items.length) % items.length);
        return true;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        command(items[active] ?? items[0]!);
        return true;
      }
      return false;
    },
  }));

  return (
    <div className="field-suggestions" role="listbox" aria-label="Merge fields">
      {items.length === 0 ? (
        <div className="field-suggestion-empty">No field matches</div>
      ) : (
        items.map((item, index) => (
          <button
            key={item.field}
            type="button"
            role="option"
            aria-selected={index === active}
            className={index === active ? 'field-suggestion active' : 'field-suggestion'}
            onMouseDown={(event) => {
              event.preventDefault();
              command(item);
            }}
            onMouseEnter={() => setActive(index)}
          >
            <span>{item.label}</span>
            <span className="muted">{item.example}</span>
          </button>
        ))
      )}
    </div>
  );
});
