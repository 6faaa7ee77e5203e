import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCampaignFile } from '../../../../../src/main/services/campaign/campaign-file';
import { createCampaignFromTemplate } from '../../../../../src/main/services/campaign/create-campaign';
import { getLetter } from '../../../../../src/main/services/campaign/letters';
import { OpenCampaigns } from '../../../../../src/main/services/campaign/open-campaigns';
import { renameCampaign } from '../../../../../src/main/services/campaign/rename-campaign';
import { findTemplate } from '../../../../../src/main/services/templates/templates';
import { useTemporaryFolder } from '../../../temporary-folder';

const temporaryFolder = useTemporaryFolder();

describe('renameCampaign', () => {
  it('renames the campaign in its file, keeping the letter’s title and the file name', () => {
    const path = join(temporaryFolder(), 'spring.undersigned');
    const file = createCampaignFromTemplate(path, findTemplate('regional-organizations'), 'Spring letters');
    const letterTitle = getLetter(file.db).title;
    renameCampaign(file.db, '  Spring letters, second round ');
    file.close();

    const reopened = openCampaignFile(path);
    const campaigns = new OpenCampaigns();
    const state = campaigns.state(campaigns.add(reopened));
    expect(state.name).toBe('Spring letters, second round');
    expect(state.fileName).toBe('spring.undersigned');
    expect(getLetter(reopened.db).title).toBe(letterTitle);
    campaigns.closeAll();
  });
});
