import { useCallback, useEffect, useState } from 'react';

function tabInAddress<Tab extends string>(screenId: string, tabs: readonly Tab[], fallback: Tab): Tab {
  const [screen, tab] = window.location.hash.replace(/^#\/?/, '').split('/');
  return screen === screenId && (tabs as readonly string[]).includes(tab ?? '') ? (tab as Tab) : fallback;
}

/**
 * A screen's tab as part of its address (`#/export/preview`): choosing a tab adds a history entry, so
 * Back and Forward move between tabs, and a reload opens the same tab. `#/export` alone is the first tab.
 */
export function useAddressTab<Tab extends string>(screenId: string, tabs: readonly Tab[], fallback: Tab): [Tab, (tab: Tab) => void] {
  const [tab, setTab] = useState(() => tabInAddress(screenId, tabs, fallback));
  useEffect(() => {
    const follow = () => setTab(tabInAddress(screenId, tabs, fallback));
    window.addEventListener('popstate', follow);
    return () => window.removeEventListener('popstate', follow);
  }, [screenId, tabs, fallback]);
  const choose = useCallback(
    (next: Tab) => {
      if (tabInAddress(screenId, tabs, fallback) !== next) {
        window.history.pushState(null, '', `${window.location.pathname}${window.location.search}#/${screenId}/${next}`);
      }
      setTab(next);
    },
    [screenId, tabs, fallback],
  );
  return [tab, choose];
}
