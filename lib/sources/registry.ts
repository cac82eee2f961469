import { expressEntrySource } from './express-entry/source';
import { pnpSources } from './pnp/index';
import type { SourceDefinition } from './source';

/** Every source the background polls, in polling order (one at a time). */
export const allSources: readonly SourceDefinition[] = [expressEntrySource, ...pnpSources];
