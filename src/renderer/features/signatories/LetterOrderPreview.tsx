import { useMemo } from 'react';
import type { LetterNode } from '../../../shared/document/letter-document';
import type { Signatory } from '../../../shared/model/signatory';
import type { LetterLanguage } from '../../../shared/model/page-settings';
import { formatSignatoryList } from '../../../shared/signatories/format-signatory-list';
import { letterSignatoryListAttrs } from '../../../shared/signatories/letter-signatory-list-attrs';

/** The list exactly as the letter's first signatory list writes it: its statuses, sort, format and language. */
export function LetterOrderPreview({ signatories, doc, language }: { signatories: readonly Signatory[]; doc: LetterNode; language: LetterLanguage }) {
  const attrs = useMemo(() => letterSignatoryListAttrs(doc), [doc]);
  const groups = useMemo(() => formatSignatoryList(signatories, attrs, language), [signatories, attrs, language]);
  const count = groups.reduce((total, group) => total + group.entries.length, 0);
  return (
    <details className="signatory-panel letter-order">
      <summary>
        As the letter lists them: {count} organization{count === 1 ? '' : 's'} ({attrs.statuses.join(' and ')})
      </summary>
      {groups.map((group, index) => (
        <div key={`${group.title}-${index}`} className="letter-order-group">
          {group.title && <h3>{group.title}</h3>}
          <ol style={{ columnCount: attrs.columns }}>
            {group.entries.map((entry, entryIndex) => (
              <li key={entryIndex}>{entry}</li>
            ))}
          </ol>
        </div>
      ))}
    </details>
  );
}
