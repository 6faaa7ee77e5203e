import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CampaignState } from '../shared/model/campaign';
import { api } from './api/client';
import { waitForPendingSaves } from './editor/use-autosave';
import { CampaignContext, type CampaignContextValue, type DroppedSpreadsheet, type SaveState } from './features/campaign/campaign-context';
import { CampaignName } from './features/campaign/CampaignName';
import { campaignClosing } from './features/campaign/campaign-closing';
import { CampaignPicker } from './features/campaign/CampaignPicker';
import { SCREENS } from './features/screens';
import { StatusBar } from './features/shell/StatusBar';
import { useWindowFileDrop } from './features/shell/use-window-file-drop';
import { ImportListChoice, type ImportList } from './features/spreadsheet/ImportListChoice';
import { readSpreadsheetFile } from './features/spreadsheet/read-spreadsheet-file';
import { useScreenHeadingFocus } from './features/shell/use-screen-heading-focus';

/** The open campaign and screen survive a reload of the window (this tab only). */
const OPEN_CAMPAIGN_KEY = 'undersigned.openCampaign';
/** The element that holds the current screen: the skip link's target and where focus goes on arrival. */
const MAIN_ID = 'main-content';

function rememberedCampaign(): { campaignId: string; screenId: string } | null {
  try {
    return JSON.parse(sessionStorage.getItem(OPEN_CAMPAIGN_KEY) ?? 'null') as { campaignId: string; screenId: string } | null;
  } catch {
    return null;
  }
}

/** Screens are addresses (`#/signatories`, a tab after them: `#/export/preview`), so the browser's Back and Forward move between them. */
function screenInAddress(): string | null {
  const id = window.location.hash.replace(/^#\/?/, '').split('/')[0] ?? '';
  return SCREENS.some((screen) => screen.id === id) ? id : null;
}

function setAddress(screenId: string | null, how: 'push' | 'replace'): void {
  const address = `${window.location.pathname}${window.location.search}${screenId ? `#/${screenId}` : ''}`;
  if (how === 'push') window.history.pushState(null, '', address);
  else window.history.replaceState(null, '', address);
}

export function App() {
  const [campaign, setCampaign] = useState<CampaignState | null>(null);
  const [screenId, setScreenId] = useState(() => screenInAddress() ?? rememberedCampaign()?.screenId ?? SCREENS[0]!.id);
  const [restoring, setRestoring] = useState(() => rememberedCampaign() !== null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', at: null });
  const [message, setMessage] = useState<string | null>(null);
  const [statusExtra, setStatusExtra] = useState<ReactNode>(null);
  const notify = useCallback((text: string) => setMessage(text), []);
  const [droppedSpreadsheet, setDroppedSpreadsheet] = useState<DroppedSpreadsheet | null>(null);
  /** A spreadsheet dropped outside the Signatories and Recipients screens: which list it is for is asked. */
  const [unplacedDrop, setUnplacedDrop] = useState<Omit<DroppedSpreadsheet, 'list'> | null>(null);
  const dropCount = useRef(0);

  useEffect(() => {
    if (message === null) return;
    const timer = window.setTimeout(() => setMessage(null), 6000);
    return () => window.clearTimeout(timer);
  }, [message]);

  const refresh = useCallback(async () => {
    if (!campaign) return;
    setCampaign(await api['campaign.state']({ campaignId: campaign.campaignId }));
  }, [campaign]);

  /** Back on the start screen: the screen's own save on leaving runs before the campaign closes. */
  const closeCampaign = useCallback(
    async (how: 'push' | 'already-there' = 'push') => {
      if (!campaign) return;
      setCampaign(null);
      if (how === 'push') setAddress(null, 'push');
      const closing = (async () => {
        await new Promise((resolveLater) => window.setTimeout(resolveLater, 0));
        await waitForPendingSaves();
        await api['campaign.close']({ campaignId: campaign.campaignId });
      })();
      campaignClosing.track(closing);
      await closing;
    },
    [campaign],
  );

  const showCampaign = useCallback((opened: CampaignState) => {
    setCampaign(opened);
    setScreenId(SCREENS[0]!.id);
    setAddress(SCREENS[0]!.id, 'push');
    setSaveState({ kind: 'saved', at: opened.letter.updatedAt });
  }, []);

  const goToScreen = useCallback((id: string) => {
    if (screenInAddress() !== id) setAddress(id, 'push');
    setScreenId(id);
  }, []);

  useEffect(() => {
    const onAddressChange = () => {
      const id = screenInAddress();
      if (!campaign) {
        // Forward into a campaign that is closed now: stay on the start screen.
        if (id) setAddress(null, 'replace');
        return;
      }
      if (id) setScreenId(id);
      else void closeCampaign('already-there');
    };
    window.addEventListener('popstate', onAddressChange);
    return () => window.removeEventListener('popstate', onAddressChange);
  }, [campaign, closeCampaign]);

  useEffect(() => {
    const remembered = rememberedCampaign();
    if (!remembered) {
      if (screenInAddress()) setAddress(null, 'replace');
      return;
    }
    api['campaign.state']({ campaignId: remembered.campaignId }).then(
      (state) => {
        setCampaign(state);
        setSaveState({ kind: 'saved', at: state.letter.updatedAt });
        // A reload keeps the whole address, the screen's tab with it.
        if (!screenInAddress()) setAddress(remembered.screenId, 'replace');
        setRestoring(false);
      },
      // The campaign was closed meanwhile, or the server restarted: back to the start screen.
      () => {
        setAddress(null, 'replace');
        setRestoring(false);
      },
    );
  }, []);

  useEffect(() => {
    if (restoring) return;
    if (campaign) sessionStorage.setItem(OPEN_CAMPAIGN_KEY, JSON.stringify({ campaignId: campaign.campaignId, screenId }));
    else sessionStorage.removeItem(OPEN_CAMPAIGN_KEY);
  }, [campaign, screenId, restoring]);

  useEffect(() => {
    const dirty = saveState.kind === 'unsaved' || saveState.kind === 'saving' || saveState.kind === 'error';
    document.title = campaign ? `${dirty ? '● ' : ''}${campaign.name} — Undersigned` : 'Undersigned';
  }, [campaign, saveState]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const screen = SCREENS.find((candidate) => candidate.shortcut === event.key);
      if (screen && campaign) {
        event.preventDefault();
        goToScreen(screen.id);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [campaign, goToScreen]);

  useEffect(() => {
    return window.appMenu?.onCommand((command, argument) => {
      const open = (entryId?: string) =>
        campaignClosing
          .settled()
          .then(() => api['campaign.open']({ entryId }))
          .then(
            (opened) => opened && showCampaign(opened),
            (error: Error) => notify(error.message),
          );
      if (command === 'open') void open();
      else if (command === 'open-recent' && argument) void open(argument);
      else if (command === 'close' || command === 'new-from-template') void closeCampaign();
    });
  }, [closeCampaign, notify, showCampaign]);

  const placeDrop = useCallback(
    (upload: Omit<DroppedSpreadsheet, 'list'>, list: ImportList) => {
      setUnplacedDrop(null);
      setDroppedSpreadsheet({ ...upload, list });
      goToScreen(list);
    },
    [goToScreen],
  );
  const cancelDrop = useCallback(() => setUnplacedDrop(null), []);
  const clearDroppedSpreadsheet = useCallback((id: number) => setDroppedSpreadsheet((current) => (current?.id === id ? null : current)), []);

  // With a campaign open, a dropped spreadsheet starts an import: of the screen's list, or of the list the user names.
  useWindowFileDrop((file) => {
    if (!campaign) return false;
    readSpreadsheetFile(file).then(
      (file) => {
        dropCount.current += 1;
        const upload = { ...file, id: dropCount.current };
        if (screenId === 'signatories' || screenId === 'recipients') placeDrop(upload, screenId);
        else setUnplacedDrop(upload);
      },
      (error: Error) => notify(error.message),
    );
    return true;
  });

  useScreenHeadingFocus(
    campaign ? `${campaign.campaignId}/${screenId}` : 'start',
    useCallback(() => document.getElementById(MAIN_ID), []),
  );

  const contextValue = useMemo<CampaignContextValue | null>(
    () => (campaign ? { campaign, saveState, setSaveState, refresh, notify, setStatusExtra, droppedSpreadsheet, clearDroppedSpreadsheet } : null),
    [campaign, saveState, refresh, notify, droppedSpreadsheet, clearDroppedSpreadsheet],
  );

  if (restoring) return null;
  if (!campaign || !contextValue) return <CampaignPicker mainId={MAIN_ID} onOpened={showCampaign} />;

  const Screen = SCREENS.find((candidate) => candidate.id === screenId)?.component ?? SCREENS[0]!.component;
  return (
    <CampaignContext.Provider value={contextValue}>
      <div className="app-frame">
        <a
          className="skip-link"
          href={`#${MAIN_ID}`}
          onClick={(event) => {
            event.preventDefault();
            const main = document.getElementById(MAIN_ID);
            (main?.querySelector<HTMLElement>('h1[tabindex]') ?? main)?.focus();
          }}
        >
          Skip to main content
        </a>
        <nav className="sidebar" aria-label="Campaign">
          <div className="sidebar-title" title={campaign.fileName}>
            <CampaignName campaign={campaign} onRenamed={setCampaign} notify={notify} />
            <span className="muted">{campaign.fileName}</span>
          </div>
          <ul>
            {SCREENS.map((screen) => (
              <li key={screen.id}>
                <button
                  type="button"
                  aria-current={screen.id === screenId ? 'page' : undefined}
                  onClick={() => goToScreen(screen.id)}
                  title={`${screen.label} (Ctrl+${screen.shortcut})`}
                >
                  {screen.label}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="sidebar-close" onClick={() => void closeCampaign()}>
            Close campaign
          </button>
        </nav>
        <main className="content" id={MAIN_ID} tabIndex={-1}>
          <Screen />
        </main>
        <StatusBar saveState={saveState} message={message} extra={statusExtra} />
        {unplacedDrop && <ImportListChoice fileName={unplacedDrop.fileName} onChoose={(list) => placeDrop(unplacedDrop, list)} onCancel={cancelDrop} />}
      </div>
    </CampaignContext.Provider>
  );
}
