// Console errors and uncaught exceptions of the pages a driver opens, in every world (page and
// content script): the same for both browsers, one list per driver.
export function consoleWatcher() {
  const errors = [];
  const watch = (page) => {
    page.on('console', (m) => { if (m.type() === 'error') errors.push({ url: page.url(), text: m.text() }); });
    page.on('pageerror', (e) => errors.push({ url: page.url(), text: String(e?.message ?? e) }));
  };
  return { errors, watch };
}
