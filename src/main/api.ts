import { createAppHandlers } from './services/app-handlers';
import { createCampaignHandlers } from './services/campaign/campaign-handlers';
import { createRecipientHandlers } from './services/recipients/recipient-handlers';
import { createExportHandlers } from './services/export/export-handlers';
import { createSignatoryHandlers } from './services/signatories/signatory-handlers';
import { createLetterHandlers } from './services/letter/letter-handlers';
import { createDeliveryHandlers } from './services/deliveries/delivery-handlers';
import { createMailHandlers } from './services/mail/mail-handlers';
import type { AppContext, Handlers } from './services/app-context';

// The handler table's types live with the services that implement it (services never import main/*.ts).
export { createAppContext, type AppContext, type Handlers } from './services/app-context';

/** The handler table: every contract call, from each domain's handlers beside its service. */
export function createHandlers(context: AppContext): Handlers {
  const { campaigns } = context;
  return {
    ...createAppHandlers(context),
    ...createCampaignHandlers(context),
    ...createLetterHandlers(context),
    ...createRecipientHandlers(campaigns),
    ...createSignatoryHandlers(campaigns),
    ...createExportHandlers(context),
    ...createDeliveryHandlers(campaigns),
    ...createMailHandlers(context),
  };
}
