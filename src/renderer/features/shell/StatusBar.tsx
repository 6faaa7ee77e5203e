import { formatMoment } from './format-moment';
import type { SaveState } from '../campaign/campaign-context';

function describe(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return state.at ? `Saved ${formatMoment(state.at, 'time')}` : 'Saved';
    case 'saving':
      return 'Saving…';
    case 'unsaved':
      return 'Unsaved changes';
    case 'error':
      return `Not saved: ${state.message}`;
  }
}

export function StatusBar({ saveState, message, extra }: { saveState: SaveState; message: string | null; extra?: React.ReactNode }) {
  return (
    <footer className="status-bar">
      <span className={`save-state save-state-${saveState.kind}`} role="status" aria-live="polite" data-testid="save-state">
        {describe(saveState)}
      </span>
      <span className="status-message" aria-live="polite">
        {message}
      </span>
      <span className="status-extra">{extra}</span>
    </footer>
  );
}
