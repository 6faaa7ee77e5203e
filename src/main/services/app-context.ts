import type { z } from 'zod';
import type { CallName, CallOutput, Contract } from '../../shared/contract';
import type { CampaignHost } from './campaign-host';
import { OpenCampaigns } from './campaign/open-campaigns';
import { RecentFiles } from './recent/recent-files';

/** A handler receives its input already parsed by the contract's schema. */
export type Handlers = { [Name in CallName]: (input: ParsedInput<Name>) => Promise<CallOutput<Name>> | CallOutput<Name> };
type ParsedInput<Name extends CallName> = z.output<Contract[Name]['input']>;

/** What the handlers share: the host (desktop or web), the open campaigns and the recent list. */
export interface AppContext {
  host: CampaignHost;
  campaigns: OpenCampaigns;
  recent: RecentFiles;
  version: string;
}

export function createAppContext(host: CampaignHost, version: string): AppContext {
  return { host, campaigns: new OpenCampaigns(), recent: new RecentFiles(host.userDataDir), version };
}
