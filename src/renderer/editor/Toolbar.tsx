import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { TextAlignment } from '../../shared/document/nodes';
import { extraFieldChoices, FIELD_CHOICES } from './extensions/merge-field/field-choices';
import { useLetterData } from './letter-data-context';
import { shortcutLabel } from './shortcut-label';
import { ToolbarIcon, type ToolbarIconName } from './ToolbarIcon';
import { useDismiss } from './use-dismiss';
import { useReturnFocus } from '../features/shell/use-return-focus';

interface ToolButtonProps {
  label: string;
  shortcut?: string;
  active?: boolean;
  disabled?: boolean;
  onClick(): void;
  children: ReactNode;
}

function ToolButton({ label, shortcut, active, disabled, onClick, children }: ToolButtonProps) {
  const tooltip = shortcut ? `${label} (${shortcutLabel(shortcut)})` : label;
  return (
    <button
      type="button"
      className={active ? 'tool-button active' : 'tool-button'}
      title={tooltip}
      aria-label={label}
      aria-pressed={active === undefined ? undefined : active}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** A toolbar menu that closes on a choice, Escape or a click elsewhere. */
function ToolMenu({ label, title, children }: { label: string; title: string; children(close: () => void): ReactNode }) {
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(
    open,
    close,
    useCallback(() => container.current, []),
  );
  useReturnFocus(open);
  return (
    <div className="tool-menu" ref={container}>
      <button
        type="button"
        className="tool-button tool-menu-button"
        title={title}
        aria-haspopup="menu"
        aria-expanded={open}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setOpen((value) => !value)}
      >
        {label} ▾
      </button>
      {open && (
        <div className="tool-menu-list" role="menu" aria-label={label}>
          {children(() => setOpen(false))}
        </div>
      )}
    </div>
  );
}

function MenuItem({ onSelect, children, hint }: { onSelect(): void; children: ReactNode; hint?: string }) {
  return (
    <button type="button" role="menuitem" className="tool-menu-item" onMouseDown={(event) => event.preventDefault()} onClick={onSelect}>
      <span>{children}</span>
      {hint && <span className="muted">{hint}</span>}
    </button>
  );
}

/** A small form in a popover: the link address, the number a list starts at. */
function PromptPopover({
  label,
  initial,
  inputType,
  onSubmit,
  onClose,
}: {
  label: string;
  initial: string;
  inputType: 'url' | 'number';
  onSubmit(value: string): void;
  onClose(): void;
}) {
  const [value, setValue] = useState(initial);
  useReturnFocus();
  return (
    <form
      className="tool-popover"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(value);
        onClose();
      }}
    >
      <label>
        {label}
        <input
          autoFocus
          type={inputType === 'number' ? 'number' : 'text'}
          min={inputType === 'number' ? 0 : undefined}
          max={inputType === 'number' ? 10000 : undefined}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={(event) => event.key === 'Escape' && onClose()}
          placeholder={inputType === 'url' ? 'https://' : undefined}
        />
      </label>
      <button type="submit" className="primary">
        Apply
      </button>
      <button type="button" onClick={onClose}>
        Cancel
      </button>
    </form>
  );
}

const ALIGNMENTS: { value: TextAlignment; label: string; icon: ToolbarIconName; shortcut: string }[] = [
  { value: 'left', label: 'Align left', icon: 'alignLeft', shortcut: 'Mod-Shift-l' },
  { value: 'center', label: 'Centre', icon: 'alignCenter', shortcut: 'Mod-Shift-e' },
  { value: 'right', label: 'Align right', icon: 'alignRight', shortcut: 'Mod-Shift-r' },
  { value: 'justify', label: 'Justify', icon: 'alignJustify', shortcut: 'Mod-Shift-j' },
];

/** The editor's toolbar: every button has a tooltip naming its keyboard shortcut. */
export function Toolbar({ editor }: { editor: Editor }) {
  const [popover, setPopover] = useState<'link' | 'start' | null>(null);
  const { recipients } = useLetterData();
  const fieldChoices = [...FIELD_CHOICES, ...extraFieldChoices(recipients)];
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      underline: current.isActive('underline'),
      link: current.isActive('link'),
      linkHref: String(current.getAttributes('link').href ?? ''),
      heading1: current.isActive('heading', { level: 1 }),
      heading2: current.isActive('heading', { level: 2 }),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      orderedStart: Number(current.getAttributes('orderedList').start ?? 1),
      blockquote: current.isActive('blockquote'),
      align: (['left', 'center', 'right', 'justify'] as const).find((value) => current.isActive({ textAlign: value })) ?? null,
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
      canSink: current.can().sinkListItem('listItem'),
      canLift: current.can().liftListItem('listItem'),
    }),
  });
  useEffect(() => {
    const dom = editor.view.dom;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        // A frame later, so a selection just made with the keyboard has reached the editor's state.
        window.requestAnimationFrame(() => setPopover('link'));
      }
    };
    dom.addEventListener('keydown', onKey);
    return () => dom.removeEventListener('keydown', onKey);
  }, [editor]);
  const chain = () => editor.chain().focus();
  const blockStyle = state.heading1 ? 'h1' : state.heading2 ? 'h2' : 'p';

  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Formatting">
      <div className="tool-group">
        <ToolButton label="Undo" shortcut="Mod-z" disabled={!state.canUndo} onClick={() => chain().undo().run()}>
          <ToolbarIcon name="undo" />
        </ToolButton>
        <ToolButton label="Redo" shortcut="Mod-Shift-z" disabled={!state.canRedo} onClick={() => chain().redo().run()}>
          <ToolbarIcon name="redo" />
        </ToolButton>
      </div>
      <div className="tool-group">
        <select
          className="tool-select"
          aria-label="Paragraph style"
          title={`Paragraph style (${shortcutLabel('Mod-Alt-0')}, ${shortcutLabel('Mod-Alt-1')}, ${shortcutLabel('Mod-Alt-2')})`}
          value={blockStyle}
          onChange={(event) => {
            const value = event.target.value;
            if (value === 'p') chain().setParagraph().run();
            else
              chain()
                .setHeading({ level: value === 'h1' ? 1 : 2 })
                .run();
          }}
        >
          <option value="p">Body text</option>
          <option value="h1">Heading 1</option>
          <option value="h2">Heading 2</option>
        </select>
      </div>
      <div className="tool-group">
        <ToolButton label="Bold" shortcut="Mod-b" active={state.bold} onClick={() => chain().toggleBold().run()}>
          <strong>B</strong>
        </ToolButton>
        <ToolButton label="Italic" shortcut="Mod-i" active={state.italic} onClick={() => chain().toggleItalic().run()}>
          <em className="serif-glyph">I</em>
        </ToolButton>
        <ToolButton label="Underline" shortcut="Mod-u" active={state.underline} onClick={() => chain().toggleUnderline().run()}>
          <span className="underline-glyph">U</span>
        </ToolButton>
        <div className="tool-popover-anchor">
          <ToolButton
            label={state.link ? 'Edit link' : 'Link'}
            shortcut="Mod-k"
            active={state.link}
            onClick={() => setPopover(popover === 'link' ? null : 'link')}
          >
            <ToolbarIcon name="link" />
          </ToolButton>
          {popover === 'link' && (
            <PromptPopover
              label="Link address (empty removes the link)"
              initial={state.linkHref}
              inputType="url"
              onClose={() => setPopover(null)}
              onSubmit={(href) => {
                const trimmed = href.trim();
                if (trimmed === '') chain().extendMarkRange('link').unsetLink().run();
                else
                  chain()
                    .extendMarkRange('link')
                    .setLink({ href: /^[a-z]+:/i.test(trimmed) ? trimmed : `https://${trimmed}` })
                    .run();
              }}
            />
          )}
        </div>
      </div>
      <div className="tool-group">
        <ToolButton label="Bulleted list" shortcut="Mod-Shift-8" active={state.bulletList} onClick={() => chain().toggleBulletList().run()}>
          <ToolbarIcon name="bulletList" />
        </ToolButton>
        <div className="tool-popover-anchor">
          <ToolButton
            label="Numbered list"
            shortcut="Mod-Shift-7"
            active={state.orderedList}
            onClick={() => chain().toggleOrderedList().run()}
          >
            <ToolbarIcon name="orderedList" />
          </ToolButton>
          {popover === 'start' && (
            <PromptPopover
              label="Numbering starts at"
              initial={String(state.orderedStart)}
              inputType="number"
              onClose={() => setPopover(null)}
              onSubmit={(value) => {
                const start = Math.max(0, Math.min(10000, Math.round(Number(value) || 1)));
                chain().updateAttributes('orderedList', { start }).run();
              }}
            />
          )}
        </div>
        <ToolButton
          label="Numbering starts at…"
          disabled={!state.orderedList}
          onClick={() => setPopover(popover === 'start' ? null : 'start')}
        >
          <ToolbarIcon name="numberingStart" />
        </ToolButton>
        <ToolButton
          label="Indent list item"
          shortcut="Tab"
          disabled={!state.canSink}
          onClick={() => chain().sinkListItem('listItem').run()}
        >
          <ToolbarIcon name="indent" />
        </ToolButton>
        <ToolButton
          label="Outdent list item"
          shortcut="Shift-Tab"
          disabled={!state.canLift}
          onClick={() => chain().liftListItem('listItem').run()}
        >
          <ToolbarIcon name="outdent" />
        </ToolButton>
        <ToolButton label="Block quote" shortcut="Mod-Shift-b" active={state.blockquote} onClick={() => chain().toggleBlockquote().run()}>
          <ToolbarIcon name="quote" />
        </ToolButton>
      </div>
      <div className="tool-group">
        {ALIGNMENTS.map((alignment) => (
          <ToolButton
            key={alignment.value}
            label={alignment.label}
            shortcut={alignment.shortcut}
            active={state.align === alignment.value}
            onClick={() => chain().setTextAlign(alignment.value).run()}
          >
            <ToolbarIcon name={alignment.icon} />
          </ToolButton>
        ))}
      </div>
      <div className="tool-group">
        <ToolMenu label="Fields" title="Insert a merge field (or type {{ in the text)">
          {(close) =>
            fieldChoices.map((choice) => (
              <MenuItem
                key={choice.field}
                hint={choice.example}
                onSelect={() => {
                  chain().insertMergeField(choice.field).run();
                  close();
                }}
              >
                {choice.label}
              </MenuItem>
            ))
          }
        </ToolMenu>
        <ToolMenu label="Insert" title="Insert a letter block">
          {(close) => (
            <>
              <MenuItem
                onSelect={() => {
                  chain().insertSignatoryList().run();
                  close();
                }}
              >
                Signatory list
              </MenuItem>
              <MenuItem
                onSelect={() => {
                  chain().insertSignatureBlock().run();
                  close();
                }}
              >
                Signature block
              </MenuItem>
              <MenuItem
                onSelect={() => {
                  chain().insertDateLine().run();
                  close();
                }}
              >
                Place and date line
              </MenuItem>
              <MenuItem
                hint={shortcutLabel('Mod-Enter')}
                onSelect={() => {
                  chain().insertPageBreak().run();
                  close();
                }}
              >
                Page break
              </MenuItem>
            </>
          )}
        </ToolMenu>
      </div>
    </div>
  );
}
