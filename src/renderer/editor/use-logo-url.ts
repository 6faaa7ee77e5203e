import { useEffect, useState } from 'react';
import { api } from '../api/client';

/** The letterhead logo as a data URL, read from the campaign's assets table. */
export function useLogoUrl(campaignId: string, assetId: number | null): string | null {
  const [url, setUrl] = useState<{ assetId: number; url: string } | null>(null);
  useEffect(() => {
    if (assetId === null) return;
    let cancelled = false;
    api['assets.get']({ campaignId, assetId }).then(
      (asset) => !cancelled && setUrl({ assetId, url: `data:${asset.mime};base64,${asset.base64}` }),
      () => !cancelled && setUrl(null),
    );
    return () => {
      cancelled = true;
    };
  }, [campaignId, assetId]);
  return url && url.assetId === assetId ? url.url : null;
}
