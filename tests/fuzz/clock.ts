/**
 * The "now" of every fuzz run: parsers judge what is plausible against it (no draw after next
 * year), and a fixed one keeps a seed's findings reproducible whatever the day.
 */
export const FUZZ_NOW = Date.parse('2026-12-01T12:00:00Z');
