import type { ChromeMessages } from './chrome-messages';

/** The options page and the popup's profile shortcuts. */
export const optionsMessagesEn: ChromeMessages = {
  optionsTitle: { message: 'Draw Alerts settings' },
  optionsScores: { message: 'My scores' },
  optionsCrsScore: { message: 'My CRS score (Express Entry)' },
  optionsCrsHint: { message: 'A whole number from 0 to 1200. Leave empty if you have no profile yet.' },
  optionsProvincialScores: { message: 'My provincial scores (each on its province’s own points scale)' },
  optionsCategories: { message: 'Express Entry categories to follow' },
  optionsAllCategories: { message: 'All categories, including new ones' },
  optionsProvinces: { message: 'Provinces to follow' },
  optionsAlerts: { message: 'Alerts' },
  optionsNotifications: { message: 'Show a desktop notification for a new draw I follow' },
  optionsOnlyBelowMyScore: { message: 'Only alert me when the cut-off is at or below my score' },
  optionsInterval: { message: 'Check the official sources' },
  optionsInterval15: { message: 'every 15 minutes' },
  optionsInterval30: { message: 'every 30 minutes' },
  optionsInterval60: { message: 'every hour' },
  optionsInterval360: { message: 'every 6 hours' },
  optionsSave: { message: 'Save' },
  optionsSaved: { message: 'Saved.' },
  optionsSaveFailed: { message: 'Could not save the settings. Try again.' },
  optionsNotSaved: { message: 'Nothing was saved: correct the fields marked above.' },
  popupMyCrs: { message: 'My CRS' },
  popupSaveScore: { message: 'Save score' },
  popupAllSettings: { message: 'All alert settings' },
  verdictClears: {
    message: 'would have been invited',
    description: 'The user’s score is at or above the cut-off',
  },
  verdictShortOne: { message: '$1 point short', description: '$1: how many points below the cut-off (one)' },
  verdictShortOther: { message: '$1 points short', description: '$1: how many points below the cut-off' },
};
