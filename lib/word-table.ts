// Lookup tables keyed by words read from a page. A plain object literal inherits from Object, so
// an article saying "constructor" or "__proto__" would find a function in it: these have no
// prototype and find nothing.

export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/** An empty table to fill, with no prototype either. */
export function emptyTable<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
