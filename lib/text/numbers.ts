// Thousands separators seen in official sources: "5,000" (English), "20 784" (French, also NBSP / NNBSP).
const SEPARATORS = /[,\s\u00a0\u202f]/g;

/** A whole, non-negative number as published, or null when the text is anything else. */
export function parseWholeNumber(text: string): number | null {
  const digits = text.trim().replace(SEPARATORS, '');
  if (!/^\d{1,9}$/.test(digits)) return null;
  return Number(digits);
}
