import { Dexie } from 'dexie';
import { SourceFault } from './source';

/** Any error of a poll as the fault it records: the storage's own, or a parser bug as a layout fault. */
export function asSourceFault(error: unknown): SourceFault {
  if (error instanceof SourceFault) return error;
  const storage = storageFault(error);
  if (storage) return storage;
  // A parser bug must not look like a healthy source; it is reported like a changed layout.
  return new SourceFault({ code: 'parser-error', message: errorText(error) });
}

const DATABASE_ERROR_NAMES: ReadonlySet<string> = new Set([
  'UnknownError',
  'DataError',
  'DataCloneError',
  'InvalidStateError',
  'NotReadableError',
  'VersionError',
  'ConstraintError',
]);

/**
 * A full disk is "storage full", not a changed layout; IndexedDB failing otherwise is "storage
 * corrupted". Dexie wraps the browser's error (`inner`) and lists a bulk write's (`failures`).
 */
function storageFault(error: unknown): SourceFault | null {
  const chain: unknown[] = [];
  for (
    let current: unknown = error;
    current && chain.length < 5;
    current = (current as { inner?: unknown }).inner
  ) {
    chain.push(current);
    const failures = (current as { failures?: unknown }).failures;
    if (Array.isArray(failures)) chain.push(...failures.slice(0, 5));
  }
  const names = chain.map((item) => (item as { name?: unknown })?.name);
  if (names.includes('QuotaExceededError')) return new SourceFault({ code: 'quota-exceeded' });
  const dexie = error instanceof Dexie.DexieError;
  const named = names.find(
    (name): name is string => typeof name === 'string' && DATABASE_ERROR_NAMES.has(name),
  );
  if (dexie || named) {
    return new SourceFault({
      code: 'database-error',
      name: named ?? (error as Error).name,
      message: errorText(error).slice(0, 200),
    });
  }
  return null;
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** How a page's error boundary names an error: the browser's storage, full or failing, or neither. */
export function storageErrorKind(error: unknown): 'storage-full' | 'database' | null {
  const fault = storageFault(error);
  if (fault === null) return null;
  return fault.reason.code === 'quota-exceeded' ? 'storage-full' : 'database';
}
