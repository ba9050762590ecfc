/** Reads php.ini and PHP-FPM pool files (the same INI syntax): sections, `key = value`, `;` comments. */

export interface IniEntry {
  section: string | null;
  key: string;
  value: string;
  line: number;
}

export function parseIni(text: string): IniEntry[] {
  const out: IniEntry[] = [];
  let section: string | null = null;
  text.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith(';') || line.startsWith('#')) return;
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header) {
      section = header[1].trim();
      return;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) return;
    const key = line.slice(0, eq).trim();
    let value = line.slice(eq + 1).trim();
    const quoted = /^(["'])(.*?)\1/.exec(value);
    if (quoted) value = quoted[2];
    else value = value.replace(/\s+;.*$/, '').trim();
    out.push({ section, key, value, line: i + 1 });
  });
  return out;
}

/** PHP's INI booleans: On/Off, yes/no, true/false, 1/0 (and the empty string is off). */
export function iniBool(value: string | null | undefined): boolean | null {
  if (value === null || value === undefined) return null;
  const v = value.trim().toLowerCase();
  if (['1', 'on', 'yes', 'true'].includes(v)) return true;
  if (['0', 'off', 'no', 'false', 'none', ''].includes(v)) return false;
  const n = Number(v);
  return Number.isFinite(n) ? n !== 0 : null;
}

/** `256`, `256M`, `1G` → megabytes (plain numbers are taken as given: opcache.memory_consumption is in MB). */
export function iniMegabytes(
  value: string | null | undefined,
  plainUnit: 'MB' | 'bytes' = 'MB',
): number | null {
  if (value === null || value === undefined) return null;
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*([kKmMgG]?)\s*$/.exec(value);
  if (!m) return null;
  const n = Number(m[1]);
  switch (m[2].toLowerCase()) {
    case 'k':
      return n / 1024;
    case 'm':
      return n;
    case 'g':
      return n * 1024;
  }
  return plainUnit === 'MB' ? n : n / (1024 * 1024);
}
