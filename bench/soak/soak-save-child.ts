// A child process for the kill soak: edits a campaign as the app's autosave does, for ever, and says
// "saved N" on stdout after each step's writes have returned. The soak kills it at a random moment.
// argv: <campaign> <first step> [wal]  ("wal": the peer, the journal the app used before, WAL + synchronous=NORMAL)
import { openCampaignFile } from '../../src/main/services/campaign/campaign-file';
import { getLetter, saveLetter } from '../../src/main/services/campaign/letters';
import { setSignatoryStatus } from '../../src/main/services/signatories/set-signatory-status';
import { soakEditOfStep } from './soak-edit-of-step';

const [path, firstStep, journal] = process.argv.slice(2);
if (!path || !firstStep) throw new Error('usage: soak-save-child <campaign> <first step> [wal]');
const campaign = openCampaignFile(path);
if (journal === 'wal') {
  campaign.db.pragma('journal_mode = WAL');
  campaign.db.pragma('synchronous = NORMAL');
}
const signatoryIds = (campaign.db.prepare('SELECT id FROM signatories ORDER BY id').all() as { id: number }[]).map((row) => row.id);
const letter = getLetter(campaign.db);
for (let step = Number(firstStep); ; step += 1) {
  const edit = soakEditOfStep(step, signatoryIds);
  saveLetter(campaign.db, { doc: { ...letter.doc, content: [...(letter.doc.content ?? []), edit.paragraph] }, settings: letter.settings });
  setSignatoryStatus(campaign.db, [edit.signatoryId], edit.status);
  process.stdout.write(`saved ${step}\n`);
}
