// Which sites Sourcelight is off on. A site is named as a reader says it, without "www.", in the
// popup, the options page and the stored settings alike; entries saved with "www." still count.
import type { Settings } from './types';

/** "www.northwire.example" → "northwire.example". */
export function siteName(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

/** Sourcelight is off everywhere, or on this host's site. */
export function siteIsOff(settings: Settings, hostname: string): boolean {
  const site = siteName(hostname);
  return !settings.enabled || settings.disabledSites.some((s) => siteName(s) === site);
}
