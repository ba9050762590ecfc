/**
 * The app's database connection options that change what its migrations build (config/database.php):
 * `strict` / `modes` decide the session sql_mode Laravel's MySqlConnector sets (and so whether MariaDB
 * refuses or converts what it cannot store as written), `engine`, `charset` and `collation` are what
 * Laravel's grammar writes into every CREATE TABLE that does not set its own.
 */

import type { EvalHost } from '../../php/evaluate.js';
import type { PhpNode } from '../../php/ast.js';
import { Unknown, type PhpValue } from '../../php/value.js';

export interface ConnectionOptions {
  /** Whether the session's sql_mode is strict (STRICT_TRANS_TABLES / STRICT_ALL_TABLES). */
  strict: boolean;
  engine: string | null;
  charset: string | null;
  collation: string | null;
}

/** What Laravel's MySqlConnector does without `modes` or `strict`: the server's own sql_mode, strict on MariaDB. */
export const SERVER_DEFAULT_CONNECTION: ConnectionOptions = {
  strict: true,
  engine: null,
  charset: null,
  collation: null,
};

const STRICT_MODES = new Set(['STRICT_TRANS_TABLES', 'STRICT_ALL_TABLES']);

function text(v: PhpValue | undefined): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

/**
 * The default connection's options as config() gives them; a value that cannot be known statically is
 * taken as Laravel's own default for it (a config file that is absent gives the server's behaviour).
 */
export function connectionOptions(host: EvalHost): ConnectionOptions {
  const config = (key: string): PhpValue | undefined => {
    const v = host.callFunction?.('config', [key], { kind: 'call' } as PhpNode);
    return v instanceof Unknown ? undefined : v;
  };
  const name = text(config('database.default'));
  if (!name) return SERVER_DEFAULT_CONNECTION;
  const at = (key: string) => config(`database.connections.${name}.${key}`);
  const modes = at('modes');
  const strict = at('strict');
  let isStrict = SERVER_DEFAULT_CONNECTION.strict;
  // MySqlConnector::setModes: `modes` wins over `strict`; strict false is NO_ENGINE_SUBSTITUTION alone.
  if (Array.isArray(modes)) isStrict = modes.some((m) => typeof m === 'string' && STRICT_MODES.has(m));
  else if (typeof strict === 'boolean') isStrict = strict;
  return {
    strict: isStrict,
    engine: text(at('engine')),
    charset: text(at('charset')),
    collation: text(at('collation')),
  };
}
