<?php
/**
 * Empty stand-ins for classes of the app's vendor packages, which are not installed here: a model that
 * `use`s Sanctum's HasApiTokens or Scout's Searchable must still load for foreignIdFor(User::class) or a
 * seeding migration. The kind is the one the app's own code uses the name as (class-kinds.php), else a guess
 * from the name: Contracts\… and …Interface are interfaces; Has…, Uses…, Interacts…, Can…, …able, …Trait and
 * names under Concerns\ or Traits\ are traits; the rest are classes. Only namespaced names outside the
 * framework and the app's own namespaces are stubbed, so a migration's global class name is never taken.
 * Registered last, after every real loader.
 */

/** Laravel 11's Migration has shouldRun(); a package's base migration that asks it runs, as with its defaults. */
abstract class OracleStubMigration extends Illuminate\Database\Migrations\Migration
{
    public function shouldRun(): bool
    {
        return true;
    }
}

function oracle_register_vendor_stubs(array $appPrefixes, array $knownKinds = []): void
{
    spl_autoload_register(function (string $name) use ($appPrefixes, $knownKinds): void {
        if (!str_contains($name, '\\') || oracle_vendor_shim($name)) {
            return;
        }
        // Laravel and Doctrine probe class_exists() of framework classes to pick code paths: never invent them.
        if (oracle_is_framework_class($name)) {
            return;
        }
        foreach ($appPrefixes as $prefix) {
            if ($prefix !== '' && str_starts_with($name, $prefix)) {
                return;
            }
        }
        $pos = strrpos($name, '\\');
        $namespace = substr($name, 0, $pos);
        $short = substr($name, $pos + 1);
        if (isset($knownKinds[strtolower($name)])) {
            $kind = $knownKinds[strtolower($name)];
        } elseif (str_contains("\\$namespace\\", '\\Contracts\\') || str_ends_with($short, 'Interface')) {
            $kind = 'interface';
        } elseif (preg_match('/\\\\(Concerns|Traits)(\\\\|$)/', "\\$namespace") || preg_match('/^(Has|Uses|Interacts|Can|With)[A-Z]|(able|Trait)$/', $short)) {
            $kind = 'trait';
        } else {
            $kind = 'class';
        }
        // A package's migration base class (Pulse, Laravel AI…) must still be a Migration.
        $parent = $kind === 'class' && str_ends_with($short, 'Migration') ? ' extends \\OracleStubMigration' : '';
        eval("namespace $namespace; $kind $short$parent {}");
    });
}
