import { alertsEn } from './alerts';
import { appEn } from './app';
import { badgesEn } from './badges';
import { errorsEn } from './errors';
import { historyEn } from './history';
import { namesEn } from './names';
import { optionsEn } from './options';
import { pageEn } from './page';
import { sourcesEn } from './sources';
import { standingEn } from './standing';

/** Every English message. Sections are separate modules so a bundle can take only what it shows. */
export const en = {
  ...namesEn,
  ...appEn,
  ...sourcesEn,
  ...optionsEn,
  ...alertsEn,
  ...badgesEn,
  ...pageEn,
  ...standingEn,
  ...historyEn,
  ...errorsEn,
} as const;

export { alertsEn, appEn, badgesEn, errorsEn, historyEn, namesEn, optionsEn, pageEn, sourcesEn, standingEn };
