/**
 * A table joined more than once (`join('addresses as billing', …)->join('addresses as shipping', …)`) needs
 * an alias per instance in the SQL perf-audit plans, or MariaDB refuses it ("Not unique table/alias"). The
 * alias names its table, so a plan's access by `addresses#2` is read back as an access of `addresses`
 * (no Laravel table name holds a `#`).
 */

const SEPARATOR = '#';

/** The alias of a table's n-th instance in one statement (n ≥ 2; the first keeps the table's name). */
export function instanceName(table: string, n: number): string {
  return `${table}${SEPARATOR}${n}`;
}

/** The table an instance alias stands for; any other name is returned as it is. */
export function tableOfInstance(name: string): string {
  const at = name.lastIndexOf(SEPARATOR);
  return at > 0 && /^\d+$/.test(name.slice(at + 1)) ? name.slice(0, at) : name;
}
