// Public face of the background store.
export { openStore, type Store } from './store';
export { StoreFullError, StoreInputError, StoreUnavailableError } from './errors';
export { normalizeUrl } from './urls';
export { DB_NAME, DB_VERSION } from './schema';
