/**
 * Tables a first-party Laravel package creates from the migration it publishes and keeps in step with its
 * own code: Pulse (which trims `pulse_entries` by timestamp and purges `pulse_values` by type) and
 * Telescope. Their indexes are the package's design, read by the package's queries rather than the app's,
 * and an app's maintainers do not edit a migration they copied verbatim: schema advice on them is info.
 */

const PACKAGES: [prefix: string, name: string][] = [
  ['pulse_', 'Laravel Pulse'],
  ['telescope_', 'Laravel Telescope'],
];

/** The package that owns the table, or null for the app's own tables. */
export function packageOwner(table: string): string | null {
  const t = table.toLowerCase();
  return PACKAGES.find(([prefix]) => t.startsWith(prefix))?.[1] ?? null;
}

/** The sentence a finding on such a table ends with. */
export function packageNote(owner: string): string {
  return `Info only: ${owner} creates this table from the migration it publishes, and its own queries read these indexes; a change belongs to the package.`;
}
