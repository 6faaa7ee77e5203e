import { Document, ExternalHyperlink, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCampaignFromTemplate } from '../../../../../src/main/services/campaign/create-campaign';
import { getLetter, saveLetter } from '../../../../../src/main/services/campaign/letters';
import { importDocx } from '../../../../../src/main/services/docx-import/import-docx';
import { renderLetterDocx } from '../../../../../src/main/services/export/docx/render-letter-docx';
import { findTemplate } from '../../../../../src/main/services/templates/templates';
import { isSafeHref } from '../../../../../src/shared/document/is-safe-href';
import { findLetterSchemaProblems, forEachLetterNode, type LetterNode } from '../../../../../src/shared/document/letter-document';
import { resolveLetter } from '../../../../../src/shared/merge/resolve-letter';
import { DEFAULT_PAGE_SETTINGS } from '../../../../../src/shared/model/page-settings';
import { useTemporaryFolder } from '../../../temporary-folder';

const temporaryFolder = useTemporaryFolder();

function linksOf(doc: LetterNode): string[] {
  const hrefs: string[] = [];
  forEachLetterNode(doc, (node) => {
    for (const mark of node.marks ?? []) if (mark.type === 'link') hrefs.push(String(mark.attrs?.href));
  });
  return hrefs;
}

function linkedParagraph(href: string, text: string): LetterNode {
  return { type: 'paragraph', content: [{ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] }] };
}

describe('letters carry only safe links', () => {
  it('accepts http, https and mailto, and nothing else', () => {
    for (const href of ['https://example.org/report', 'http://example.org', 'mailto:office@example.org']) expect(isSafeHref(href)).toBe(true);
    for (const href of ['javascript:alert(1)', ' JavaScript:alert(1)', 'file:///etc/passwd', 'data:text/html,<script>', 'vbscript:x', 'report.html', ''])
      expect(isSafeHref(href)).toBe(false);
  });

  it('drops javascript: and file: links at DOCX import, keeps their text, and lists them in the report', async () => {
    const bytes = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph({
                children: [
                  new ExternalHyperlink({ link: 'javascript:alert(document.cookie)', children: [new TextRun('Click here')] }),
                  new TextRun(' and '),
                  new ExternalHyperlink({ link: 'file:///etc/passwd', children: [new TextRun('the annex')] }),
                  new TextRun(' or '),
                  new ExternalHyperlink({ link: 'https://example.org/report', children: [new TextRun('the report')] }),
                ],
              }),
            ],
          },
        ],
      }),
    );
    const imported = await importDocx(bytes, 'hostile-links.docx');
    expect(linksOf(imported.doc)).toEqual(['https://example.org/report']);
    expect(JSON.stringify(imported.doc)).toContain('Click here');
    expect(JSON.stringify(imported.doc)).toContain('the annex');
    expect(imported.notKept).toContainEqual(
      '2 links that were not web or e-mail addresses were removed, their text kept: “javascript:alert(document.cookie)”, “file:///etc/passwd”.',
    );
  });

  it('refuses at save a letter holding a javascript: link, keeping the saved letter', () => {
    const file = createCampaignFromTemplate(join(temporaryFolder(), 'links.undersigned'), findTemplate('regional-organizations'), 'Links');
    const before = getLetter(file.db);
    const doc: LetterNode = { type: 'doc', content: [linkedParagraph('javascript:alert(1)', 'Click')] };
    expect(findLetterSchemaProblems(doc)).toEqual([{ path: '/0/0', message: 'link: a link must be a web (http, https) or e-mail (mailto) address' }]);
    expect(() => saveLetter(file.db, { doc, settings: before.settings })).toThrow(
      'The letter was not saved: link: a link must be a web (http, https) or e-mail (mailto) address (at /0/0).',
    );
    expect(getLetter(file.db).doc).toEqual(before.doc);
    file.close();
  });

  it('a file: link already in a saved letter never reaches the exported DOCX', async () => {
    const letter = { title: 'Old', settings: DEFAULT_PAGE_SETTINGS, doc: { type: 'doc', content: [linkedParagraph('file:///etc/passwd', 'annex'), linkedParagraph('https://example.org', 'site')] } };
    const { ir } = resolveLetter(letter, { recipient: null, signatories: [], date: '2026-01-01' });
    const zip = await JSZip.loadAsync(await renderLetterDocx(ir));
    const relationships = await zip.file('word/_rels/document.xml.rels')!.async('string');
    expect(relationships).toContain('https://example.org');
    expect(relationships).not.toContain('file:');
  });
});
