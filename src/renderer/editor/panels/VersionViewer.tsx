import { useEditor } from '@tiptap/react';
import { letterExtensions } from '../extensions/letter-extensions';
import { LetterPage } from '../LetterPage';
import { formatMoment } from '../../features/shell/format-moment';
import type { OpenedVersion } from './VersionsPanel';

/** A saved version, read-only, on its own page, with a way back and a way to restore it. */
export function VersionViewer({
  campaignId,
  version,
  onClose,
  onRestore,
}: {
  campaignId: string;
  version: OpenedVersion;
  onClose(): void;
  onRestore(): void;
}) {
  const editor = useEditor(
    {
      extensions: letterExtensions(),
      content: version.doc,
      editable: false,
      editorProps: { attributes: { class: 'letter-prose', 'aria-label': 'Saved letter text' } },
    },
    [version.id],
  );
  return (
    <div className="version-viewer" role="region" aria-label={`Version ${version.name}`}>
      <div className="version-banner">
        <span>
          Reading version <strong>{version.name}</strong> ({formatMoment(version.createdAt)}). It cannot be changed.
        </span>
        <button type="button" className="primary" onClick={onRestore}>
          Restore this version
        </button>
        <button type="button" onClick={onClose}>
          Back to the letter
        </button>
      </div>
      <div className="page-canvas">
        {editor && <LetterPage editor={editor} settings={version.settings} campaignId={campaignId} label="Saved version" />}
      </div>
    </div>
  );
}
