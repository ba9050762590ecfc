// Small statistics and formatting helpers for the benchmark tables.
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const min = (xs) => Math.min(...xs);
export const max = (xs) => Math.max(...xs);

/** "1,234 ms (1,100–1,400)": the median and the spread of the runs. */
export function spread(xs, unit = 'ms') {
  if (!xs.length) return 'n/a';
  const f = (x) => Math.round(x).toLocaleString('en-US');
  return xs.length === 1 ? `${f(xs[0])} ${unit}` : `${f(median(xs))} ${unit} (${f(min(xs))}–${f(max(xs))})`;
}

export const mb = (kb) => (Number.isFinite(kb) ? `${Math.round(kb / 1024)} MB` : 'n/a');
export const ratio = (a, b) =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? (a / b).toFixed(2) : 'n/a';

/** A markdown table from rows of cells (the first row is the header). */
export function table(rows) {
  const [head, ...body] = rows;
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...body.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}
