// A build step: Preact can write raw HTML (the `dangerouslySetInnerHTML` prop), an `innerHTML`
// assignment in every bundle that renders UI, which Firefox's linter flags and which Sourcelight
// never uses (the card and the popup render page strings as text only). This plugin removes that
// path from Preact's module: the prop is then an ordinary attribute holding "[object Object]", and no
// `innerHTML =` is left in Preact's code. If Preact's code no longer matches, the build fails rather
// than ship the path unknowingly.
import type { Plugin } from 'vite';

/** Where Preact reads the prop from the new and old props ("dangerouslySetInnerHTML"==s?h=k:). */
const CAPTURE = /"dangerouslySetInnerHTML"==(\w+)\?(\w+)=(\w+):/g;
/** Where it writes the markup ((t.innerHTML=h.__html)). */
const WRITE = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;

/** Preact's module code without its raw HTML path; throws when the code is not the expected shape. */
export function stripInnerHtml(code: string): string {
  const captures = code.match(CAPTURE)?.length ?? 0;
  const writes = code.match(WRITE)?.length ?? 0;
  if (captures !== 2 || writes !== 1) {
    throw new Error(`strip-inner-html: Preact's code changed (${captures} prop reads, ${writes} innerHTML writes; expected 2 and 1): review build/strip-inner-html.ts`);
  }
  return code.replace(CAPTURE, '').replace(WRITE, 'void 0');
}

/** True for Preact's own module (not preact/hooks, preact/compat, ...). */
export const isPreactModule = (id: string) => /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.m?js(\?|$)/.test(id);

export function stripInnerHtmlPlugin(): Plugin {
  return {
    name: 'sourcelight:strip-inner-html',
    enforce: 'pre',
    transform(code, id) {
      return isPreactModule(id) ? { code: stripInnerHtml(code), map: null } : null;
    },
  };
}
