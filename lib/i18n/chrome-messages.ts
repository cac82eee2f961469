/**
 * Message tables in Chrome's `_locales/<lang>/messages.json` shape, so the lead can merge ours into
 * the extension's files, plus the small renderer used for English fallback text and in tests.
 */

export interface ChromeMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type ChromeMessages = Record<string, ChromeMessage>;

/** Same contract as `browser.i18n.getMessage(key, substitutions)`. */
export type Translate = (key: string, params?: readonly string[]) => string;

/**
 * Renders a message the way `chrome.i18n.getMessage` does: `$NAME$` becomes its placeholder's
 * content, `$1`..`$9` in that content (or in the message) become the substitutions, `$$` is `$`.
 * An unknown key renders as the key itself, so a missing translation is visible, not blank.
 */
export function formatChromeMessage(
  table: ChromeMessages,
  key: string,
  params: readonly string[] = [],
): string {
  const entry = Object.hasOwn(table, key) ? table[key] : undefined;
  if (!entry) return key;
  const placeholders = entry.placeholders ?? {};
  const substitute = (text: string) =>
    text.replace(/\$(\d)/g, (_, digit: string) => params[Number(digit) - 1] ?? '');
  return entry.message
    .split('$$')
    .map((part) =>
      substitute(
        part.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
          const placeholder = Object.entries(placeholders).find(
            ([n]) => n.toLowerCase() === name.toLowerCase(),
          );
          return placeholder ? placeholder[1].content : whole;
        }),
      ),
    )
    .join('$');
}

export function translatorFor(table: ChromeMessages): Translate {
  return (key, params) => formatChromeMessage(table, key, params);
}

/** A message with one placeholder `$VALUE$` bound to the first substitution. */
export function withOneParam(message: string, example: string, description?: string): ChromeMessage {
  return {
    message,
    ...(description ? { description } : {}),
    placeholders: { value: { content: '$1', example } },
  };
}
