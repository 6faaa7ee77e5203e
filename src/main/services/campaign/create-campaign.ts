import type { LetterTemplate } from '../../../shared/model/letter';
import { createCampaignFile, type CampaignFile } from './campaign-file';
import { insertLetter, setMeta } from './letters';

/** Creates a campaign file holding a copy of the template's letter (schema and letter written in one transaction). */
export function createCampaignFromTemplate(path: string, template: LetterTemplate, title: string): CampaignFile {
  const now = new Date().toISOString();
  return createCampaignFile(path, (db) => {
    setMeta(db, 'title', title);
    setMeta(db, 'created_at', now);
    setMeta(db, 'template_id', template.id);
    insertLetter(db, { title, doc: template.doc, settings: template.settings }, now);
  });
}
