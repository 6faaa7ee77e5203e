import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTemporaryFolder } from '../temporary-folder';

const temporaryFolder = useTemporaryFolder();

describe('bin/undersigned.js', () => {
  it('runs the built CLI', () => {
    const result = spawnSync(process.execPath, [resolve('bin/undersigned.js'), '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('undersigned export <campaign>');
  });

  it('says how to build the CLI when the build is missing, instead of a stack trace', () => {
    const checkout = temporaryFolder();
    mkdirSync(join(checkout, 'bin'));
    copyFileSync(resolve('bin/undersigned.js'), join(checkout, 'bin', 'undersigned.js'));
    const result = spawnSync(process.execPath, [join(checkout, 'bin', 'undersigned.js'), '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(70);
    expect(result.stderr).toContain('out/cli/undersigned.js is missing');
    expect(result.stderr).toContain('npm run build:node');
    expect(result.stderr).not.toMatch(/at .*\(.*:\d+:\d+\)/);
  });
});
