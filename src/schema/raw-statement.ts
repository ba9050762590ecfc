/** SQL that the schema fold could not read and that is run against MariaDB as written, in order. */

import type { Location } from '../findings.js';

export interface RawStatement {
  sql: string;
  location: Location;
}
