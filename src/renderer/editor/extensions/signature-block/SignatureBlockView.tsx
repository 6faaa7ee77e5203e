import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { removeBlock } from '../remove-block';
import { EMPTY_SIGNER, type Signer } from '../../../../shared/document/nodes';

const FIELDS = [
  { key: 'name', label: 'Name', className: 'signer-name' },
  { key: 'title', label: 'Title', className: 'signer-title' },
  { key: 'organization', label: 'Organization', className: 'signer-organization' },
] as const;

/** Signers side by side, each with a signature space, name, title and organization typed in place. */
export function SignatureBlockView({ node, updateAttributes, deleteNode, editor, selected }: ReactNodeViewProps) {
  const signers = node.attrs.signers as Signer[];
  const editable = editor.isEditable;
  const setSigners = (next: Signer[]) => updateAttributes({ signers: next });

  return (
    <NodeViewWrapper className={`signature-block${selected ? ' selected' : ''}`} data-signature-block="">
      {editable && (
        <div className="block-tools" contentEditable={false}>
          <span className="block-tag">Signature block</span>
          <button
            type="button"
            className="block-tool-button"
            disabled={signers.length >= 4}
            onClick={() => setSigners([...signers, EMPTY_SIGNER])}
          >
            Add signer
          </button>
          <button
            type="button"
            className="block-tool-button"
            onClick={() => removeBlock(editor, deleteNode)}
            title="Remove the signature block from the letter (Ctrl+Z brings it back)"
          >
            Remove block
          </button>
        </div>
      )}
      <div
        className="signature-block-signers"
        style={{ gridTemplateColumns: `repeat(${Math.max(2, signers.length)}, minmax(0, 1fr))` }}
        contentEditable={false}
      >
        {signers.map((signer, index) => (
          <div className="signer" key={index}>
            <div className="signature-space" aria-hidden="true" />
            {FIELDS.map((field) =>
              editable ? (
                <input
                  key={field.key}
                  className={field.className}
                  aria-label={`Signer ${index + 1} ${field.label.toLowerCase()}`}
                  placeholder={field.label}
                  value={signer[field.key]}
                  maxLength={field.key === 'name' ? 200 : 300}
                  onChange={(event) =>
                    setSigners(signers.map((each, position) => (position === index ? { ...each, [field.key]: event.target.value } : each)))
                  }
                />
              ) : (
                <div key={field.key} className={field.className}>
                  {signer[field.key]}
                </div>
              ),
            )}
            {editable && signers.length > 1 && (
              <button
                type="button"
                className="signer-remove"
                onClick={() => setSigners(signers.filter((_, position) => position !== index))}
                aria-label={`Remove signer ${index + 1}`}
              >
                Remove
              </button>
            )}
          </div>
        ))}
      </div>
    </NodeViewWrapper>
  );
}
