import { useEffect, useRef } from 'react';
import { useCampaign } from '../campaign/campaign-context';
import type { ImportList } from './ImportListChoice';

/** Starts a screen's import with a spreadsheet dropped for its list, once per drop. */
export function useDroppedSpreadsheet(list: ImportList, start: (upload: { fileName: string; base64: string }) => void): void {
  const { droppedSpreadsheet, clearDroppedSpreadsheet } = useCampaign();
  const started = useRef(new Set<number>());
  const startRef = useRef(start);
  useEffect(() => {
    startRef.current = start;
  });
  useEffect(() => {
    if (!droppedSpreadsheet || droppedSpreadsheet.list !== list || started.current.has(droppedSpreadsheet.id)) return;
    started.current.add(droppedSpreadsheet.id);
    clearDroppedSpreadsheet(droppedSpreadsheet.id);
    startRef.current({ fileName: droppedSpreadsheet.fileName, base64: droppedSpreadsheet.base64 });
  }, [droppedSpreadsheet, list, clearDroppedSpreadsheet]);
}
