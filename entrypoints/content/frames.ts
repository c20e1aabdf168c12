// What the frame loader (entrypoints/loader.ts) and the manifest (wxt.config.ts) share: kept apart
// so the loader imports nothing else.

/** Frames smaller than this are ads, widgets or trackers, never a story someone reads. */
export const MIN_FRAME_WIDTH = 400;
export const MIN_FRAME_HEIGHT = 300;
/** The reader (entrypoints/content/index.ts) as built, loaded by frames that can hold an article. */
export const READER_PATH = '/content-scripts/content.js';
/** The engine for extracting in the page when the background cannot (entrypoints/engine.ts). */
export const ENGINE_PATH = '/engine.js';
/** Where engine.js leaves the engine for the reader (the content script's own global, not the page's). */
export const ENGINE_KEY = '__sourcelightEngine';
