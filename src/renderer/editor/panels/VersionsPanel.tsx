import { useReturnFocus } from '../../features/shell/use-return-focus';
import { useCallback, useEffect, useState } from 'react';
import type { CallOutput } from '../../../shared/contract';
import { formatMoment } from '../../features/shell/format-moment';
import { api } from '../../api/client';

type VersionSummary = CallOutput<'versions.list'>[number];
export type OpenedVersion = CallOutput<'versions.get'>;

interface VersionsPanelProps {
  campaignId: string;
  /** Saves pending edits first, so a version holds what is on screen. */
  flush(): Promise<void>;
  onOpen(version: OpenedVersion): void;
  onRestore(versionId: number): Promise<void>;
  onClose(): void;
  notify(message: string): void;
  /** Changes when versions are added elsewhere (a restore keeps the letter as it was). */
  revision: number;
}

function when(iso: string): string {
  return formatMoment(iso);
}

/** Named versions of the letter: save one ("As sent to the AU"), open it read-only, restore it. */
export function VersionsPanel({ campaignId, flush, onOpen, onRestore, onClose, notify, revision }: VersionsPanelProps) {
  const [versions, setVersions] = useState<VersionSummary[] | null>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  useReturnFocus();

  const [reloads, setReloads] = useState(0);
  const load = useCallback(() => setReloads((value) => value + 1), []);

  useEffect(() => {
    let cancelled = false;
    api['versions.list']({ campaignId }).then(
      (listed) => !cancelled && setVersions(listed),
      (error: Error) => notify(error.message),
    );
    return () => {
      cancelled = true;
    };
  }, [campaignId, notify, revision, reloads]);

  async function save() {
    if (name.trim() === '') return;
    setBusy(true);
    try {
      await flush();
      const saved = await api['versions.save']({ campaignId, name: name.trim() });
      setName('');
      notify(`Version “${saved.name}” saved.`);
      load();
    } catch (error) {
      notify((error as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <aside className="side-panel" aria-label="Versions">
      <div className="side-panel-header">
        <h2>Versions</h2>
        <button type="button" onClick={onClose} aria-label="Close versions">
          Close
        </button>
      </div>
      <form
        className="version-save"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label>
          Save the letter as it is now
          <input value={name} maxLength={200} placeholder="e.g. As sent to the AU" onChange={(event) => setName(event.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={busy || name.trim() === ''}>
          Save version
        </button>
      </form>
      {versions === null ? (
        <p className="muted">Reading versions…</p>
      ) : versions.length === 0 ? (
        <p className="muted">No versions yet. Save one before sending the letter, so you can see later exactly what went out.</p>
      ) : (
        <ul className="version-list" aria-label="Saved versions">
          {versions.map((version) => (
            <li key={version.id}>
              <div>
                <strong>{version.name}</strong>
                <span className="muted">{when(version.createdAt)}</span>
              </div>
              <div className="version-actions">
                <button
                  type="button"
                  onClick={() =>
                    void api['versions.get']({ campaignId, versionId: version.id }).then(onOpen, (error: Error) => notify(error.message))
                  }
                >
                  Open
                </button>
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => {
                    setBusy(true);
                    void onRestore(version.id).finally(() => {
                      setBusy(false);
                      load();
                    });
                  }}
                >
                  Restore
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
