import { describe, expect, it } from 'vitest';
import { campaignPathsFromArgv } from '../../../../src/main/electron/campaign-paths-from-argv';

describe('campaignPathsFromArgv', () => {
  it('takes the campaign files after the executable, made absolute against the launch folder', () => {
    const argv = ['/opt/Undersigned/undersigned', '--no-sandbox', 'letters/Spring.UNDERSIGNED', '/home/ana/autumn.undersigned', 'notes.txt'];
    expect(campaignPathsFromArgv(argv, '/home/ana')).toEqual(['/home/ana/letters/Spring.UNDERSIGNED', '/home/ana/autumn.undersigned']);
  });

  it('never takes the executable or a switch that merely ends like a campaign', () => {
    expect(campaignPathsFromArgv(['/tmp/x.undersigned', '--file=y.undersigned'], '/tmp')).toEqual([]);
  });
});
