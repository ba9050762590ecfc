/**
 * Vendor classes that migrations call and that the audit cannot read (vendor/ is not part of the app's
 * files): their behaviour, restated in PHP from the packages' documented APIs, so the interpreter follows
 * them like the app's own helpers. Used only for a class the app itself does not declare.
 */

import type { PhpNode } from '../../php/ast.js';
import type { ClassIndex } from '../../php/class-index.js';
import { parsePhp } from '../../php/parse.js';

const KNOWN: { path: string; text: string }[] = [
  {
    // PHP's PDO: the attribute a migration asks the connection's PDO for (`getAttribute(PDO::ATTR_DRIVER_NAME)`).
    path: 'vendor/php/PDO.php',
    text: `<?php
class PDO
{
    const ATTR_SERVER_VERSION = 4;
    const ATTR_DRIVER_NAME = 16;
}
`,
  },
  {
    // laravel/pulse: its migrations run on the Pulse storage connection, for every SQL driver it supports.
    path: 'vendor/laravel/pulse/src/Support/PulseMigration.php',
    text: `<?php
namespace Laravel\\Pulse\\Support;

use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Support\\Facades\\DB;

class PulseMigration extends Migration
{
    public function getConnection(): ?string
    {
        return config('pulse.storage.database.connection');
    }

    protected function shouldRun(): bool
    {
        return in_array($this->driver(), ['mariadb', 'mysql', 'pgsql', 'sqlite']);
    }

    protected function driver(): string
    {
        return DB::connection($this->getConnection())->getDriverName();
    }
}
`,
  },
  {
    // kalnoy/nestedset: NestedSet::columns($table) adds the tree bounds, the parent and one index on all three.
    path: 'vendor/kalnoy/nestedset/src/NestedSet.php',
    text: `<?php
namespace Kalnoy\\Nestedset;

use Illuminate\\Database\\Schema\\Blueprint;

class NestedSet
{
    const LFT = '_lft';
    const RGT = '_rgt';
    const PARENT_ID = 'parent_id';

    public static function columns(Blueprint $table, bool $withUuid = false)
    {
        $table->unsignedInteger(self::LFT)->default(0);
        $table->unsignedInteger(self::RGT)->default(0);
        if ($withUuid) {
            $table->uuid(self::PARENT_ID)->nullable()->index();
        } else {
            $table->unsignedInteger(self::PARENT_ID)->nullable();
        }
        $table->index(static::getDefaultColumns());
    }

    public static function dropColumns(Blueprint $table)
    {
        $table->dropIndex(static::getDefaultColumns());
        $table->dropColumn(static::getDefaultColumns());
    }

    public static function getDefaultColumns()
    {
        return [static::LFT, static::RGT, static::PARENT_ID];
    }
}
`,
  },
];

let parsed: { path: string; ast: PhpNode }[] | null = null;

function knownFiles(): { path: string; ast: PhpNode }[] {
  parsed ??= KNOWN.map((f) => {
    const r = parsePhp(f.path, f.text);
    if (!r.parsed) throw new Error(`${f.path}: ${r.problem?.message}`);
    return { path: f.path, ast: r.parsed.ast as unknown as PhpNode };
  });
  return parsed;
}

/** The app's classes, with the known vendor classes the app does not declare itself. */
export function withVendorClasses(index: ClassIndex): ClassIndex {
  return index.extendedWith(knownFiles());
}
