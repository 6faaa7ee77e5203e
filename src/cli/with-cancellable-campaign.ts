import { openCampaignFile, type CampaignFile } from '../main/services/campaign/campaign-file';
import type { CommandIo } from './command';

/**
 * Opens the campaign for a long run that Ctrl+C cancels through `signal` (what was started finishes,
 * nothing more starts; `cancelling` is said on stderr when given), and closes it when the run ends.
 */
export async function withCancellableCampaign<Result>(
  path: string,
  io: CommandIo,
  cancelling: string | null,
  run: (campaign: CampaignFile, signal: AbortSignal) => Promise<Result>,
): Promise<Result> {
  const campaign = openCampaignFile(path);
  const controller = new AbortController();
  const onInterrupt = (): void => {
    if (cancelling) io.stderr(`${cancelling}\n`);
    controller.abort();
  };
  process.once('SIGINT', onInterrupt);
  try {
    return await run(campaign, controller.signal);
  } finally {
    process.off('SIGINT', onInterrupt);
    campaign.close();
  }
}
