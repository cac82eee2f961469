import { expressEntrySource } from './express-entry/source';
import type { SourceDefinition } from './source';

/** Every source the background polls, in polling order. */
export const allSources: readonly SourceDefinition[] = [expressEntrySource];
