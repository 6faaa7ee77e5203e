import { readFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileNamer } from '../../../../../../src/main/services/export/file-namer';
import { writeFileAtomically } from '../../../../../../src/main/services/export/write-file-atomically';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'undersigned-names-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('FileNamer', () => {
  it('keeps hostile names inside the folder and safe on every system', () => {
    const namer = new FileNamer(folder);
    const hostile = [
      '../../etc/passwd',
      'CON',
      'con.txt',
      'a/b',
      'a\\b',
      'x'.repeat(300),
      '..',
      ' . ',
      'Nul',
      'what?*:<>|"',
      '🕊️🕊️🕊️ Paz 🌍'.repeat(20),
      'LPT1',
    ];
    for (const name of hostile) {
      const base = namer.claim(name, ['pdf'], 'letter');
      const path = namer.pathOf(`${base}.pdf`);
      expect(dirname(path), name).toBe(folder);
      expect(base, name).not.toMatch(/[\\/:*?"<>|]/);
      expect(base.startsWith('.'), name).toBe(false);
      expect(Array.from(base).length, name).toBeLessThanOrEqual(120);
      expect(base, name).not.toMatch(/^(con|nul|lpt1)(\..*)?$/i);
      expect(base, name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      expect(new TextEncoder().encode(`${base}.docx`).length, name).toBeLessThanOrEqual(255);
      writeFileAtomically(path, new TextEncoder().encode(name));
    }
    expect(readdirSync(folder)).toHaveLength(hostile.length);
    expect(namer.claim('../../etc/passwd', ['pdf'], 'letter')).not.toContain(sep);
    const doves = namer.claim('🕊️'.repeat(100), ['pdf'], 'letter');
    expect(doves).toBe('🕊️'.repeat(Math.floor(200 / 7)));
  });

  it('numbers names that collide, ignoring case, across all the formats of a letter', () => {
    const namer = new FileNamer(folder);
    expect(namer.claim('African Union', ['pdf', 'docx'], 'x')).toBe('African Union');
    expect(namer.claim('african union', ['pdf', 'docx'], 'x')).toBe('african union (2)');
    expect(namer.claim('African Union', ['docx'], 'x')).toBe('African Union (3)');
    expect(namer.claim('', ['pdf'], 'Recipient 4')).toBe('Recipient 4');
    const long = 'y'.repeat(200);
    expect(namer.claim(long, ['pdf'], 'x')).toBe('y'.repeat(120));
    expect(namer.claim(long, ['pdf'], 'x')).toBe(`${'y'.repeat(116)} (2)`);
  });

  it('refuses a path outside the folder', () => {
    const namer = new FileNamer(folder);
    expect(() => namer.pathOf('../escape.pdf')).toThrow(/outside/);
    expect(() => namer.pathOf(`sub${sep}file.pdf`)).toThrow(/outside/);
  });
});

describe('writeFileAtomically', () => {
  it('replaces a file in one step only when asked, and leaves no temporary file either way', () => {
    const path = join(folder, 'letter.pdf');
    writeFileAtomically(path, new Uint8Array([1, 2, 3]));
    expect(() => writeFileAtomically(path, new Uint8Array([9]))).toThrow('a file named "letter.pdf" appeared in the folder meanwhile; it was left as it was');
    expect([...readFileSync(path)]).toEqual([1, 2, 3]);
    writeFileAtomically(path, new Uint8Array([4, 5]), { replace: true });
    expect([...readFileSync(path)]).toEqual([4, 5]);
    expect(readdirSync(folder)).toEqual(['letter.pdf']);
  });

  it('cleans up when the target cannot be written', () => {
    expect(() => writeFileAtomically(join(folder, 'missing-folder', 'x.pdf'), new Uint8Array([1]))).toThrow();
    expect(readdirSync(folder)).toEqual([]);
  });
});
