import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Formatter } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/messages';

/** What every shared component needs to speak to people: messages and locale formatting. */
export interface UiServices {
  t: Translate;
  format: Formatter;
}

export const UiContext = createContext<UiServices | null>(null);

export function useUi(): UiServices {
  const services = useContext(UiContext);
  if (!services) throw new Error('UiContext is missing: wrap the tree in <UiContext.Provider>.');
  return services;
}
