// A build step: every emitted script in ASCII. esbuild escapes non-ASCII characters in strings but
// not in regular expression literals (/[’`´]/), and one such character makes the browser hold the
// whole script as a two-byte string: twice the memory, and decoding and scanning on the slow path on
// every cold start. On the engine's bundle this cut a cold load plus first extraction by 2.0M
// instructions (109.1M -> 107.1M, callgrind, bench article). A \uXXXX escape means the same
// character in a string, a template, a regular expression (a surrogate pair in a /u one too) and an
// identifier, and nothing in a comment; only String.raw would see the difference, and no bundle
// of ours has String.raw over non-ASCII text (tests/unit/ascii-only.test.ts checks the built files).
import type { Plugin } from 'vite';

/** `code` with each non-ASCII UTF-16 code unit written as a \uXXXX escape. */
export const asciiOnly = (code: string): string =>
  code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export function asciiOnlyPlugin(): Plugin {
  return {
    name: 'sourcelight:ascii-only',
    enforce: 'post',
    // After minifying (renderChunk), so the minifier cannot turn an escape back into the character.
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) if (file.type === 'chunk') file.code = asciiOnly(file.code);
    },
  };
}
