// Medians and spreads. A figure is always reported with how many runs it stands on and how far
// they spread, because one number from a noisy two-core machine means little on its own.

/** @param {number[]} sorted @param {number} p 0..1, linear interpolation between closest ranks */
function quantile(sorted, p) {
  if (!sorted.length) return NaN;
  const i = (sorted.length - 1) * p;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}

/**
 * @typedef {object} Summary
 * @property {number} n runs that produced a value
 * @property {number} median
 * @property {number} min
 * @property {number} max
 * @property {number} q1 first quartile
 * @property {number} q3 third quartile
 * @property {number[]} samples every run's value, in run order
 */

/** @param {(number | null | undefined)[]} values @returns {Summary | null} null when no run produced a value */
export function summarize(values) {
  const samples = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  if (!samples.length) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: samples.length,
    median: quantile(sorted, 0.5),
    min: sorted[0],
    max: sorted[sorted.length - 1],
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    samples,
  };
}

const round = (v, digits) => {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
};

/** Milliseconds for people: 0.42 ms, 12.3 ms, 1,234 ms. */
export function ms(v) {
  if (v == null || !Number.isFinite(v)) return '–';
  const digits = Math.abs(v) < 1 ? 2 : Math.abs(v) < 100 ? 1 : 0;
  return `${round(v, digits).toLocaleString('en-US')} ms`;
}

/** Bytes for people: 812 B, 68.2 kB, 7.41 MB (decimal units, as transfer sizes are usually quoted). */
export function bytes(v) {
  if (v == null || !Number.isFinite(v)) return '–';
  const sign = v < 0 ? '−' : '';
  const a = Math.abs(v);
  if (a < 1000) return `${sign}${Math.round(a)} B`;
  if (a < 1e6) return `${sign}${round(a / 1000, a < 1e4 ? 2 : 1)} kB`;
  return `${sign}${round(a / 1e6, 2)} MB`;
}

/** A plain count. */
export function count(v) {
  if (v == null || !Number.isFinite(v)) return '–';
  return round(v, 1).toLocaleString('en-US');
}

/**
 * "median (min–max, n runs)"; a figure that did not vary prints once.
 * @param {Summary | null} s @param {(v: number) => string} fmt
 */
export function withSpread(s, fmt) {
  if (!s) return 'not measured';
  if (s.n === 1) return `${fmt(s.median)} (1 run)`;
  if (fmt(s.min) === fmt(s.max)) return `${fmt(s.median)} (all ${s.n} runs)`;
  return `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)}, ${s.n} runs)`;
}

/** "min–max" or the single value. @param {Summary | null} s @param {(v: number) => string} fmt */
export function spread(s, fmt) {
  if (!s) return '–';
  return fmt(s.min) === fmt(s.max) ? fmt(s.min) : `${fmt(s.min)}–${fmt(s.max)}`;
}

/** Growth factor between two medians, "×9.8". */
export function factor(a, b) {
  if (!a || !b || !Number.isFinite(a.median) || !Number.isFinite(b.median) || a.median <= 0) return '–';
  return `×${round(b.median / a.median, b.median / a.median < 10 ? 2 : 1)}`;
}
