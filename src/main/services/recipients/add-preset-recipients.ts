import type { Database } from 'better-sqlite3';
import { loadPresetRecipients, RECIPIENT_PRESETS, RECIPIENT_PRESETS_COMPILED, type RecipientPresetId } from './recipient-presets';
import { addRecipientList } from './recipient-store';

/** Adds a bundled set as a recipient list; adding the same set again replaces the earlier copy. */
export function addPresetRecipients(db: Database, presetId: string): { listId: number; added: number; replaced: number; name: string } {
  const rows = loadPresetRecipients(presetId);
  const preset = RECIPIENT_PRESETS[presetId as RecipientPresetId];
  const result = addRecipientList(db, {
    name: preset.label,
    source: `preset:${presetId} (resources/datasets/${preset.file}, compiled ${RECIPIENT_PRESETS_COMPILED})`,
    rows,
    replacesSource: true,
  });
  return { ...result, name: preset.label };
}
