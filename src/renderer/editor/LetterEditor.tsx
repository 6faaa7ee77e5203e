import { useEditor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LetterNode } from '../../shared/document/letter-document';
import type { Letter } from '../../shared/model/letter';
import type { PageSettings } from '../../shared/model/page-settings';
import { api, isElectron } from '../api/client';
import { useCampaign } from '../features/campaign/campaign-context';
import { takeDocxImportReport, type DocxImportReport } from '../features/letter/docx-import-report';
import { countWords } from './count-words';
import { LetterDataContext, type LetterData } from './letter-data-context';
import { letterExtensions } from './extensions/letter-extensions';
import { extraFieldChoices, FIELD_CHOICES } from './extensions/merge-field/field-choices';
import { setFieldChoices } from './extensions/merge-field/merge-field-suggestion';
import { LetterPage } from './LetterPage';
import { PageSettingsPanel } from './panels/PageSettingsPanel';
import { readFileBase64 } from './read-file-base64';
import { SaveTemplateForm } from './panels/SaveTemplateForm';
import { Toolbar } from './Toolbar';
import { trimTrailingParagraphs } from './trim-trailing-paragraphs';
import { useAutosave } from './use-autosave';
import { VersionsPanel, type OpenedVersion } from './panels/VersionsPanel';
import { VersionViewer } from './panels/VersionViewer';
import './editor.css';

type Panel = 'settings' | 'versions' | null;

/** The word count follows the text once typing pauses this long. */
const COUNT_DELAY_MS = 300;

/** The letter editor: toolbar, the page, and the panels for page settings and versions. Autosaves. */

export function LetterEditor({ letter }: { letter: Letter }) {
  const { campaign, setSaveState, notify, setStatusExtra } = useCampaign();
  const campaignId = campaign.campaignId;
  const [settings, setSettings] = useState<PageSettings>(letter.settings);
  const settingsRef = useRef(settings);
  const [title, setTitle] = useState(letter.title);
  const titleRef = useRef(letter.title);
  const [panel, setPanel] = useState<Panel>(null);
  const [openedVersion, setOpenedVersion] = useState<OpenedVersion | null>(null);
  const [versionsRevision, setVersionsRevision] = useState(0);
  const [importReport, setImportReport] = useState<DocxImportReport | null>(() => takeDocxImportReport(campaign.campaignId));
  const [savingTemplate, setSavingTemplate] = useState(false);
  const [people, setPeople] = useState<Pick<LetterData, 'signatories' | 'recipients'>>({ signatories: null, recipients: null });
  const editorRef = useRef<ReturnType<typeof useEditor>>(null);
  const countTimer = useRef<number | undefined>(undefined);

  const autosave = useAutosave({
    campaignId,
    read: () => ({
      doc: trimTrailingParagraphs((editorRef.current?.getJSON() ?? letter.doc) as LetterNode),
      settings: settingsRef.current,
      title: titleRef.current.trim() || undefined,
    }),
    setSaveState,
    askBeforeLeaving: !isElectron,
  });

  const showCount = useCallback(
    (text: string) => {
      const { words, characters } = countWords(text);
      setStatusExtra(
        <>
          <span className="chip-legend" aria-label="What the field colours mean">
            <span className="merge-field-chip">Field</span> a recipient list fills it ·{' '}
            <span className="merge-field-chip merge-field-missing">Field</span> nothing fills it yet
          </span>
          <span data-testid="word-count">
            {words.toLocaleString()} {words === 1 ? 'word' : 'words'} · {characters.toLocaleString()}{' '}
            {characters === 1 ? 'character' : 'characters'}
          </span>
        </>,
      );
    },
    [setStatusExtra],
  );

  const editor = useEditor({
    extensions: letterExtensions(),
    content: letter.doc,
    editorProps: { attributes: { class: 'letter-prose', 'aria-label': 'Letter text', spellcheck: 'true' } },
    onCreate: ({ editor: created }) => showCount(created.getText({ blockSeparator: '\n' })),
    onUpdate: ({ editor: updated }) => {
      autosave.changed();
      // Counting a long letter's words and redrawing the status bar on every keystroke would delay the keystroke's paint.
      window.clearTimeout(countTimer.current);
      countTimer.current = window.setTimeout(() => showCount(updated.getText({ blockSeparator: '\n' })), COUNT_DELAY_MS);
    },
    // Leaving the text (for "Close campaign", another screen, a menu) saves at once rather than after the delay.
    onBlur: () => void autosave.flush(),
  });
  useEffect(() => {
    editorRef.current = editor;
  }, [editor]);

  useEffect(
    () => () => {
      window.clearTimeout(countTimer.current);
      setStatusExtra(null);
    },
    [setStatusExtra],
  );

  useEffect(() => {
    let cancelled = false;
    void Promise.all([
      api['signatories.list']({ campaignId }).then(
        (result) => result.signatories,
        () => [] as never[],
      ),
      api['recipients.list']({ campaignId }).then(
        (result) => result.recipients,
        () => [] as never[],
      ),
    ]).then(([signatories, recipients]) => !cancelled && setPeople({ signatories, recipients }));
    return () => {
      cancelled = true;
    };
  }, [campaignId]);

  useEffect(() => {
    setFieldChoices(editor, [...FIELD_CHOICES, ...extraFieldChoices(people.recipients)]);
  }, [editor, people.recipients]);

  const letterData = useMemo<LetterData>(() => ({ language: settings.language, ...people }), [settings.language, people]);

  const changeSettings = (next: PageSettings) => {
    setSettings(next);
    settingsRef.current = next;
    autosave.changed();
  };

  const replaceLetter = (doc: LetterNode, nextSettings: PageSettings) => {
    editor.commands.setContent(doc, { emitUpdate: false });
    setSettings(nextSettings);
    settingsRef.current = nextSettings;
    showCount(editor.getText({ blockSeparator: '\n' }));
  };

  async function restore(versionId: number) {
    try {
      await autosave.flush();
      const { restored, keptAs } = await api['versions.restore']({ campaignId, versionId });
      const current = await api['letter.get']({ campaignId });
      replaceLetter(current.doc, current.settings);
      setSaveState({ kind: 'saved', at: current.updatedAt });
      setOpenedVersion(null);
      setVersionsRevision((value) => value + 1);
      notify(`Restored “${restored.name}”. The letter as it was is kept as “${keptAs.name}”.`);
    } catch (error) {
      notify((error as Error).message);
    }
  }

  async function importDocx(file: File) {
    try {
      await autosave.flush();
      const result = await api['letter.importDocx']({ campaignId, fileName: file.name, base64: await readFileBase64(file) });
      replaceLetter(result.doc, settingsRef.current);
      setSaveState({ kind: 'saved', at: new Date().toISOString() });
      setVersionsRevision((value) => value + 1);
      setImportReport({ fileName: file.name, notKept: result.notKept, keptAs: result.keptAs.name });
    } catch (error) {
      notify((error as Error).message);
    }
  }

  if (openedVersion) {
    return (
      <LetterDataContext.Provider value={{ ...letterData, language: openedVersion.settings.language }}>
        <VersionViewer
          campaignId={campaignId}
          version={openedVersion}
          onClose={() => setOpenedVersion(null)}
          onRestore={() => void restore(openedVersion.id)}
        />
      </LetterDataContext.Provider>
    );
  }

  return (
    <LetterDataContext.Provider value={letterData}>
      <section className="letter-screen" aria-labelledby="letter-screen-title">
        <h1 id="letter-screen-title" className="visually-hidden">
          Letter
        </h1>
        <div className="letter-header">
          <input
            className="letter-title"
            aria-label="Letter title"
            title="The letter’s title (the campaign keeps its own name)"
            value={title}
            maxLength={200}
            onChange={(event) => {
              setTitle(event.target.value);
              titleRef.current = event.target.value;
              autosave.changed();
            }}
          />
          <div className="letter-actions">
            <label className="file-button" title="Replace the letter with a Word document; the letter as it is now is kept as a version">
              Import .docx…
              <input
                type="file"
                accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  event.target.value = '';
                  if (file) void importDocx(file);
                }}
              />
            </label>
            <div className="tool-popover-anchor">
              <button type="button" aria-expanded={savingTemplate} onClick={() => setSavingTemplate((value) => !value)}>
                Save as template…
              </button>
              {savingTemplate && (
                <SaveTemplateForm
                  defaultName={title}
                  onClose={() => setSavingTemplate(false)}
                  onSave={async (name, description) => {
                    await autosave.flush();
                    const saved = await api['templates.saveUser']({ campaignId, name, description });
                    notify(`Saved as the template “${saved.name}”; it is offered under New campaign.`);
                  }}
                />
              )}
            </div>
            <button type="button" aria-pressed={panel === 'versions'} onClick={() => setPanel(panel === 'versions' ? null : 'versions')}>
              Versions
            </button>
            <button type="button" aria-pressed={panel === 'settings'} onClick={() => setPanel(panel === 'settings' ? null : 'settings')}>
              Page settings
            </button>
          </div>
        </div>
        <Toolbar editor={editor} />
        {importReport && (
          <div className="import-report" role="status">
            <div>
              <strong>Imported “{importReport.fileName}”.</strong>
              {importReport.keptAs && <> The letter as it was is kept as the version “{importReport.keptAs}”.</>}
              {importReport.notKept.length > 0 ? (
                <>
                  {' '}
                  What could not be kept:
                  <ul>
                    {importReport.notKept.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </>
              ) : (
                ' Everything in it was kept.'
              )}
            </div>
            <button type="button" onClick={() => setImportReport(null)} aria-label="Dismiss the import report">
              Dismiss
            </button>
          </div>
        )}
        <div className="letter-workspace">
          <div className="page-canvas" onMouseDown={(event) => event.target === event.currentTarget && editor.commands.focus('end')}>
            <LetterPage editor={editor} settings={settings} campaignId={campaignId} label="Letter page" />
          </div>
          {panel === 'settings' && (
            <PageSettingsPanel
              campaignId={campaignId}
              settings={settings}
              onChange={changeSettings}
              onClose={() => setPanel(null)}
              notify={notify}
            />
          )}
          {panel === 'versions' && (
            <VersionsPanel
              campaignId={campaignId}
              flush={autosave.flush}
              onOpen={setOpenedVersion}
              onRestore={restore}
              onClose={() => setPanel(null)}
              notify={notify}
              revision={versionsRevision}
            />
          )}
        </div>
      </section>
    </LetterDataContext.Provider>
  );
}
