import type { ChromeMessages } from './chrome-messages';

/** The popup's and shared components' English text. $1..$9 are substitutions. */
export const popupMessagesEn: ChromeMessages = {
  extName: { message: 'Draw Alerts', description: 'Extension name' },
  extDescription: {
    message:
      'Canadian immigration draws (Express Entry and provincial programs) from the official sources, with alerts.',
    description: 'Store description',
  },
  checkNow: { message: 'Check now', description: 'Button that polls every source' },
  checking: { message: 'Checking…', description: 'Busy state of the Check now button' },
  checkNowFailed: {
    message: 'Could not start a check: $1',
    description: 'Check now failed to reach the background',
  },
  expressEntryHeading: { message: 'Express Entry rounds', description: 'Heading of the Express Entry list' },
  sourceNeverChecked: { message: '$1: not checked yet.' },
  sourceCheckedAgo: { message: '$1: checked $2.', description: '$1 source name, $2 relative time' },
  sourceFailingSince: {
    message: '$1 is failing since $2 ($3).',
    description: '$1 source, $2 absolute time, $3 relative',
  },
  sourceLastGood: { message: 'Last good read $1. The rounds below are the last ones read.' },
  sourceSkippedRows: { message: '$1 entries could not be read and were left out.' },
  faultNetwork: { message: 'The source could not be reached.' },
  faultTimeout: { message: 'The source did not answer in time.' },
  faultHttp: { message: 'The source answered with an error.' },
  faultEmpty: { message: 'The source answered with an empty page.' },
  faultNotJson: { message: 'The source answered with something that is not its data.' },
  faultErrorPage: { message: 'The source answered with an error page instead of its data.' },
  faultShape: { message: "The source's data is not in the form Draw Alerts knows." },
  faultTruncated: { message: "The source's answer was incomplete." },
  faultLayout: { message: "The page's layout changed; Draw Alerts cannot read it." },
  faultUnknown: { message: 'The source could not be read.' },
  firstRun: { message: 'Fetching the official rounds for the first time…' },
  firstRunFailed: { message: 'No rounds yet: the first check failed. Draw Alerts will try again by itself.' },
  databaseError: { message: 'Stored draws could not be read: $1' },
  columnRound: { message: 'Round' },
  columnDate: { message: 'Date' },
  columnCategory: { message: 'Category' },
  columnInvitations: { message: 'Invitations' },
  columnMinimum: { message: 'Min. score' },
  officialPage: { message: 'Official page of this round' },
  officialPageShort: { message: 'Official page' },
  newMark: { message: 'NEW', description: 'Marks a draw the user has not seen' },
  fewerThan: { message: 'fewer than $1', description: 'An invitation count published as a bound' },
  showMore: { message: 'Show more' },
};
