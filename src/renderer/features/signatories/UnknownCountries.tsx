import { useMemo, useState } from 'react';
import { countryData } from '../../../shared/countries/country-locales';
import { api } from '../../api/client';

interface UnknownCountriesProps {
  campaignId: string;
  unknown: { country: string; count: number }[];
  onFixed(message: string): void;
}

function UnknownCountryRow({ entry, options, onFix }: { entry: { country: string; count: number }; options: [string, string][]; onFix(code: string): Promise<void> }) {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <li>
      <span className="unknown-country">“{entry.country}”</span> <span className="muted">({entry.count})</span>
      <select aria-label={`Country meant by “${entry.country}”`} value={code} onChange={(event) => setCode(event.target.value)}>
        <option value="">Choose the country…</option>
        {options.map(([optionCode, name]) => (
          <option key={optionCode} value={optionCode}>
            {name}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={!code || busy}
        onClick={() => {
          setBusy(true);
          void onFix(code).finally(() => setBusy(false));
        }}
      >
        Fix for all {entry.count}
      </button>
    </li>
  );
}

/** Country spellings no country is known by, each fixed once for every signatory that uses it. */
export function UnknownCountries({ campaignId, unknown, onFixed }: UnknownCountriesProps) {
  const [error, setError] = useState<string | null>(null);
  const options = useMemo(() => {
    const names = countryData.getNames('en', { select: 'official' }) as Record<string, string>;
    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    return Object.entries(names).sort((a, b) => collator.compare(a[1], b[1]));
  }, []);
  if (unknown.length === 0) return null;
  return (
    <details className="signatory-panel unknown-countries" open>
      <summary>
        {unknown.length} country spelling{unknown.length === 1 ? '' : 's'} not recognised: they stay as written until you say which country is meant
      </summary>
      {error && (
        <p role="alert" className="error-banner">
          {error}
        </p>
      )}
      <ul>
        {unknown.map((entry) => (
          <UnknownCountryRow
            key={entry.country}
            entry={entry}
            options={options}
            onFix={async (code) => {
              try {
                const { updated } = await api['signatories.fixCountry']({ campaignId, country: entry.country, countryCode: code });
                onFixed(`“${entry.country}” is now ${options.find(([optionCode]) => optionCode === code)?.[1] ?? code} for ${updated} signatories.`);
              } catch (reason) {
                setError((reason as Error).message);
              }
            }}
          />
        ))}
      </ul>
    </details>
  );
}
