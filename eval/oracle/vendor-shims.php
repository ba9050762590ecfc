<?php
/**
 * Schema helpers of vendor packages that migrations call to add columns, rewritten from the packages'
 * documented behaviour because the packages are not installed here. Only what changes the schema.
 */

const ORACLE_VENDOR_SHIMS = [
    // kalnoy/nestedset: NestedSet::columns($table) adds the tree columns and their index.
    'Kalnoy\Nestedset\NestedSet' => <<<'PHP'
namespace Kalnoy\Nestedset;
class NestedSet {
    const LFT = '_lft';
    const RGT = '_rgt';
    const PARENT_ID = 'parent_id';
    public static function columns(\Illuminate\Database\Schema\Blueprint $table) {
        $table->unsignedInteger(self::LFT)->default(0);
        $table->unsignedInteger(self::RGT)->default(0);
        $table->unsignedInteger(self::PARENT_ID)->nullable();
        $table->index(static::getDefaultColumns());
    }
    public static function dropColumns(\Illuminate\Database\Schema\Blueprint $table) {
        $columns = static::getDefaultColumns();
        $table->dropIndex($columns);
        $table->dropColumn($columns);
    }
    public static function getDefaultColumns() { return [static::LFT, static::RGT, static::PARENT_ID]; }
    public static function isNode($node) { return false; }
}
PHP,
    // laravel/pulse: its migrations ask the base class for the driver and whether to run.
    'Laravel\Pulse\Support\PulseMigration' => <<<'PHP'
namespace Laravel\Pulse\Support;
class PulseMigration extends \Illuminate\Database\Migrations\Migration {
    public function getConnection(): ?string { return config('pulse.storage.database.connection'); }
    protected function shouldRun(): bool { return in_array($this->driver(), ['mariadb', 'mysql', 'pgsql', 'sqlite'], true); }
    protected function driver(): string { return \Illuminate\Support\Facades\DB::connection($this->getConnection())->getDriverName(); }
}
PHP,
    // laravel/fortify: the features config/fortify.php lists, and the one question its stock migration asks.
    'Laravel\Fortify\Features' => <<<'PHP'
namespace Laravel\Fortify;
class Features {
    public static function enabled(string $feature) { return in_array($feature, config('fortify.features', []), true); }
    public static function optionEnabled(string $feature, string $option) {
        return static::enabled($feature) && config("fortify-options.{$feature}.{$option}") === true;
    }
    public static function registration() { return 'registration'; }
    public static function resetPasswords() { return 'reset-passwords'; }
    public static function emailVerification() { return 'email-verification'; }
    public static function updateProfileInformation() { return 'update-profile-information'; }
    public static function updatePasswords() { return 'update-passwords'; }
    public static function twoFactorAuthentication(array $options = []) {
        if (!empty($options)) {
            config(['fortify-options.two-factor-authentication' => $options]);
        }
        return 'two-factor-authentication';
    }
}
PHP,
    'Laravel\Fortify\Fortify' => <<<'PHP'
namespace Laravel\Fortify;
class Fortify {
    public static function confirmsTwoFactorAuthentication() {
        return Features::enabled(Features::twoFactorAuthentication())
            && Features::optionEnabled(Features::twoFactorAuthentication(), 'confirm');
    }
}
PHP,
];

/** Defines the shim for $name when there is one; true when it did. */
function oracle_vendor_shim(string $name): bool
{
    if (!isset(ORACLE_VENDOR_SHIMS[$name])) {
        return false;
    }
    eval(ORACLE_VENDOR_SHIMS[$name]);
    return true;
}
