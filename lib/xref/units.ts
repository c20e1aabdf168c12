// Units written after a figure, and their normalised form: "12 ft" and "four metres" are both
// lengths in metres, "-150 °C" and "120 K" both temperatures in kelvin, "two days" 48 hours.
// The words are read here; the arithmetic of conversion is js-quantities' (only our own unit
// names are ever handed to it, never page text).
import Qty from 'js-quantities';

/** What kind of thing a unit measures; figures of different dimensions never compare. */
export type Dimension =
  | 'duration' | 'percent' | 'points' | 'length' | 'temperature' | 'speed' | 'area' | 'mass' | 'magnitude'
  | `money:${string}`;

export interface UnitWord {
  /** Dimension of the figure. */
  dim: Dimension;
  /** js-quantities unit name (or null when the figure is kept as it is: percent, money, magnitude). */
  qty: string | null;
  /** The base unit values are normalised to (shown in frames): "h", "m", "K"... */
  base: string;
}

const D = (dim: Dimension, qty: string | null, base: string): UnitWord => ({ dim, qty, base });

/** Unit words after a number, longest first where one is a prefix of another. Lower-case, except
 *  "K" (kelvin), which must be written upper-case ("5k" is five thousand). A bare "m" is left out:
 *  in news copy "4m" is as often four million as four metres. */
const AFTER: [string, UnitWord][] = [
  ['percentage points', D('points', null, 'pp')], ['percentage point', D('points', null, 'pp')],
  ['per cent', D('percent', null, '%')], ['percent', D('percent', null, '%')], ['pc', D('percent', null, '%')], ['%', D('percent', null, '%')],
  ['minutes', D('duration', 'min', 'h')], ['minute', D('duration', 'min', 'h')], ['mins', D('duration', 'min', 'h')],
  ['hours', D('duration', 'h', 'h')], ['hour', D('duration', 'h', 'h')], ['hrs', D('duration', 'h', 'h')],
  ['days', D('duration', 'day', 'h')], ['day', D('duration', 'day', 'h')],
  ['weeks', D('duration', 'week', 'h')], ['week', D('duration', 'week', 'h')],
  ['months', D('duration', 'month', 'h')], ['month', D('duration', 'month', 'h')],
  ['years', D('duration', 'year', 'h')], ['year', D('duration', 'year', 'h')],
  ['degrees celsius', D('temperature', 'tempC', 'K')], ['degrees centigrade', D('temperature', 'tempC', 'K')], ['degrees fahrenheit', D('temperature', 'tempF', 'K')],
  ['°c', D('temperature', 'tempC', 'K')], ['ºc', D('temperature', 'tempC', 'K')], ['°f', D('temperature', 'tempF', 'K')], ['ºf', D('temperature', 'tempF', 'K')],
  ['celsius', D('temperature', 'tempC', 'K')], ['fahrenheit', D('temperature', 'tempF', 'K')], ['kelvin', D('temperature', 'tempK', 'K')], ['K', D('temperature', 'tempK', 'K')],
  ['square kilometres', D('area', 'km^2', 'm²')], ['square kilometers', D('area', 'km^2', 'm²')], ['sq km', D('area', 'km^2', 'm²')], ['km2', D('area', 'km^2', 'm²')], ['km²', D('area', 'km^2', 'm²')],
  ['square miles', D('area', 'mi^2', 'm²')], ['hectares', D('area', 'hectare', 'm²')], ['hectare', D('area', 'hectare', 'm²')], ['acres', D('area', 'acre', 'm²')], ['acre', D('area', 'acre', 'm²')],
  ['km/h', D('speed', 'kph', 'm/s')], ['kph', D('speed', 'kph', 'm/s')], ['kmh', D('speed', 'kph', 'm/s')], ['mph', D('speed', 'mph', 'm/s')], ['knots', D('speed', 'knot', 'm/s')],
  ['kilometres per hour', D('speed', 'kph', 'm/s')], ['kilometers per hour', D('speed', 'kph', 'm/s')], ['miles per hour', D('speed', 'mph', 'm/s')],
  ['kilometres', D('length', 'km', 'm')], ['kilometers', D('length', 'km', 'm')], ['kilometre', D('length', 'km', 'm')], ['kilometer', D('length', 'km', 'm')], ['km', D('length', 'km', 'm')],
  ['metres', D('length', 'm', 'm')], ['meters', D('length', 'm', 'm')], ['metre', D('length', 'm', 'm')], ['meter', D('length', 'm', 'm')],
  ['centimetres', D('length', 'cm', 'm')], ['centimeters', D('length', 'cm', 'm')], ['cm', D('length', 'cm', 'm')],
  ['nautical miles', D('length', 'nmi', 'm')], ['miles', D('length', 'mi', 'm')], ['mile', D('length', 'mi', 'm')],
  ['feet', D('length', 'ft', 'm')], ['foot', D('length', 'ft', 'm')], ['ft', D('length', 'ft', 'm')], ['inches', D('length', 'in', 'm')], ['yards', D('length', 'yd', 'm')],
  ['tonnes', D('mass', 'tonne', 'kg')], ['tonne', D('mass', 'tonne', 'kg')], ['metric tons', D('mass', 'tonne', 'kg')], ['kilograms', D('mass', 'kg', 'kg')], ['kg', D('mass', 'kg', 'kg')],
  ['dollars', D('money:USD', null, 'USD')], ['dollar', D('money:USD', null, 'USD')], ['euros', D('money:EUR', null, 'EUR')], ['euro', D('money:EUR', null, 'EUR')],
  ['yuan', D('money:CNY', null, 'CNY')], ['yen', D('money:JPY', null, 'JPY')], ['rupees', D('money:INR', null, 'INR')], ['roubles', D('money:RUB', null, 'RUB')], ['rubles', D('money:RUB', null, 'RUB')],
  ['lira', D('money:TRY', null, 'TRY')], ['dinars', D('money:DIN', null, 'DIN')], ['francs', D('money:CHF', null, 'CHF')], ['kronor', D('money:SEK', null, 'SEK')], ['kroner', D('money:NOK', null, 'NOK')],
];

/** Currency signs and codes before a number. */
export const CURRENCY_BEFORE: [string, string][] = [
  ['us$', 'USD'], ['a$', 'AUD'], ['c$', 'CAD'], ['hk$', 'HKD'], ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'],
  ['usd ', 'USD'], ['eur ', 'EUR'], ['gbp ', 'GBP'],
];

const MAX_UNIT_CHARS = 22;

/**
 * The unit written at the start of `after` (the text right after a number), with how many
 * characters it takes (separators included): " hours" → duration, "-foot" → length, "°C" → temperature.
 */
export function unitAfter(after: string): { unit: UnitWord; length: number } | null {
  const head = after.slice(0, MAX_UNIT_CHARS + 2);
  const gap = /^(?:[ \u00a0]|-)?/.exec(head)?.[0].length ?? 0;
  const written = head.slice(gap);
  const rest = written.toLowerCase();
  for (const [word, unit] of AFTER) {
    if (!(word === 'K' ? written.startsWith(word) : rest.startsWith(word))) continue;
    const next = rest.charAt(word.length);
    // a unit word ends at a non-letter ("5 km," yes; "5 kmart" no); "%" and "°C" need no gap rule
    if (/[\p{L}\p{N}]/u.test(next)) continue;
    if (gap === 0 && /^[a-z]/.test(word) && word.length > 3 && unit.dim !== 'duration') continue; // "12feet" is rare; "5days" junk
    return { unit, length: gap + word.length };
  }
  return null;
}

/** A value in `qty` units converted to the dimension's base unit (hours, metres, kelvin, m/s, m², kg). */
export function toBase(value: number, unit: UnitWord): number {
  if (!unit.qty) return value;
  const target = BASE_QTY[unit.dim];
  if (!target) return value;
  try {
    return Qty(value, unit.qty).to(target).scalar;
  } catch {
    return NaN;
  }
}

const BASE_QTY: Partial<Record<Dimension, string>> = {
  duration: 'h', length: 'm', temperature: 'tempK', speed: 'm/s', area: 'm^2', mass: 'kg',
};
