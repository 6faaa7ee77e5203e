import { useMemo, useState } from 'react';
import { countryData } from '../../../shared/countries/country-locales';
import { FONT_FAMILIES, LETTER_LANGUAGES, PAPER_SIZES, type PageSettings } from '../../../shared/model/page-settings';
import { api } from '../../api/client';
import { useReturnFocus } from '../../features/shell/use-return-focus';
import { NumberField } from './NumberField';
import { readFileBase64 } from '../read-file-base64';

interface PageSettingsPanelProps {
  campaignId: string;
  settings: PageSettings;
  onChange(settings: PageSettings): void;
  onClose(): void;
  notify(message: string): void;
}

const MARGIN_SIDES = [
  { key: 'top', label: 'Top' },
  { key: 'bottom', label: 'Bottom' },
  { key: 'left', label: 'Left' },
  { key: 'right', label: 'Right' },
] as const;

/** Who sends the letters, paper, margins, type, language, letterhead and footer: the settings both exporters read. */
export function PageSettingsPanel({ campaignId, settings, onChange, onClose, notify }: PageSettingsPanelProps) {
  const [uploading, setUploading] = useState(false);
  useReturnFocus();
  const set = (change: Partial<PageSettings>) => onChange({ ...settings, ...change });
  const setLetterhead = (change: Partial<PageSettings['letterhead']>) => set({ letterhead: { ...settings.letterhead, ...change } });
  const setFooter = (change: Partial<PageSettings['footer']>) => set({ footer: { ...settings.footer, ...change } });
  const countries = useMemo(() => {
    const collator = new Intl.Collator(LETTER_LANGUAGES[settings.language].locale);
    const names = countryData.getNames(settings.language, { select: 'official' }) as Record<string, string>;
    return Object.entries(names).sort((a, b) => collator.compare(a[1], b[1]));
  }, [settings.language]);

  async function uploadLogo(file: File) {
    setUploading(true);
    try {
      const { assetId } = await api['assets.addLogo']({ campaignId, fileName: file.name, base64: await readFileBase64(file) });
      setLetterhead({ logoAssetId: assetId, enabled: true });
    } catch (error) {
      notify((error as Error).message);
    } finally {
      setUploading(false);
    }
  }

  return (
    <aside className="side-panel" aria-label="Page settings">
      <div className="side-panel-header">
        <h2>Page settings</h2>
        <button type="button" onClick={onClose} aria-label="Close page settings">
          Close
        </button>
      </div>
      <section>
        <h3>Sender</h3>
        <label>
          Coalition
          <input value={settings.coalition} maxLength={300} onChange={(event) => set({ coalition: event.target.value })} />
          <span className="field-hint">Signs where the letter says “Coalition name”, and is the Author of the PDF and DOCX files.</span>
        </label>
        <label>
          Sent from
          <select value={settings.ownCountry} onChange={(event) => set({ ownCountry: event.target.value })}>
            <option value="">Not said</option>
            {countries.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
          <span className="field-hint">Letters to an address in this country leave out its country line, as domestic mail does.</span>
        </label>
      </section>
      <section>
        <h3>Paper and type</h3>
        <label>
          Paper size
          <select value={settings.paperSize} onChange={(event) => set({ paperSize: event.target.value as PageSettings['paperSize'] })}>
            {Object.entries(PAPER_SIZES).map(([value, paper]) => (
              <option key={value} value={value}>
                {paper.label} ({paper.widthMm} × {paper.heightMm} mm)
              </option>
            ))}
          </select>
        </label>
        <fieldset className="margins-grid">
          <legend>Margins (mm)</legend>
          {MARGIN_SIDES.map((side) => (
            <NumberField
              key={side.key}
              label={side.label}
              value={settings.marginsMm[side.key]}
              minimum={5}
              maximum={80}
              step={1}
              onChange={(millimetres) => set({ marginsMm: { ...settings.marginsMm, [side.key]: millimetres } })}
            />
          ))}
        </fieldset>
        <label>
          Font
          <select value={settings.fontFamily} onChange={(event) => set({ fontFamily: event.target.value as PageSettings['fontFamily'] })}>
            {Object.entries(FONT_FAMILIES).map(([value, font]) => (
              <option key={value} value={value}>
                {font.label}
              </option>
            ))}
          </select>
        </label>
        <div className="two-fields">
          <NumberField
            label="Size (pt)"
            value={settings.fontSizePt}
            minimum={8}
            maximum={16}
            step={0.5}
            onChange={(fontSizePt) => set({ fontSizePt })}
          />
          <label>
            Line spacing
            <select value={String(settings.lineSpacing)} onChange={(event) => set({ lineSpacing: Number(event.target.value) })}>
              {[1, 1.15, 1.2, 1.25, 1.3, 1.5, 2]
                .concat([1, 1.15, 1.2, 1.25, 1.3, 1.5, 2].includes(settings.lineSpacing) ? [] : [settings.lineSpacing])
                .map((value) => (
                  <option key={value} value={String(value)}>
                    {value}
                  </option>
                ))}
            </select>
          </label>
        </div>
        <label>
          Letter language
          <select value={settings.language} onChange={(event) => set({ language: event.target.value as PageSettings['language'] })}>
            {Object.entries(LETTER_LANGUAGES).map(([value, language]) => (
              <option key={value} value={value}>
                {language.label}
              </option>
            ))}
          </select>
          <span className="field-hint">Sets how dates are written and how signatories are sorted.</span>
        </label>
      </section>
      <section>
        <h3>Letterhead</h3>
        <label className="inline-choice">
          <input
            type="checkbox"
            checked={settings.letterhead.enabled}
            onChange={(event) => setLetterhead({ enabled: event.target.checked })}
          />
          Print a letterhead
        </label>
        <label>
          Organization
          <input
            value={settings.letterhead.organization}
            maxLength={300}
            onChange={(event) => setLetterhead({ organization: event.target.value })}
          />
        </label>
        <label>
          Address lines
          <textarea
            rows={3}
            value={settings.letterhead.addressLines.join('\n')}
            onChange={(event) =>
              setLetterhead({
                addressLines: event.target.value
                  .split('\n')
                  .slice(0, 8)
                  .map((line) => line.slice(0, 300)),
              })
            }
          />
          <span className="field-hint">One line each, up to eight.</span>
        </label>
        <div className="logo-row">
          <label className="file-button">
            {uploading ? 'Adding logo…' : settings.letterhead.logoAssetId ? 'Replace logo…' : 'Add logo…'}
            <input
              type="file"
              accept="image/png,image/jpeg"
              disabled={uploading}
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) void uploadLogo(file);
              }}
            />
          </label>
          {settings.letterhead.logoAssetId !== null && (
            <button type="button" onClick={() => setLetterhead({ logoAssetId: null })}>
              Remove logo
            </button>
          )}
        </div>
        <span className="field-hint">PNG or JPEG, up to 2 MB. It is kept inside the campaign file.</span>
        <fieldset>
          <legend>Print it on</legend>
          <label className="inline-choice">
            <input
              type="radio"
              name="letterhead-placement"
              checked={settings.letterhead.placement === 'first-page'}
              onChange={() => setLetterhead({ placement: 'first-page' })}
            />
            The first page only
          </label>
          <label className="inline-choice">
            <input
              type="radio"
              name="letterhead-placement"
              checked={settings.letterhead.placement === 'every-page'}
              onChange={() => setLetterhead({ placement: 'every-page' })}
            />
            Every page
          </label>
        </fieldset>
      </section>
      <section>
        <h3>Footer</h3>
        <label>
          Address line
          <input value={settings.footer.addressLine} maxLength={500} onChange={(event) => setFooter({ addressLine: event.target.value })} />
        </label>
        <label className="inline-choice">
          <input
            type="checkbox"
            checked={settings.footer.pageNumbers}
            onChange={(event) => setFooter({ pageNumbers: event.target.checked })}
          />
          Page numbers (“Page 2 of 3”)
        </label>
      </section>
    </aside>
  );
}
