import { escapeXml } from '../escape-xml';

export interface XmpFields {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** BCP 47 tag of the document's language, e.g. "fr-FR". */
  language: string;
  created: Date;
  tool: string;
}

/**
 * The XMP packet of a PDF/UA-1 file (ISO 14289-1 §5 and §7.1): the PDF/UA identification (`pdfuaid:part` 1)
 * and the Dublin Core title that the Info dictionary repeats, in the document's language; creator, description,
 * dates and tool as the Info dictionary has them (the two must agree, ISO 16684 / PDF 1.7 §14.3.2).
 */
export function xmpMetadata(fields: XmpFields): string {
  const language = escapeXml(fields.language);
  const date = fields.created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const alternative = (text: string) =>
    `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(text)}</rdf:li><rdf:li xml:lang="${language}">${escapeXml(text)}</rdf:li></rdf:Alt>`;
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    ' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    '<pdfuaid:part>1</pdfuaid:part>',
    `<dc:format>application/pdf</dc:format>`,
    `<dc:title>${alternative(fields.title)}</dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${escapeXml(fields.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description>${alternative(fields.subject)}</dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${language}</rdf:li></rdf:Bag></dc:language>`,
    fields.keywords.length > 0 ? `<pdf:Keywords>${escapeXml(fields.keywords.join(' '))}</pdf:Keywords>` : '',
    `<pdf:Producer>${escapeXml(fields.tool)}</pdf:Producer>`,
    `<xmp:CreatorTool>${escapeXml(fields.tool)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ]
    .filter(Boolean)
    .join('\n');
}
