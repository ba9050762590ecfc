<?php
/**
 * The parts of a booted Laravel app that migrations and providers lean on: facade aliases (`\Schema`, `DB`),
 * hashing, files, an array cache, the console's request, auth with in-memory sessions, translation,
 * validation and views, an exception handler for report()/rescue(), and Eloquent's HasUuids/HasUlids traits
 * that 8.83 lacks. Nothing here connects anywhere.
 */

use Illuminate\Contracts\Debug\ExceptionHandler;
use Illuminate\Foundation\AliasLoader;
use Illuminate\Foundation\Application;

const ORACLE_DEFAULT_ALIASES = [
    'App' => Illuminate\Support\Facades\App::class,
    'Arr' => Illuminate\Support\Arr::class,
    'Artisan' => Illuminate\Support\Facades\Artisan::class,
    'Auth' => Illuminate\Support\Facades\Auth::class,
    'Cache' => Illuminate\Support\Facades\Cache::class,
    'Config' => Illuminate\Support\Facades\Config::class,
    'Crypt' => Illuminate\Support\Facades\Crypt::class,
    'Date' => Illuminate\Support\Facades\Date::class,
    'DB' => Illuminate\Support\Facades\DB::class,
    'Eloquent' => Illuminate\Database\Eloquent\Model::class,
    'Event' => Illuminate\Support\Facades\Event::class,
    'File' => Illuminate\Support\Facades\File::class,
    'Hash' => Illuminate\Support\Facades\Hash::class,
    'Lang' => Illuminate\Support\Facades\Lang::class,
    'Log' => Illuminate\Support\Facades\Log::class,
    'Schema' => Illuminate\Support\Facades\Schema::class,
    'Storage' => Illuminate\Support\Facades\Storage::class,
    'Str' => Illuminate\Support\Str::class,
];

function oracle_register_services(Application $app, array $configAliases): void
{
    $aliases = ORACLE_DEFAULT_ALIASES;
    foreach ($configAliases as $alias => $class) {
        if (is_string($alias) && is_string($class)) {
            $aliases[$alias] = $class;
        }
    }
    AliasLoader::getInstance($aliases)->register();
    $app->register(Illuminate\Hashing\HashServiceProvider::class);
    $app->register(Illuminate\Filesystem\FilesystemServiceProvider::class);
    // Caches the app configures (redis, memcached) are not here: every store is an array.
    $app['config']->set('cache.default', 'array');
    $app['config']->set('cache.stores.array', ['driver' => 'array', 'serialize' => false]);
    $app->register(Illuminate\Cache\CacheServiceProvider::class);
    // As artisan's SetRequestForConsole does: a request for the app's URL.
    $url = $app['config']->get('app.url');
    $app->instance('request', Illuminate\Http\Request::create(is_string($url) && $url !== '' ? $url : 'http://localhost'));
    // Auth (a provider resolving the current user): sessions and cookies in memory, nobody signed in.
    $app['config']->set('session.driver', 'array');
    $app->register(Illuminate\Cookie\CookieServiceProvider::class);
    $app->register(Illuminate\Session\SessionServiceProvider::class);
    $app->register(Illuminate\Auth\AuthServiceProvider::class);
    // What providers' boot() commonly reaches for (validator rules, view composers, Blade directives).
    $app->register(Illuminate\Translation\TranslationServiceProvider::class);
    $app->register(Illuminate\Validation\ValidationServiceProvider::class);
    $app->register(Illuminate\View\ViewServiceProvider::class);
    // Artisan::call() from a migration (data fix-ups through the app's commands) runs nothing here.
    $app->singleton(Illuminate\Contracts\Console\Kernel::class, fn () => new class {
        public function call($command, array $parameters = [], $outputBuffer = null) { return 0; }
        public function output() { return ''; }
        public function __call($method, $args) { return null; }
    });
    $app->bind('db.connection', fn ($app) => $app['db']->connection());
    $app->bind('db.schema', fn ($app) => $app['db']->connection()->getSchemaBuilder());
    $app->singleton(ExceptionHandler::class, fn () => new class implements ExceptionHandler {
        public function report(Throwable $e) {}
        public function shouldReport(Throwable $e) { return false; }
        public function render($request, Throwable $e) { throw $e; }
        public function renderForConsole($output, Throwable $e) {}
    });
}

/** Eloquent's unique-id traits (Laravel 9.30+), as far as creating a row in a migration needs them. */
function oracle_define_unique_id_traits(): void
{
    if (!trait_exists('Illuminate\Database\Eloquent\Concerns\HasUniqueIds')) {
        eval(<<<'PHP'
namespace Illuminate\Database\Eloquent\Concerns;
trait HasUniqueIds {
    public $usesUniqueIds = true;
    public static function bootHasUniqueIds() {
        static::creating(function ($model) {
            foreach ($model->uniqueIds() as $column) {
                if (empty($model->{$column})) {
                    $model->{$column} = $model->newUniqueId();
                }
            }
        });
    }
    public function uniqueIds() { return [$this->getKeyName()]; }
    public function getIncrementing() { return in_array($this->getKeyName(), $this->uniqueIds()) ? false : $this->incrementing; }
    public function getKeyType() { return in_array($this->getKeyName(), $this->uniqueIds()) ? 'string' : $this->keyType; }
}
trait HasUuids {
    use HasUniqueIds;
    public function newUniqueId() { return (string) \Illuminate\Support\Str::orderedUuid(); }
}
trait HasUlids {
    use HasUniqueIds;
    public function newUniqueId() {
        $alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
        $time = (int) (microtime(true) * 1000);
        $out = '';
        for ($i = 0; $i < 10; $i++) { $out = $alphabet[$time % 32] . $out; $time = intdiv($time, 32); }
        for ($i = 0; $i < 16; $i++) { $out .= $alphabet[random_int(0, 31)]; }
        return strtolower($out);
    }
}
PHP);
    }
}
