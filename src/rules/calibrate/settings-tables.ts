/**
 * Key-value settings tables (`settings`, `options`, bagisto's `core_config`): one row per setting and scope
 * (a channel, a locale, the app's tenant). A settings screen writes them on requests, yet they hold tens to
 * hundreds of rows. An entity-attribute-value table (`post_meta`, tags with `entity_id`) is none: it points
 * at rows of another table and grows with them; nor is a cache table (its rows expire, so it has a column
 * saying when).
 */

/** The column naming a setting. */
const KEY_LIKE = /^(key|name|code|option|option_name|[a-z]+_key)$/;
/** The column holding its value. */
const VALUE_LIKE = /^(value|val|[a-z]+_value)$/;
/** Columns every table may have. */
const PLAIN = new Set(['id', 'created_at', 'updated_at', 'deleted_at']);
/** Columns that say which scope a setting is for (a channel's or locale's code), or how its value reads. */
const SCOPE_LIKE = /^(type|locale|autoload|[a-z]+_code)$/;

/**
 * Whether a table's columns (lower case) are those of a key-value settings table: one key, one value, and
 * besides them only scope columns or the app's tenant key (`isTenantKey`).
 */
export function isSettingsTable(columns: string[], isTenantKey: (column: string) => boolean): boolean {
  const rest = columns.map((c) => c.toLowerCase()).filter((c) => !PLAIN.has(c));
  const keys = rest.filter((c) => KEY_LIKE.test(c));
  const values = rest.filter((c) => VALUE_LIKE.test(c));
  if (keys.length !== 1 || values.length !== 1) return false;
  return rest.every((c) => c === keys[0] || c === values[0] || SCOPE_LIKE.test(c) || isTenantKey(c));
}
