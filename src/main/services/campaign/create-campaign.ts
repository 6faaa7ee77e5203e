import type { LetterTemplate } from '../../../shared/model/letter';
import { createCampaignFile, type CampaignFile } from './campaign-file';
import { insertLetter, setMeta } from './letters';

/** Creates a campaign file holding a copy of the template's letter. */
export function createCampaignFromTemplate(path: string, template: LetterTemplate, title: string): CampaignFile {
  const file = createCampaignFile(path);
  try {
    const now = new Date().toISOString();
    file.db.transaction(() => {
      setMeta(file.db, 'title', title);
      setMeta(file.db, 'created_at', now);
      setMeta(file.db, 'template_id', template.id);
      insertLetter(file.db, { title, doc: template.doc, settings: template.settings }, now);
    })();
  } catch (error) {
    file.close();
    throw error;
  }
  return file;
}
