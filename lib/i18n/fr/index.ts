import type { Translation } from '../catalog';
import type { en } from '../en';
import { alertsFr } from './alerts';
import { appFr } from './app';
import { badgesFr } from './badges';
import { errorsFr } from './errors';
import { historyFr } from './history';
import { namesFr } from './names';
import { optionsFr } from './options';
import { pageFr } from './page';
import { sourcesFr } from './sources';
import { standingFr } from './standing';

/** Every French message (Canadian French, IRCC's own terms). */
export const fr: Translation<typeof en> = {
  ...namesFr,
  ...appFr,
  ...sourcesFr,
  ...optionsFr,
  ...alertsFr,
  ...badgesFr,
  ...pageFr,
  ...standingFr,
  ...historyFr,
  ...errorsFr,
};

export { alertsFr, appFr, badgesFr, errorsFr, historyFr, namesFr, optionsFr, pageFr, sourcesFr, standingFr };
