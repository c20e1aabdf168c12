// A generated export file for the options page's import: `count` articles of made-up reports,
// valid by the protocol's rules, gzipped as the extension writes them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

function article(i, now) {
  const url = `https://www.import${i % 5}.example/news/${i}.html`;
  const claims = Array.from({ length: 12 }, (_, k) => {
    const text = `At least ${10 + ((i + k) % 40)} people were hurt in district ${i} during the storm, number ${k}`;
    return { id: `c${k}`, kind: 'indirect', source: { text: 'the fire service', start: k * 200, end: k * 200 + 16 }, actorId: 'a0', cue: { text: 'said', start: k * 200 + 17, end: k * 200 + 21 }, content: { text, start: k * 200 + 22, end: k * 200 + 22 + text.length }, via: null, confidence: 0.8 };
  });
  const actors = [{ id: 'a0', key: `fire service ${i % 50}`, name: `Fire Service ${i % 50}`, type: 'organization', aliases: [], mentions: [{ start: 0, end: 16 }] }];
  return { readAt: now - (1_000 - i) * 60_000, aliases: [url], page: { meta: { url, title: `Storm damage in district ${i}`, outlet: { name: `Import Wire ${i % 5}`, domain: `www.import${i % 5}.example` }, authors: [], published: new Date(now - i * 3_600_000).toISOString() }, claims, actors, words: 600 } };
}

/** Writes the file and returns its path. */
export function writeExport(count, { now = Date.now(), gzip = true } = {}) {
  const text = JSON.stringify({ format: 'sourcelight-export', version: 1, exportedAt: new Date(now).toISOString(), articles: Array.from({ length: count }, (_, i) => article(i, now)), dismissals: [] });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelight-export-')), gzip ? 'export.json.gz' : 'export.json');
  fs.writeFileSync(file, gzip ? zlib.gzipSync(text) : text);
  return file;
}
