// Finds installed browsers that can load the extension: Chromium/Chrome and Firefox.
// CHROME_PATH and FIREFOX_PATH override the search.
import fs from 'node:fs';
import path from 'node:path';

const isExecutable = (p) => {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
};

function onPath(names) {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const exts = process.platform === 'win32' ? ['.exe', ''] : [''];
  for (const name of names) for (const dir of dirs) for (const ext of exts) {
    const p = path.join(dir, name + ext);
    if (isExecutable(p)) return p;
  }
  return null;
}

function candidates(kind) {
  const pf = [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)'], process.env.LOCALAPPDATA].filter(Boolean);
  if (kind === 'chromium') {
    return {
      linux: ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome'],
      darwin: ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
      win32: pf.flatMap((d) => [path.join(d, 'Chromium/Application/chrome.exe'), path.join(d, 'Google/Chrome/Application/chrome.exe')]),
      names: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'],
    };
  }
  return {
    linux: ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox/firefox', '/snap/bin/firefox'],
    darwin: ['/Applications/Firefox.app/Contents/MacOS/firefox'],
    win32: pf.map((d) => path.join(d, 'Mozilla Firefox/firefox.exe')),
    names: ['firefox-esr', 'firefox'],
  };
}

/** The first usable binary of a kind ('chromium' | 'firefox'), or null. */
export function findBrowser(kind) {
  const override = kind === 'chromium' ? process.env.CHROME_PATH : process.env.FIREFOX_PATH;
  if (override) return isExecutable(override) ? override : null;
  const c = candidates(kind);
  const listed = (c[process.platform] ?? c.linux).find(isExecutable);
  return listed ?? onPath(c.names);
}

/** Every browser found, Chromium first (it is quicker to start and supports every check). */
export function findBrowsers() {
  return ['chromium', 'firefox'].map((kind) => ({ kind, path: findBrowser(kind) })).filter((b) => b.path);
}

export const HOW_TO_GET_A_BROWSER = `No Chromium, Chrome or Firefox was found.
Install one, then run npm start again:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium firefox-esr
  Fedora:         sudo dnf install chromium firefox
  macOS:          brew install --cask chromium   (or install Google Chrome / Firefox from their sites)
  Windows:        winget install Google.Chrome   (or Mozilla.Firefox)
Or point Sourcelight at a browser you have: CHROME_PATH=/path/to/chrome or FIREFOX_PATH=/path/to/firefox.`;
