// Reads an export file in pieces: the elements of its "articles" and "dismissals" arrays come out
// as raw JSON text, one element at a time, so no one ever holds (or sends) the whole file parsed.
// Only the structure is checked here; each element is parsed and validated where it is stored.

import { emptyTable } from '../word-table';

/** Longest element (one article's JSON) and longest other member value accepted. */
export const SPLIT_LIMITS = { maxElementChars: 2_000_000, maxValueChars: 10_000 } as const;

/** The arrays whose elements are handed out one by one. */
const ARRAYS = new Set(['articles', 'dismissals']);

type Mode = 'start' | 'member' | 'key' | 'colon' | 'value' | 'array' | 'element' | 'end';

export interface Pieces {
  articles: string[];
  dismissals: string[];
}

export class ExportFormatError extends Error {
  override name = 'ExportFormatError';
}

export class ExportSplitter {
  /** The file's other members (format, version, exportedAt ...), parsed. */
  readonly header: Record<string, unknown> = emptyTable(); // a "__proto__" member stays a member
  private mode: Mode = 'start';
  private key = '';
  private carry = '';
  private nest = 0;
  private inString = false;
  private escaped = false;
  /** Members seen, so a file without its arrays is told apart from an empty export. */
  private seen = new Set<string>();

  /** Feeds the next piece of text; returns the elements completed in it. Throws ExportFormatError. */
  push(chunk: string): Pieces {
    const out: Pieces = { articles: [], dismissals: [] };
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i];
      if (this.mode === 'value' || this.mode === 'element' || this.mode === 'key') {
        if (this.inString) {
          if (this.escaped) this.escaped = false;
          else if (ch === '\\') this.escaped = true;
          else if (ch === '"') {
            this.inString = false;
            if (this.mode === 'key') this.finishKey(this.carry + chunk.slice(start, i + 1));
          }
          continue;
        }
        if (ch === '"') { this.inString = true; continue; }
        if (ch === '{' || ch === '[') { this.nest++; continue; }
        if ((ch === '}' || ch === ']') && this.nest > 0) { this.nest--; continue; }
        if (this.nest > 0 || (ch !== ',' && ch !== '}' && ch !== ']')) continue;
        // a value ends at the structural character after it
        this.finishValue(this.carry + chunk.slice(start, i), out);
      }
      if (/\s/.test(ch)) continue;
      switch (this.mode) {
        case 'start':
          if (ch !== '{') throw new ExportFormatError('the file is not a Sourcelight export (it does not start with "{")');
          this.mode = 'member';
          break;
        case 'member':
          if (ch === '}') this.mode = 'end';
          else if (ch === ',') break;
          else if (ch === '"') { this.mode = 'key'; this.inString = true; start = i; this.carry = ''; }
          else throw new ExportFormatError(`unexpected "${ch}" where a member name was expected`);
          break;
        case 'colon':
          if (ch !== ':') throw new ExportFormatError(`unexpected "${ch}" after a member name`);
          this.mode = ARRAYS.has(this.key) ? 'array' : 'value';
          if (this.mode === 'value') { start = i + 1; this.carry = ''; this.nest = 0; }
          else this.nest = -1; // the array's "[" is still to come
          break;
        case 'array':
          if (this.nest === -1) {
            if (ch !== '[') throw new ExportFormatError(`"${this.key}" is not a list`);
            this.nest = 0;
          } else if (ch === ']') this.mode = 'member';
          else if (ch !== ',') {
            this.mode = 'element';
            start = i;
            this.carry = '';
            i--; // read this character again as the element's first
          }
          break;
        case 'end':
          throw new ExportFormatError('text after the end of the export');
        default:
          break;
      }
    }
    if (this.mode === 'value' || this.mode === 'element' || this.mode === 'key') {
      this.carry += chunk.slice(start);
      const max = this.mode === 'element' ? SPLIT_LIMITS.maxElementChars : SPLIT_LIMITS.maxValueChars;
      if (this.carry.length > max) throw new ExportFormatError(`one ${this.mode === 'element' ? `entry of "${this.key}"` : 'value'} is longer than ${max} characters`);
    }
    return out;
  }

  /** The file ended: throws unless it was a whole export object. */
  end(): void {
    if (this.mode !== 'end') throw new ExportFormatError('the file ends too early (it was cut off)');
    for (const k of ARRAYS) if (!this.seen.has(k)) throw new ExportFormatError(`"${k}" missing`);
  }

  private finishKey(raw: string): void {
    this.key = JSON.parse(raw) as string;
    this.seen.add(this.key);
    this.mode = 'colon';
  }

  private finishValue(raw: string, out: Pieces): void {
    const text = raw.trim();
    this.carry = '';
    if (this.mode === 'element') {
      (out[this.key as keyof Pieces]).push(text);
      this.mode = 'array';
      return;
    }
    try {
      this.header[this.key] = JSON.parse(text);
    } catch {
      throw new ExportFormatError(`the value of "${this.key.slice(0, 40)}" is not valid JSON`);
    }
    this.mode = 'member';
  }
}
