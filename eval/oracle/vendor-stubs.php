<?php
/**
 * Empty stand-ins for classes of the app's vendor packages, which are not installed here: a model that
 * `use`s Sanctum's HasApiTokens or Scout's Searchable must still load for foreignIdFor(User::class) or a
 * seeding migration. The kind is guessed from the name (Contracts\… and …Interface are interfaces; Has…,
 * Uses…, Interacts…, Can…, …able and names under Concerns\\ or Traits\\ are traits; the rest classes). Only namespaced names outside the app's
 * own namespaces are stubbed, so a migration's own global class name is never taken. Registered last.
 */

const ORACLE_NEVER_STUB = ['Illuminate\\', 'Doctrine\\', 'Symfony\\', 'Carbon\\', 'Psr\\', 'Ramsey\\',
    'League\\', 'Monolog\\', 'Dotenv\\', 'Laravel\\SerializableClosure\\', 'Opis\\', 'Composer\\'];

function oracle_register_vendor_stubs(array $appPrefixes): array
{
    $stubbed = [];
    spl_autoload_register(function (string $name) use ($appPrefixes, &$stubbed): void {
        if (!str_contains($name, '\\')) {
            return;
        }
        // Laravel and Doctrine probe class_exists() of these to pick code paths: never invent them.
        foreach (array_merge($appPrefixes, ORACLE_NEVER_STUB) as $prefix) {
            if ($prefix !== '' && str_starts_with($name, $prefix)) {
                return;
            }
        }
        $pos = strrpos($name, '\\');
        $namespace = substr($name, 0, $pos);
        $short = substr($name, $pos + 1);
        if (str_contains("\\$namespace\\", '\\Contracts\\') || str_ends_with($short, 'Interface')) {
            $kind = 'interface';
        } elseif (preg_match('/\\\\(Concerns|Traits)(\\\\|$)/', "\\$namespace") || preg_match('/^(Has|Uses|Interacts|Can|With)[A-Z]|able$/', $short)) {
            $kind = 'trait';
        } else {
            $kind = 'class';
        }
        eval("namespace $namespace; $kind $short {}");
        $stubbed[] = "$kind $name";
    });
    return $stubbed;
}
