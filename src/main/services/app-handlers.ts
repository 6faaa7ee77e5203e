import type { AppContext, Handlers } from './app-context';
import { listTemplates } from './templates/templates';

type AppCall = 'app.info' | 'templates.list';

/** The app itself and the templates a new campaign starts from (src/shared/contract/app.ts). */
export function createAppHandlers(context: AppContext): Pick<Handlers, AppCall> {
  const { host } = context;
  return {
    'app.info': () => ({ version: context.version, mode: host.mode }),
    'templates.list': () => listTemplates(host.userDataDir),
  };
}
