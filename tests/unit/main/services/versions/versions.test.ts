import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCampaignFile } from '../../../../../src/main/services/campaign/campaign-file';
import { createCampaignFromTemplate } from '../../../../../src/main/services/campaign/create-campaign';
import { getLetter, saveLetter } from '../../../../../src/main/services/campaign/letters';
import { getVersion, listVersions, restoreVersion, saveVersion } from '../../../../../src/main/services/campaign/versions';
import { findTemplate } from '../../../../../src/main/services/templates/templates';
import type { LetterNode } from '../../../../../src/shared/document/letter-document';
import { UserError } from '../../../../../src/shared/model/user-error';
import { useTemporaryFolder } from '../../../temporary-folder';

function withFirstParagraph(doc: LetterNode, text: string): LetterNode {
  return { ...doc, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }, ...doc.content!.slice(1)] };
}

describe('named versions', () => {
  const temporaryFolder = useTemporaryFolder();

  it('saves, lists newest first, opens and restores a version, keeping the letter as it was', () => {
    const path = join(temporaryFolder(), 'versions.undersigned');
    const file = createCampaignFromTemplate(path, findTemplate('states-parties'), 'Versions');
    const { db } = file;
    const original = getLetter(db);

    const sent = saveVersion(db, '  As sent to the AU  ', '2026-03-01T10:00:00.000Z');
    expect(sent.name).toBe('As sent to the AU');

    const edited = withFirstParagraph(original.doc, 'A second draft');
    saveLetter(db, { doc: edited, settings: { ...original.settings, fontSizePt: 12 } }, '2026-03-02T10:00:00.000Z');
    saveVersion(db, 'Second draft', '2026-03-02T11:00:00.000Z');
    expect(listVersions(db).map((version) => version.name)).toEqual(['Second draft', 'As sent to the AU']);

    const opened = getVersion(db, sent.id);
    expect(opened.doc).toEqual(original.doc);
    expect(opened.settings.fontSizePt).toBe(original.settings.fontSizePt);

    const { restored, keptAs } = restoreVersion(db, sent.id, '2026-03-03T09:00:00.000Z');
    expect(restored.name).toBe('As sent to the AU');
    expect(keptAs.name).toBe('Before restoring “As sent to the AU”');
    expect(getLetter(db).doc).toEqual(original.doc);
    expect(getLetter(db).settings.fontSizePt).toBe(original.settings.fontSizePt);
    expect(getVersion(db, keptAs.id).doc).toEqual(edited);
    file.close();

    const reopened = openCampaignFile(path);
    expect(listVersions(reopened.db).map((version) => version.name)).toEqual([
      'Before restoring “As sent to the AU”',
      'Second draft',
      'As sent to the AU',
    ]);
    reopened.close();
  });

  it('refuses an empty name and an unknown version with a message', () => {
    const file = createCampaignFromTemplate(join(temporaryFolder(), 'refusals.undersigned'), findTemplate('open-letter'), 'Refusals');
    expect(() => saveVersion(file.db, '  ')).toThrow(UserError);
    expect(() => getVersion(file.db, 999)).toThrow(/no version 999/);
    expect(() => restoreVersion(file.db, 999)).toThrow(UserError);
    expect(listVersions(file.db)).toEqual([]);
    file.close();
  });
});
