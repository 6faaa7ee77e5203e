import { EditorContent, type Editor } from '@tiptap/react';
import { useRef } from 'react';
import { PAPER_SIZES, type PageSettings } from '../../shared/model/page-settings';
import { pageStyle } from './page-style';
import { usePageFitZoom } from './use-page-fit-zoom';
import { useLogoUrl } from './use-logo-url';

/** The letter on a sheet of paper: letterhead, the editable body, and the footer, at the page's real size. */
export function LetterPage({
  editor,
  settings,
  campaignId,
  label,
}: {
  editor: Editor;
  settings: PageSettings;
  campaignId: string;
  label: string;
}) {
  const logoUrl = useLogoUrl(campaignId, settings.letterhead.enabled ? settings.letterhead.logoAssetId : null);
  const letterhead = settings.letterhead;
  const footer = settings.footer;
  const showFooter = footer.addressLine.trim() !== '' || footer.pageNumbers;
  const pageRef = useRef<HTMLDivElement>(null);
  const zoom = usePageFitZoom(pageRef, PAPER_SIZES[settings.paperSize].widthMm);
  return (
    <div
      ref={pageRef}
      className="letter-page"
      style={{ ...pageStyle(settings), zoom: zoom === 1 ? undefined : zoom }}
      lang={settings.language}
      aria-label={label}
    >
      {letterhead.enabled && (letterhead.organization || letterhead.addressLines.length > 0 || logoUrl) && (
        <header
          className="letterhead"
          title={letterhead.placement === 'every-page' ? 'Letterhead, on every page' : 'Letterhead, on the first page'}
        >
          {logoUrl && <img className="letterhead-logo" src={logoUrl} alt="Letterhead logo" />}
          <div className="letterhead-text">
            {letterhead.organization && <div className="letterhead-organization">{letterhead.organization}</div>}
            {letterhead.addressLines.map((line, index) => (
              <div key={index} className="letterhead-address">
                {line}
              </div>
            ))}
          </div>
        </header>
      )}
      <EditorContent editor={editor} className="letter-body" />
      {showFooter && (
        <footer
          className="letter-footer"
          style={{
            left: `${settings.marginsMm.left}mm`,
            right: `${settings.marginsMm.right}mm`,
            bottom: `${Math.max(6, settings.marginsMm.bottom / 2 - 3)}mm`,
          }}
        >
          <span>{footer.addressLine}</span>
          {footer.pageNumbers && <span>Page X of Y</span>}
        </footer>
      )}
    </div>
  );
}
