import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../src/main/services/campaign/migrations';
import { useTemporaryFolder } from '../temporary-folder';

const temporaryFolder = useTemporaryFolder();
const BIN = resolve('bin/undersigned.js');

/** Runs the real CLI as a user would, through its bin script. */
export function runUndersigned(args: string[], cwd = process.cwd()) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('undersigned CLI', () => {
  it('lists templates as JSON', () => {
    const { code, stdout } = runUndersigned(['templates', '--json']);
    expect(code).toBe(0);
    const templates = JSON.parse(stdout) as { id: string; name: string; kind: string; description: string }[];
    expect(templates.map((template) => template.id)).toContain('regional-organizations');
    for (const template of templates) expect(Object.keys(template).sort()).toEqual(['description', 'id', 'kind', 'name']);
  });

  it('creates a campaign whose user_version is current', () => {
    const folder = temporaryFolder();
    const { code, stdout } = runUndersigned(
      [
        'new',
        'march-letters',
        '--template',
        'regional-organizations',
        '--title',
        'March letters',
        '--coalition',
        'Coalition for the Prevention of Atrocities',
        '--sent-from',
        'Kenya',
        '--json',
      ],
      folder,
    );
    expect(code).toBe(0);
    const path = join(folder, 'march-letters.undersigned');
    expect(JSON.parse(stdout)).toEqual({
      file: path,
      template: 'regional-organizations',
      title: 'March letters',
      coalition: 'Coalition for the Prevention of Atrocities',
      ownCountry: 'KE',
    });
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.prepare("SELECT value FROM meta WHERE key = 'title'").get()).toEqual({ value: 'March letters' });
    const { settings } = db.prepare('SELECT settings FROM letters').get() as { settings: string };
    expect(JSON.parse(settings)).toMatchObject({ coalition: 'Coalition for the Prevention of Atrocities', ownCountry: 'KE' });
    db.close();
  });

  it('exits 2 on bad usage', () => {
    expect(runUndersigned([]).code).toBe(2);
    expect(runUndersigned(['frobnicate']).code).toBe(2);
    const missingTemplate = runUndersigned(['new', join(temporaryFolder(), 'x')]);
    expect(missingTemplate.code).toBe(2);
    expect(missingTemplate.stderr).toMatch(/--template <id> is required/);
    const unknownCountry = runUndersigned(['new', join(temporaryFolder(), 'x'), '--template', 'heads-of-state', '--sent-from', 'Atlantis']);
    expect(unknownCountry.code).toBe(2);
    expect(unknownCountry.stderr).toContain('--sent-from "Atlantis" is not a country');
    expect(runUndersigned(['templates', '--colour']).code).toBe(2);
  });

  it('checks the campaign, --format and --out of export and addendum alike before opening anything', () => {
    const campaign = join(temporaryFolder(), 'missing.undersigned');
    for (const command of ['export', 'addendum']) {
      const noFormat = runUndersigned([command, campaign, '--out', temporaryFolder()]);
      expect([command, noFormat.code, noFormat.stderr]).toEqual([command, 2, expect.stringMatching(/--format must be pdf, docx or both/)]);
      const noFolder = runUndersigned([command, campaign, '--format', 'pdf', '--out', ' ']);
      expect([command, noFolder.code, noFolder.stderr]).toEqual([command, 2, expect.stringMatching(/--out <dir> is required/)]);
      const twoCampaigns = runUndersigned([command, campaign, campaign, '--format', 'pdf', '--out', temporaryFolder()]);
      expect([command, twoCampaigns.code, twoCampaigns.stderr]).toEqual([
        command,
        2,
        expect.stringMatching(/give exactly one campaign file/),
      ]);
    }
  });

  it('exits 1 on bad input, naming the file or template', () => {
    const folder = temporaryFolder();
    const existing = join(folder, 'taken.undersigned');
    writeFileSync(existing, 'not a campaign');
    const taken = runUndersigned(['new', existing, '--template', 'regional-organizations']);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('taken.undersigned');
    const unknown = runUndersigned(['new', join(folder, 'y'), '--template', 'no-such-template']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no-such-template');
    expect(existsSync(join(folder, 'y.undersigned'))).toBe(false);
  });
});
