import { render } from 'preact';
import { UiContext } from '@/components/ui-context';
import { db } from '@/lib/db/instance';
import { createFormatter } from '@/lib/i18n/format';
import { createTranslate } from '@/lib/i18n/messages';
import { sendMessage } from '@/lib/messaging/protocol';
import { App } from './App';
import '@/components/theme.css';
import './style.css';

const locale = browser.i18n.getUILanguage();
document.documentElement.lang = locale;
const ui = {
  t: createTranslate((key, substitutions) => browser.i18n.getMessage(key as never, substitutions)),
  format: createFormatter(locale),
};

render(
  <UiContext.Provider value={ui}>
    <App db={db} checkNow={() => sendMessage('checkNow')} />
  </UiContext.Provider>,
  document.getElementById('app') as HTMLElement,
);
