// Errors the store throws on purpose; the background maps them to user-facing states.

/** IndexedDB cannot be opened (Firefox private windows, disabled storage, broken profile). */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}

/** The disk quota is exhausted; the transaction was rolled back whole. */
export class StoreFullError extends Error {
  override name = 'StoreFullError';
}

/** A report or import file that breaks the protocol's rules or caps; nothing was written. */
export class StoreInputError extends Error {
  override name = 'StoreInputError';
}

export function isQuotaError(e: unknown): boolean {
  return e instanceof Error && (e.name === 'QuotaExceededError' || /quota/i.test(e.message));
}
