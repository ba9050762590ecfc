export const id = 788;
export const ids = [788];
export const modules = {

/***/ 15788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EXIT: () => (/* binding */ EXIT),
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: formatReport, parseCli

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/config/app-check.ts
/**
 * Is the folder a Laravel app with a schema to read? Checked before anything is parsed, so a wrong folder
 * ends at once with what was looked for (exit 2) instead of parsing thousands of files, or "passing" an
 * app with no tables at all. Reads only names and composer.json.
 */


const FRAMEWORKS = ['laravel/framework', 'laravel/lumen-framework', 'illuminate/database'];
/** Folders never searched for migrations: dependencies, build output, runtime data. */
const NOT_SEARCHED = new Set(['vendor', 'node_modules', '.git', 'storage', 'public', 'tests', 'bootstrap']);
function isDir(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
function requiresLaravel(root) {
    const file = (0,external_node_path_.join)(root, 'composer.json');
    if (!(0,external_node_fs_.existsSync)(file))
        return false;
    try {
        const composer = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        return ['require', 'require-dev'].some((key) => {
            const deps = composer[key];
            return !!deps && typeof deps === 'object' && FRAMEWORKS.some((f) => f in deps);
        });
    }
    catch {
        return false;
    }
}
function hasFile(dir, test) {
    try {
        return (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).some((e) => e.isFile() && test(e.name));
    }
    catch {
        return false;
    }
}
/** A folder named migrations holding PHP files, a few levels down (modules and packages keep their own). */
function migrationsFolderBelow(dir, depth) {
    if (depth < 0)
        return null;
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return null;
    }
    for (const e of entries) {
        if (!e.isDirectory() || NOT_SEARCHED.has(e.name))
            continue;
        const path = (0,external_node_path_.join)(dir, e.name);
        if (e.name.toLowerCase() === 'migrations' && hasFile(path, (n) => n.endsWith('.php')))
            return path;
        const below = migrationsFolderBelow(path, depth - 1);
        if (below)
            return below;
    }
    return null;
}
/** Null when the app can be audited; else the message for exit 2, saying what was looked for. */
function checkLaravelApp(config) {
    const root = config.app;
    const laravel = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, 'artisan')) || requiresLaravel(root) || isDir((0,external_node_path_.join)(root, 'app'));
    if (!laravel)
        return (`${root} is not a Laravel app: looked for an artisan file, a composer.json requiring laravel/framework ` +
            'and an app/ folder, and found none of them. Point --app (action input app) at the Laravel app.');
    const mode = config.database.schema;
    if (mode === 'dump' || mode === 'sql' || mode === 'command')
        return null;
    const configured = config.database.migrations ?? [];
    if (configured.length) {
        if (configured.some((f) => hasFile((0,external_node_path_.join)(root, f), (n) => n.endsWith('.php'))))
            return null;
        return (`no migrations found in ${root}: database.migrations in ${config.configFile ?? 'the config'} names ` +
            `${configured.join(', ')}, and no PHP file is in ${configured.length > 1 ? 'any of them' : 'it'}. ` +
            'Name the folders that hold the migrations (app-relative), or give the schema another way (database.schema: dump, sql or command).');
    }
    if (hasFile((0,external_node_path_.join)(root, 'database', 'migrations'), (n) => n.endsWith('.php')))
        return null;
    if (hasFile((0,external_node_path_.join)(root, 'database', 'schema'), (n) => n.endsWith('.sql')))
        return null;
    // The Laravel 4 layout: its migrator read app/database/migrations, and so does the audit.
    if (hasFile((0,external_node_path_.join)(root, 'app', 'database', 'migrations'), (n) => n.endsWith('.php')))
        return null;
    if (migrationsFolderBelow(root, 4))
        return null;
    return (`no migrations and no schema found in ${root}: looked for database/migrations/*.php, ` +
        'app/database/migrations/*.php (Laravel 4), database/schema/*.sql and any migrations/ folder of PHP files ' +
        'below the app. If the migrations are elsewhere, name their folders in .perf-audit.yml (database.migrations: ' +
        '[path/to/migrations]), or give the schema another way: database.schema: dump (a .sql file), sql (a folder ' +
        'of .sql files) or command (e.g. php artisan migrate --force).');
}

;// CONCATENATED MODULE: ./src/config/model.ts
/** The resolved configuration: action inputs or command flags, over .perf-audit.yml, over defaults. */
/** A configuration mistake: exits 2 with this message. */
class ConfigError extends Error {
    file;
    line;
    constructor(message, file, line) {
        super(file ? `${file}${line ? `:${line}` : ''}: ${message}` : message);
        this.file = file;
        this.line = line;
        this.name = 'ConfigError';
    }
}

// EXTERNAL MODULE: ./src/config/ranges.ts
var ranges = __webpack_require__(7158);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/config/defaults.ts
/** Defaults: the seed audit's thresholds (TTFB objective 150 ms, 1,000,000 rows at production scale). */


const DEFAULT_ASSUME_ROWS = 1_000_000;
/** Rows generated per queried table at most: enough for index dives to see each column's spread. */
const DEFAULT_GENERATE_ROWS = 50_000;
const DEFAULT_SAMPLES = 20;
const DEFAULT_TARGET_CONCURRENCY = 100;
function defaultHttpConfig() {
    return {
        urls: [],
        baseUrl: null,
        samples: DEFAULT_SAMPLES,
        warmup: 2,
        timeoutMs: 10_000,
        followRedirects: false,
        headers: {},
        ttfb: { objectiveMs: 150, failMs: 800 },
        load: null,
        readiness: { timeoutMs: 30_000 },
    };
}
function defaultConfig(app) {
    return {
        app: (0,external_node_path_.resolve)(app),
        configFile: null,
        database: {
            url: null,
            schema: 'auto',
            command: null,
            dump: null,
            sqlDir: null,
            assumeRows: DEFAULT_ASSUME_ROWS,
            tables: {},
            generateRows: DEFAULT_GENERATE_ROWS,
            waitMs: 30_000,
            commandTimeoutMs: ranges/* DEFAULT_COMMAND_TIMEOUT_MS */.LP,
            queryTimeoutMs: ranges/* DEFAULT_QUERY_TIMEOUT_MS */.c4,
        },
        queries: [],
        http: defaultHttpConfig(),
        rules: {},
        ignore: [],
        failOn: 'critical',
        baseline: null,
        envFile: null,
        targetConcurrency: DEFAULT_TARGET_CONCURRENCY,
        phpIni: [],
        fpmPool: [],
    };
}

// EXTERNAL MODULE: ./src/gate/git-ref.ts
var git_ref = __webpack_require__(20615);
// EXTERNAL MODULE: ./src/config/app-path.ts
var app_path = __webpack_require__(10089);
// EXTERNAL MODULE: ./src/config/regular-file.ts
var regular_file = __webpack_require__(89085);
;// CONCATENATED MODULE: ./schema/perf-audit.schema.json
const perf_audit_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/perf-audit/perf-audit/main/schema/perf-audit.schema.json","title":"perf-audit configuration (.perf-audit.yml)","description":"Every key is optional. Command flags and action inputs win over this file. Reference: docs/configuration.md.","type":"object","additionalProperties":false,"properties":{"app":{"description":"The Laravel app, relative to the config file\'s folder.","$ref":"#/definitions/text","default":"."},"database":{"description":"Where the schema comes from and the scale the planner assumes.","type":"object","additionalProperties":false,"properties":{"url":{"description":"mysql://user:pass@host:port[/db]; prefer the flag, input or PERF_AUDIT_DB_URL for anything with a password.","$ref":"#/definitions/text"},"schema":{"description":"auto: database/schema/mysql-schema.sql when present, then the newer migrations, else the migrations; migrations; dump (database.dump); sql (database.sql-dir); command (database.command).","enum":["auto","migrations","dump","sql","command"],"default":"auto"},"command":{"description":"The app\'s own schema command, e.g. php artisan migrate --force, run with DB_* pointing at the scratch database (schema: command).","$ref":"#/definitions/text"},"command-timeout-ms":{"description":"Longest run of database.command, in milliseconds.","type":"integer","minimum":1,"maximum":2147483647,"default":600000},"dump":{"description":"The .sql schema dump (schema: dump).","$ref":"#/definitions/text"},"sql-dir":{"description":"Folder of plain SQL migrations run in file-name order (schema: sql).","$ref":"#/definitions/text"},"stats-file":{"description":"Production statistics written by `perf-audit stats` (table rows, index cardinality), relative to the app; sizes measured there replace assume-rows. Default: .perf-audit-stats.json at the app root when present.","$ref":"#/definitions/text"},"migrations":{"description":"The migrator\'s folders when they are not database/migrations (e.g. app/database/migrations, or a package\'s folder), app-relative; folders service providers add with loadMigrationsFrom() are read too.","$ref":"#/definitions/strings"},"assume-rows":{"description":"Rows per table at production scale for the planner.","type":"integer","minimum":1,"maximum":9007199254740991,"default":1000000},"generate-rows":{"description":"Most rows generated into each queried table of the planning copy (fewer when a table is smaller or many tables are queried); 0 keeps the copies empty.","type":"integer","minimum":0,"maximum":1000000,"default":50000},"tables":{"description":"Per-table row counts at production scale, e.g. { discord_practices: 50000 }.","type":"object","additionalProperties":{"description":"Rows of this table at production scale.","type":"integer","minimum":1,"maximum":9007199254740991},"default":{},"errorMessage":"expected a mapping of table name to row count"},"app-database":{"description":"The database the running app uses, for query capture and failed jobs during the smoke test.","$ref":"#/definitions/text"},"query-timeout-ms":{"description":"Longest wait for one statement, in milliseconds.","type":"integer","minimum":1,"maximum":2147483647,"default":300000},"deadline-ms":{"description":"All statements of the run together (perf-audit\'s cleanup excepted), in milliseconds.","type":"integer","minimum":1,"maximum":2147483647,"default":1800000},"optional":{"description":"true: a database URL that cannot be used (auth, unreachable, no CREATE rights) gives static verdicts instead of failing the run with exit 3.","type":"boolean","default":false}}},"queries":{"description":"Critical queries, EXPLAINed at production scale like the audit\'s own table (SELECTs only, never run).","type":"array","errorMessage":"expected a list of { name, sql }","items":{"type":"object","additionalProperties":false,"required":["name","sql"],"errorMessage":{"required":{"name":"every query needs a name","sql":"every query needs its sql"}},"properties":{"name":{"description":"Shown in the report.","$ref":"#/definitions/text"},"sql":{"description":"The SELECT statement.","$ref":"#/definitions/text"}}}},"http":{"description":"Timing the running app: TTFB samples, an optional load ramp.","type":"object","additionalProperties":false,"properties":{"urls":{"description":"URLs to time; relative ones are joined to base-url.","$ref":"#/definitions/strings"},"base-url":{"description":"Where the app runs, e.g. http://127.0.0.1:8000.","$ref":"#/definitions/text"},"samples":{"description":"Timed requests per URL, after the warm-up.","type":"integer","minimum":1,"maximum":1000,"default":20},"warmup":{"description":"Untimed requests first.","type":"integer","minimum":0,"maximum":100,"default":2},"timeout-ms":{"description":"Per request, in milliseconds.","type":"integer","minimum":1,"maximum":2147483647,"default":10000},"follow-redirects":{"description":"Redirects are reported, not followed, unless this is true.","type":"boolean","default":false},"headers":{"description":"Extra request headers.","type":"object","additionalProperties":{"description":"Header value.","$ref":"#/definitions/text"},"default":{}},"cookies":{"description":"Cookies sent with every request, e.g. a session for a logged-in page.","type":"object","additionalProperties":{"description":"Cookie value.","$ref":"#/definitions/text"},"default":{}},"ttfb":{"description":"PA301: warning above objective-ms, critical above fail-ms.","type":"object","additionalProperties":false,"properties":{"objective-ms":{"description":"Median TTFB objective, in milliseconds.","type":"integer","minimum":1,"maximum":2147483647,"default":150},"fail-ms":{"description":"Median TTFB that is critical, in milliseconds (at least objective-ms).","type":"integer","minimum":1,"maximum":2147483647,"default":800}}},"load":{"description":"Capacity ramp (off unless given).","type":["object","null"],"additionalProperties":false,"properties":{"users":{"description":"Concurrent users of each step.","type":"array","minItems":1,"maxItems":10,"items":{"description":"Concurrent users.","type":"integer","minimum":1,"maximum":1000},"default":[10,50,100],"errorMessage":"expected a list of 1 to 10 user counts"},"seconds":{"description":"Length of each step, in seconds.","type":"integer","minimum":1,"maximum":600,"default":5},"p95-ms":{"description":"p95 response time above which a step fails, in milliseconds.","type":"integer","minimum":1,"maximum":2147483647,"default":800},"max-error-rate":{"description":"Share of failed requests above which a step fails.","type":"number","minimum":0,"maximum":1,"default":0.01,"errorMessage":"expected a number from 0 to 1"}}},"readiness-timeout-ms":{"description":"How long to wait for each URL to answer before timing it, in milliseconds.","type":"integer","minimum":0,"maximum":2147483647,"default":30000},"deadline-ms":{"description":"Sampling and the load ramp together stop here, in milliseconds.","type":"integer","minimum":1,"maximum":2147483647,"default":900000}}},"rules":{"description":"Per rule: off, a severity, or { severity, off, options } (options may also be given inline).","type":"object","propertyNames":{"pattern":"^PA\\\\d{3}$","errorMessage":"rule ids look like PA101"},"additionalProperties":{"$ref":"#/definitions/rule"}},"ignore":{"description":"Silenced findings; silenced findings stay in the report and never block.","type":"array","errorMessage":"expected a list of { rule, path?, table?, columns?, reason }","items":{"type":"object","additionalProperties":false,"required":["rule","reason"],"errorMessage":{"required":{"rule":"every ignore needs a rule","reason":"every ignore needs a reason"}},"properties":{"rule":{"description":"Rule id, e.g. PA101.","$ref":"#/definitions/text"},"path":{"description":"Glob of the files it applies to, e.g. app/Legacy/**.","$ref":"#/definitions/text"},"table":{"description":"Table it applies to.","$ref":"#/definitions/text"},"columns":{"description":"Columns it applies to.","$ref":"#/definitions/strings"},"reason":{"description":"Why: shown with the silenced finding.","$ref":"#/definitions/text"}}}},"fail-on":{"description":"Lowest severity that blocks.","enum":["critical","warning","never"],"default":"critical"},"baseline":{"description":"Git ref to compare with (only new findings block); none = off. The action defaults to the PR\'s base.","$ref":"#/definitions/text"},"env-file":{"description":"Env file that wins over .env (e.g. .env.production).","$ref":"#/definitions/text"},"target-concurrency":{"description":"Simultaneous users the app must hold (PA205, capacity).","type":"integer","minimum":1,"maximum":100000,"default":100},"php-ini":{"description":"php.ini / conf.d files to check (PA204).","$ref":"#/definitions/strings"},"fpm-pool":{"description":"PHP-FPM pool files to check (PA205).","$ref":"#/definitions/strings"},"servers":{"description":"App servers behind the load balancer: more than one makes a file cache or session store a finding.","type":"integer","minimum":1,"maximum":10000,"default":1},"limits":{"description":"Bounds on what the static phase reads, so a huge or hostile repository stops with a clear message instead of running out of memory.","type":"object","additionalProperties":false,"properties":{"max-files":{"description":"Most files the app may have (vendor/, node_modules/, storage/ and tests/ are not counted); past it the run stops with exit 2.","type":"integer","minimum":1,"maximum":2000000000,"default":50000},"max-file-bytes":{"description":"Largest file read, in bytes; larger files are skipped and named in a PA901 note.","type":"integer","minimum":1,"maximum":2000000000,"default":5242880}}}},"definitions":{"text":{"type":["string","number"],"pattern":"\\\\S","errorMessage":"expected a non-empty string"},"strings":{"anyOf":[{"type":"string","pattern":"\\\\S"},{"type":"array","items":{"$ref":"#/definitions/text"}}],"errorMessage":"expected a list of strings"},"rule":{"anyOf":[{"enum":["off","critical","warning","info",false]},{"type":"object","properties":{"severity":{"description":"Severity of its findings, or off.","enum":["critical","warning","info","off"]},"off":{"description":"Turns the rule off.","type":"boolean"},"options":{"description":"The rule\'s thresholds, e.g. { max-queries: 50 } for PA109.","type":"object"}},"additionalProperties":{"description":"A rule option given inline, e.g. max-queries: 50."}}],"errorMessage":"expected off, critical, warning, info, or a mapping { severity, off, options }"}}}');
;// CONCATENATED MODULE: ./src/config/schema-validator.generated.js
// Generated by scripts/schema-validator.mjs from schema/perf-audit.schema.json: do not edit.

const validate = validate10;
/* harmony default export */ const schema_validator_generated = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/perf-audit/perf-audit/main/schema/perf-audit.schema.json","title":"perf-audit configuration (.perf-audit.yml)","description":"Every key is optional. Command flags and action inputs win over this file. Reference: docs/configuration.md.","type":"object","additionalProperties":false,"properties":{"app":{"description":"The Laravel app, relative to the config file's folder.","$ref":"#/definitions/text","default":"."},"database":{"description":"Where the schema comes from and the scale the planner assumes.","type":"object","additionalProperties":false,"properties":{"url":{"description":"mysql://user:pass@host:port[/db]; prefer the flag, input or PERF_AUDIT_DB_URL for anything with a password.","$ref":"#/definitions/text"},"schema":{"description":"auto: database/schema/mysql-schema.sql when present, then the newer migrations, else the migrations; migrations; dump (database.dump); sql (database.sql-dir); command (database.command).","enum":["auto","migrations","dump","sql","command"],"default":"auto"},"command":{"description":"The app's own schema command, e.g. php artisan migrate --force, run with DB_* pointing at the scratch database (schema: command).","$ref":"#/definitions/text"},"command-timeout-ms":{"description":"Longest run of database.command, in milliseconds.","type":"integer","minimum":1,"maximum":2147483647,"default":600000},"dump":{"description":"The .sql schema dump (schema: dump).","$ref":"#/definitions/text"},"sql-dir":{"description":"Folder of plain SQL migrations run in file-name order (schema: sql).","$ref":"#/definitions/text"},"stats-file":{"description":"Production statistics written by `perf-audit stats` (table rows, index cardinality), relative to the app; sizes measured there replace assume-rows. Default: .perf-audit-stats.json at the app root when present.","$ref":"#/definitions/text"},"migrations":{"description":"The migrator's folders when they are not database/migrations (e.g. app/database/migrations, or a package's folder), app-relative; folders service providers add with loadMigrationsFrom() are read too.","$ref":"#/definitions/strings"},"assume-rows":{"description":"Rows per table at production scale for the planner.","type":"integer","minimum":1,"maximum":9007199254740991,"default":1000000},"generate-rows":{"description":"Most rows generated into each queried table of the planning copy (fewer when a table is smaller or many tables are queried); 0 keeps the copies empty.","type":"integer","minimum":0,"maximum":1000000,"default":50000},"tables":{"description":"Per-table row counts at production scale, e.g. { discord_practices: 50000 }.","type":"object","additionalProperties":{"description":"Rows of this table at production scale.","type":"integer","minimum":1,"maximum":9007199254740991},"default":{},"errorMessage":"expected a mapping of table name to row count"},"app-database":{"description":"The database the running app uses, for query capture and failed jobs during the smoke test.","$ref":"#/definitions/text"},"query-timeout-ms":{"description":"Longest wait for one statement, in milliseconds.","type":"integer","minimum":1,"maximum":2147483647,"default":300000},"deadline-ms":{"description":"All statements of the run together (perf-audit's cleanup excepted), in milliseconds.","type":"integer","minimum":1,"maximum":2147483647,"default":1800000},"optional":{"description":"true: a database URL that cannot be used (auth, unreachable, no CREATE rights) gives static verdicts instead of failing the run with exit 3.","type":"boolean","default":false}}},"queries":{"description":"Critical queries, EXPLAINed at production scale like the audit's own table (SELECTs only, never run).","type":"array","errorMessage":"expected a list of { name, sql }","items":{"type":"object","additionalProperties":false,"required":["name","sql"],"errorMessage":{"required":{"name":"every query needs a name","sql":"every query needs its sql"}},"properties":{"name":{"description":"Shown in the report.","$ref":"#/definitions/text"},"sql":{"description":"The SELECT statement.","$ref":"#/definitions/text"}}}},"http":{"description":"Timing the running app: TTFB samples, an optional load ramp.","type":"object","additionalProperties":false,"properties":{"urls":{"description":"URLs to time; relative ones are joined to base-url.","$ref":"#/definitions/strings"},"base-url":{"description":"Where the app runs, e.g. http://127.0.0.1:8000.","$ref":"#/definitions/text"},"samples":{"description":"Timed requests per URL, after the warm-up.","type":"integer","minimum":1,"maximum":1000,"default":20},"warmup":{"description":"Untimed requests first.","type":"integer","minimum":0,"maximum":100,"default":2},"timeout-ms":{"description":"Per request, in milliseconds.","type":"integer","minimum":1,"maximum":2147483647,"default":10000},"follow-redirects":{"description":"Redirects are reported, not followed, unless this is true.","type":"boolean","default":false},"headers":{"description":"Extra request headers.","type":"object","additionalProperties":{"description":"Header value.","$ref":"#/definitions/text"},"default":{}},"cookies":{"description":"Cookies sent with every request, e.g. a session for a logged-in page.","type":"object","additionalProperties":{"description":"Cookie value.","$ref":"#/definitions/text"},"default":{}},"ttfb":{"description":"PA301: warning above objective-ms, critical above fail-ms.","type":"object","additionalProperties":false,"properties":{"objective-ms":{"description":"Median TTFB objective, in milliseconds.","type":"integer","minimum":1,"maximum":2147483647,"default":150},"fail-ms":{"description":"Median TTFB that is critical, in milliseconds (at least objective-ms).","type":"integer","minimum":1,"maximum":2147483647,"default":800}}},"load":{"description":"Capacity ramp (off unless given).","type":["object","null"],"additionalProperties":false,"properties":{"users":{"description":"Concurrent users of each step.","type":"array","minItems":1,"maxItems":10,"items":{"description":"Concurrent users.","type":"integer","minimum":1,"maximum":1000},"default":[10,50,100],"errorMessage":"expected a list of 1 to 10 user counts"},"seconds":{"description":"Length of each step, in seconds.","type":"integer","minimum":1,"maximum":600,"default":5},"p95-ms":{"description":"p95 response time above which a step fails, in milliseconds.","type":"integer","minimum":1,"maximum":2147483647,"default":800},"max-error-rate":{"description":"Share of failed requests above which a step fails.","type":"number","minimum":0,"maximum":1,"default":0.01,"errorMessage":"expected a number from 0 to 1"}}},"readiness-timeout-ms":{"description":"How long to wait for each URL to answer before timing it, in milliseconds.","type":"integer","minimum":0,"maximum":2147483647,"default":30000},"deadline-ms":{"description":"Sampling and the load ramp together stop here, in milliseconds.","type":"integer","minimum":1,"maximum":2147483647,"default":900000}}},"rules":{"description":"Per rule: off, a severity, or { severity, off, options } (options may also be given inline).","type":"object","propertyNames":{"pattern":"^PA\\d{3}$","errorMessage":"rule ids look like PA101"},"additionalProperties":{"$ref":"#/definitions/rule"}},"ignore":{"description":"Silenced findings; silenced findings stay in the report and never block.","type":"array","errorMessage":"expected a list of { rule, path?, table?, columns?, reason }","items":{"type":"object","additionalProperties":false,"required":["rule","reason"],"errorMessage":{"required":{"rule":"every ignore needs a rule","reason":"every ignore needs a reason"}},"properties":{"rule":{"description":"Rule id, e.g. PA101.","$ref":"#/definitions/text"},"path":{"description":"Glob of the files it applies to, e.g. app/Legacy/**.","$ref":"#/definitions/text"},"table":{"description":"Table it applies to.","$ref":"#/definitions/text"},"columns":{"description":"Columns it applies to.","$ref":"#/definitions/strings"},"reason":{"description":"Why: shown with the silenced finding.","$ref":"#/definitions/text"}}}},"fail-on":{"description":"Lowest severity that blocks.","enum":["critical","warning","never"],"default":"critical"},"baseline":{"description":"Git ref to compare with (only new findings block); none = off. The action defaults to the PR's base.","$ref":"#/definitions/text"},"env-file":{"description":"Env file that wins over .env (e.g. .env.production).","$ref":"#/definitions/text"},"target-concurrency":{"description":"Simultaneous users the app must hold (PA205, capacity).","type":"integer","minimum":1,"maximum":100000,"default":100},"php-ini":{"description":"php.ini / conf.d files to check (PA204).","$ref":"#/definitions/strings"},"fpm-pool":{"description":"PHP-FPM pool files to check (PA205).","$ref":"#/definitions/strings"},"servers":{"description":"App servers behind the load balancer: more than one makes a file cache or session store a finding.","type":"integer","minimum":1,"maximum":10000,"default":1},"limits":{"description":"Bounds on what the static phase reads, so a huge or hostile repository stops with a clear message instead of running out of memory.","type":"object","additionalProperties":false,"properties":{"max-files":{"description":"Most files the app may have (vendor/, node_modules/, storage/ and tests/ are not counted); past it the run stops with exit 2.","type":"integer","minimum":1,"maximum":2000000000,"default":50000},"max-file-bytes":{"description":"Largest file read, in bytes; larger files are skipped and named in a PA901 note.","type":"integer","minimum":1,"maximum":2000000000,"default":5242880}}}},"definitions":{"text":{"type":["string","number"],"pattern":"\\S","errorMessage":"expected a non-empty string"},"strings":{"anyOf":[{"type":"string","pattern":"\\S"},{"type":"array","items":{"$ref":"#/definitions/text"}}],"errorMessage":"expected a list of strings"},"rule":{"anyOf":[{"enum":["off","critical","warning","info",false]},{"type":"object","properties":{"severity":{"description":"Severity of its findings, or off.","enum":["critical","warning","info","off"]},"off":{"description":"Turns the rule off.","type":"boolean"},"options":{"description":"The rule's thresholds, e.g. { max-queries: 50 } for PA109.","type":"object"}},"additionalProperties":{"description":"A rule option given inline, e.g. max-queries: 50."}}],"errorMessage":"expected off, critical, warning, info, or a mapping { severity, off, options }"}}};
const schema12 = {"type":["string","number"],"pattern":"\\S","errorMessage":"expected a non-empty string"};
const schema26 = {"anyOf":[{"enum":["off","critical","warning","info",false]},{"type":"object","properties":{"severity":{"description":"Severity of its findings, or off.","enum":["critical","warning","info","off"]},"off":{"description":"Turns the rule off.","type":"boolean"},"options":{"description":"The rule's thresholds, e.g. { max-queries: 50 } for PA109.","type":"object"}},"additionalProperties":{"description":"A rule option given inline, e.g. max-queries: 50."}}],"errorMessage":"expected off, critical, warning, info, or a mapping { severity, off, options }"};
const func2 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("\\S", "u");
const pattern14 = new RegExp("^PA\\d{3}$", "u");
const schema18 = {"anyOf":[{"type":"string","pattern":"\\S"},{"type":"array","items":{"$ref":"#/definitions/text"}}],"errorMessage":"expected a list of strings"};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(errors === _errs1){
if(typeof data === "string"){
if(!pattern0.test(data)){
const err0 = {instancePath,schemaPath:"#/anyOf/0/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data)){
var valid1 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
const _errs5 = errors;
const _errs6 = errors;
if((typeof data0 !== "string") && (!((typeof data0 == "number") && (isFinite(data0))))){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/text/type",keyword:"type",params:{type: schema12.type},message:"must be string,number"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(errors === _errs6){
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
}
if(!valid0){
const err5 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate11.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate11.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://raw.githubusercontent.com/perf-audit/perf-audit/main/schema/perf-audit.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
validate10.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.app !== undefined){
let data0 = data.app;
const _errs2 = errors;
const _errs3 = errors;
if((typeof data0 !== "string") && (!((typeof data0 == "number") && (isFinite(data0))))){
validate10.errors = [{instancePath:instancePath+"/app",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: schema12.type},message:"must be string,number"}];
return false;
}
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
validate10.errors = [{instancePath:instancePath+"/app",schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.database !== undefined){
let data1 = data.database;
const _errs6 = errors;
if(errors === _errs6){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
const _errs8 = errors;
for(const key1 in data1){
if(!(func2.call(schema11.properties.database.properties, key1))){
validate10.errors = [{instancePath:instancePath+"/database",schemaPath:"#/properties/database/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs8 === errors){
if(data1.url !== undefined){
let data2 = data1.url;
const _errs9 = errors;
const _errs10 = errors;
if((typeof data2 !== "string") && (!((typeof data2 == "number") && (isFinite(data2))))){
validate10.errors = [{instancePath:instancePath+"/database/url",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: schema12.type},message:"must be string,number"}];
return false;
}
if(errors === _errs10){
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
validate10.errors = [{instancePath:instancePath+"/database/url",schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.schema !== undefined){
let data3 = data1.schema;
const _errs13 = errors;
if(!(((((data3 === "auto") || (data3 === "migrations")) || (data3 === "dump")) || (data3 === "sql")) || (data3 === "command"))){
validate10.errors = [{instancePath:instancePath+"/database/schema",schemaPath:"#/properties/database/properties/schema/enum",keyword:"enum",params:{allowedValues: schema11.properties.database.properties.schema.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.command !== undefined){
let data4 = data1.command;
const _errs14 = errors;
const _errs15 = errors;
if((typeof data4 !== "string") && (!((typeof data4 == "number") && (isFinite(data4))))){
validate10.errors = [{instancePath:instancePath+"/database/command",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: schema12.type},message:"must be string,number"}];
return false;
}
if(errors === _errs15){
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
validate10.errors = [{instancePath:instancePath+"/database/command",schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1["command-timeout-ms"] !== undefined){
let data5 = data1["command-timeout-ms"];
const _errs18 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate10.errors = [{instancePath:instancePath+"/database/command-timeout-ms",schemaPath:"#/properties/database/properties/command-timeout-ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs18){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 2147483647 || isNaN(data5)){
validate10.errors = [{instancePath:instancePath+"/database/command-timeout-ms",schemaPath:"#/properties/database/properties/command-timeout-ms/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"}];
return false;
}
else {
if(data5 < 1 || isNaN(data5)){
validate10.errors = [{instancePath:instancePath+"/database/command-timeout-ms",schemaPath:"#/properties/database/properties/command-timeout-ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.dump !== undefined){
let data6 = data1.dump;
const _errs20 = errors;
const _errs21 = errors;
if((typeof data6 !== "string") && (!((typeof data6 == "number") && (isFinite(data6))))){
validate10.errors = [{instancePath:instancePath+"/database/dump",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: schema12.type},message:"must be string,number"}];
return false;
}
if(errors === _errs21){
if(typeof data6 === "string"){
if(!pattern0.test(data6)){
validate10.errors = [{instancePath:instancePath+"/database/dump",schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1["sql-dir"] !== undefined){
let data7 = data1["sql-dir"];
const _errs24 = errors;
const _errs25 = errors;
if((typeof data7 !== "string") && (!((typeof data7 == "number") && (isFinite(data7))))){
validate10.errors = [{instancePath:instancePath+"/database/sql-dir",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: schema12.type},message:"must be string,number"}];
return false;
}
if(errors === _errs25){
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
validate10.errors = [{instancePath:instancePath+"/database/sql-dir",schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
var valid2 = _errs24 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1["stats-file"] !== undefined){
let data8 = data1["stats-file"];
const _errs28 = errors;
const _errs29 = errors;
if((typeof data8 !== "string") && (!((typeof data8 == "number") && (isFinite(data8))))){
validate10.errors = [{instancePath:instancePath+"/database/stats-file",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: schema12.type},message:"must be string,number"}];
return false;
}
if(errors === _errs29){
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
validate10.errors = [{instancePath:instancePath+"/database/stats-file",schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
var valid2 = _errs28 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.migrations !== undefined){
const _errs32 = errors;
if(!(validate11(data1.migrations, {instancePath:instancePath+"/database/migrations",parentData:data1,parentDataProperty:"migrations",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
var valid2 = _errs32 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1["assume-rows"] !== undefined){
let data10 = data1["assume-rows"];
const _errs33 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate10.errors = [{instancePath:instancePath+"/database/assume-rows",schemaPath:"#/properties/database/properties/assume-rows/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs33){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 9007199254740991 || isNaN(data10)){
validate10.errors = [{instancePath:instancePath+"/database/assume-rows",schemaPath:"#/properties/database/properties/assume-rows/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data10 < 1 || isNaN(data10)){
validate10.errors = [{instancePath:instancePath+"/database/assume-rows",schemaPath:"#/properties/database/properties/assume-rows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid2 = _errs33 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1["generate-rows"] !== undefined){
let data11 = data1["generate-rows"];
const _errs35 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
validate10.errors = [{instancePath:instancePath+"/database/generate-rows",schemaPath:"#/properties/database/properties/generate-rows/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs35){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 1000000 || isNaN(data11)){
validate10.errors = [{instancePath:instancePath+"/database/generate-rows",schemaPath:"#/properties/database/properties/generate-rows/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000"}];
return false;
}
else {
if(data11 < 0 || isNaN(data11)){
validate10.errors = [{instancePath:instancePath+"/database/generate-rows",schemaPath:"#/properties/database/properties/generate-rows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid2 = _errs35 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.tables !== undefined){
let data12 = data1.tables;
const _errs37 = errors;
if(errors === _errs37){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key2 in data12){
let data13 = data12[key2];
const _errs41 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate10.errors = [{instancePath:instancePath+"/database/tables/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/database/properties/tables/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs41){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 9007199254740991 || isNaN(data13)){
validate10.errors = [{instancePath:instancePath+"/database/tables/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/database/properties/tables/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data13 < 1 || isNaN(data13)){
validate10.errors = [{instancePath:instancePath+"/database/tables/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/database/properties/tables/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid8 = _errs41 === errors;
if(!valid8){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/database/tables",schemaPath:"#/properties/database/properties/tables/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs37 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1["app-database"] !== undefined){
let data14 = data1["app-database"];
const _errs43 = errors;
const _errs44 = errors;
if((typeof data14 !== "string") && (!((typeof data14 == "number") && (isFinite(data14))))){
validate10.errors = [{instancePath:instancePath+"/database/app-database",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: schema12.type},message:"must be string,number"}];
return false;
}
if(errors === _errs44){
if(typeof data14 === "string"){
if(!pattern0.test(data14)){
validate10.errors = [{instancePath:instancePath+"/database/app-database",schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
var valid2 = _errs43 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1["query-timeout-ms"] !== undefined){
let data15 = data1["query-timeout-ms"];
const _errs47 = errors;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
validate10.errors = [{instancePath:instancePath+"/database/query-timeout-ms",schemaPath:"#/properties/database/properties/query-timeout-ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs47){
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 2147483647 || isNaN(data15)){
validate10.errors = [{instancePath:instancePath+"/database/query-timeout-ms",schemaPath:"#/properties/database/properties/query-timeout-ms/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"}];
return false;
}
else {
if(data15 < 1 || isNaN(data15)){
validate10.errors = [{instancePath:instancePath+"/database/query-timeout-ms",schemaPath:"#/properties/database/properties/query-timeout-ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid2 = _errs47 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1["deadline-ms"] !== undefined){
let data16 = data1["deadline-ms"];
const _errs49 = errors;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
validate10.errors = [{instancePath:instancePath+"/database/deadline-ms",schemaPath:"#/properties/database/properties/deadline-ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs49){
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 2147483647 || isNaN(data16)){
validate10.errors = [{instancePath:instancePath+"/database/deadline-ms",schemaPath:"#/properties/database/properties/deadline-ms/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"}];
return false;
}
else {
if(data16 < 1 || isNaN(data16)){
validate10.errors = [{instancePath:instancePath+"/database/deadline-ms",schemaPath:"#/properties/database/properties/deadline-ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid2 = _errs49 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.optional !== undefined){
const _errs51 = errors;
if(typeof data1.optional !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/database/optional",schemaPath:"#/properties/database/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs51 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/database",schemaPath:"#/properties/database/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.queries !== undefined){
let data18 = data.queries;
const _errs53 = errors;
if(errors === _errs53){
if(Array.isArray(data18)){
var valid10 = true;
const len0 = data18.length;
for(let i0=0; i0<len0; i0++){
let data19 = data18[i0];
const _errs56 = errors;
if(errors === _errs56){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
let missing0;
if(((data19.name === undefined) && (missing0 = "name")) || ((data19.sql === undefined) && (missing0 = "sql"))){
validate10.errors = [{instancePath:instancePath+"/queries/" + i0,schemaPath:"#/properties/queries/items/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs59 = errors;
for(const key3 in data19){
if(!((key3 === "name") || (key3 === "sql"))){
validate10.errors = [{instancePath:instancePath+"/queries/" + i0,schemaPath:"#/properties/queries/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs59 === errors){
if(data19.name !== undefined){
let data20 = data19.name;
const _errs60 = errors;
const _errs61 = errors;
if((typeof data20 !== "string") && (!((typeof data20 == "number") && (isFinite(data20))))){
validate10.errors = [{instancePath:instancePath+"/queries/" + i0+"/name",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: schema12.type},message:"must be string,number"}];
return false;
}
if(errors === _errs61){
if(typeof data20 === "string"){
if(!pattern0.test(data20)){
validate10.errors = [{instancePath:instancePath+"/queries/" + i0+"/name",schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
var valid11 = _errs60 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data19.sql !== undefined){
let data21 = data19.sql;
const _errs64 = errors;
const _errs65 = errors;
if((typeof data21 !== "string") && (!((typeof data21 == "number") && (isFinite(data21))))){
validate10.errors = [{instancePath:instancePath+"/queries/" + i0+"/sql",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: schema12.type},message:"must be string,number"}];
return false;
}
if(errors === _errs65){
if(typeof data21 === "string"){
if(!pattern0.test(data21)){
validate10.errors = [{instancePath:instancePath+"/queries/" + i0+"/sql",schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
var valid11 = _errs64 === errors;
}
else {
var valid11 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/queries/" + i0,schemaPath:"#/properties/queries/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid10 = _errs56 === errors;
if(!valid10){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/queries",schemaPath:"#/properties/queries/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs53 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.http !== undefined){
let data22 = data.http;
const _errs68 = errors;
if(errors === _errs68){
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
const _errs70 = errors;
for(const key4 in data22){
if(!(func2.call(schema11.properties.http.properties, key4))){
validate10.errors = [{instancePath:instancePath+"/http",schemaPath:"#/properties/http/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs70 === errors){
if(data22.urls !== undefined){
const _errs71 = errors;
if(!(validate11(data22.urls, {instancePath:instancePath+"/http/urls",parentData:data22,parentDataProperty:"urls",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
var valid14 = _errs71 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data22["base-url"] !== undefined){
let data24 = data22["base-url"];
const _errs72 = errors;
const _errs73 = errors;
if((typeof data24 !== "string") && (!((typeof data24 == "number") && (isFinite(data24))))){
validate10.errors = [{instancePath:instancePath+"/http/base-url",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: schema12.type},message:"must be string,number"}];
return false;
}
if(errors === _errs73){
if(typeof data24 === "string"){
if(!pattern0.test(data24)){
validate10.errors = [{instancePath:instancePath+"/http/base-url",schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
var valid14 = _errs72 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data22.samples !== undefined){
let data25 = data22.samples;
const _errs76 = errors;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
validate10.errors = [{instancePath:instancePath+"/http/samples",schemaPath:"#/properties/http/properties/samples/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs76){
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 > 1000 || isNaN(data25)){
validate10.errors = [{instancePath:instancePath+"/http/samples",schemaPath:"#/properties/http/properties/samples/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"}];
return false;
}
else {
if(data25 < 1 || isNaN(data25)){
validate10.errors = [{instancePath:instancePath+"/http/samples",schemaPath:"#/properties/http/properties/samples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid14 = _errs76 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data22.warmup !== undefined){
let data26 = data22.warmup;
const _errs78 = errors;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
validate10.errors = [{instancePath:instancePath+"/http/warmup",schemaPath:"#/properties/http/properties/warmup/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs78){
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 > 100 || isNaN(data26)){
validate10.errors = [{instancePath:instancePath+"/http/warmup",schemaPath:"#/properties/http/properties/warmup/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"}];
return false;
}
else {
if(data26 < 0 || isNaN(data26)){
validate10.errors = [{instancePath:instancePath+"/http/warmup",schemaPath:"#/properties/http/properties/warmup/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid14 = _errs78 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data22["timeout-ms"] !== undefined){
let data27 = data22["timeout-ms"];
const _errs80 = errors;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
validate10.errors = [{instancePath:instancePath+"/http/timeout-ms",schemaPath:"#/properties/http/properties/timeout-ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs80){
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 > 2147483647 || isNaN(data27)){
validate10.errors = [{instancePath:instancePath+"/http/timeout-ms",schemaPath:"#/properties/http/properties/timeout-ms/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"}];
return false;
}
else {
if(data27 < 1 || isNaN(data27)){
validate10.errors = [{instancePath:instancePath+"/http/timeout-ms",schemaPath:"#/properties/http/properties/timeout-ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid14 = _errs80 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data22["follow-redirects"] !== undefined){
const _errs82 = errors;
if(typeof data22["follow-redirects"] !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/http/follow-redirects",schemaPath:"#/properties/http/properties/follow-redirects/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid14 = _errs82 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data22.headers !== undefined){
let data29 = data22.headers;
const _errs84 = errors;
if(errors === _errs84){
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
for(const key5 in data29){
let data30 = data29[key5];
const _errs87 = errors;
const _errs88 = errors;
if((typeof data30 !== "string") && (!((typeof data30 == "number") && (isFinite(data30))))){
validate10.errors = [{instancePath:instancePath+"/http/headers/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/text/type",keyword:"type",params:{type: schema12.type},message:"must be string,number"}];
return false;
}
if(errors === _errs88){
if(typeof data30 === "string"){
if(!pattern0.test(data30)){
validate10.errors = [{instancePath:instancePath+"/http/headers/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
var valid16 = _errs87 === errors;
if(!valid16){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/http/headers",schemaPath:"#/properties/http/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid14 = _errs84 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data22.cookies !== undefined){
let data31 = data22.cookies;
const _errs91 = errors;
if(errors === _errs91){
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
for(const key6 in data31){
let data32 = data31[key6];
const _errs94 = errors;
const _errs95 = errors;
if((typeof data32 !== "string") && (!((typeof data32 == "number") && (isFinite(data32))))){
validate10.errors = [{instancePath:instancePath+"/http/cookies/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/text/type",keyword:"type",params:{type: schema12.type},message:"must be string,number"}];
return false;
}
if(errors === _errs95){
if(typeof data32 === "string"){
if(!pattern0.test(data32)){
validate10.errors = [{instancePath:instancePath+"/http/cookies/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
var valid18 = _errs94 === errors;
if(!valid18){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/http/cookies",schemaPath:"#/properties/http/properties/cookies/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid14 = _errs91 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data22.ttfb !== undefined){
let data33 = data22.ttfb;
const _errs98 = errors;
if(errors === _errs98){
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
const _errs100 = errors;
for(const key7 in data33){
if(!((key7 === "objective-ms") || (key7 === "fail-ms"))){
validate10.errors = [{instancePath:instancePath+"/http/ttfb",schemaPath:"#/properties/http/properties/ttfb/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs100 === errors){
if(data33["objective-ms"] !== undefined){
let data34 = data33["objective-ms"];
const _errs101 = errors;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
validate10.errors = [{instancePath:instancePath+"/http/ttfb/objective-ms",schemaPath:"#/properties/http/properties/ttfb/properties/objective-ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs101){
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 > 2147483647 || isNaN(data34)){
validate10.errors = [{instancePath:instancePath+"/http/ttfb/objective-ms",schemaPath:"#/properties/http/properties/ttfb/properties/objective-ms/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"}];
return false;
}
else {
if(data34 < 1 || isNaN(data34)){
validate10.errors = [{instancePath:instancePath+"/http/ttfb/objective-ms",schemaPath:"#/properties/http/properties/ttfb/properties/objective-ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid20 = _errs101 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data33["fail-ms"] !== undefined){
let data35 = data33["fail-ms"];
const _errs103 = errors;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
validate10.errors = [{instancePath:instancePath+"/http/ttfb/fail-ms",schemaPath:"#/properties/http/properties/ttfb/properties/fail-ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs103){
if((typeof data35 == "number") && (isFinite(data35))){
if(data35 > 2147483647 || isNaN(data35)){
validate10.errors = [{instancePath:instancePath+"/http/ttfb/fail-ms",schemaPath:"#/properties/http/properties/ttfb/properties/fail-ms/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"}];
return false;
}
else {
if(data35 < 1 || isNaN(data35)){
validate10.errors = [{instancePath:instancePath+"/http/ttfb/fail-ms",schemaPath:"#/properties/http/properties/ttfb/properties/fail-ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid20 = _errs103 === errors;
}
else {
var valid20 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/http/ttfb",schemaPath:"#/properties/http/properties/ttfb/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid14 = _errs98 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data22.load !== undefined){
let data36 = data22.load;
const _errs105 = errors;
if((!(data36 && typeof data36 == "object" && !Array.isArray(data36))) && (data36 !== null)){
validate10.errors = [{instancePath:instancePath+"/http/load",schemaPath:"#/properties/http/properties/load/type",keyword:"type",params:{type: schema11.properties.http.properties.load.type},message:"must be object,null"}];
return false;
}
if(errors === _errs105){
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
const _errs107 = errors;
for(const key8 in data36){
if(!((((key8 === "users") || (key8 === "seconds")) || (key8 === "p95-ms")) || (key8 === "max-error-rate"))){
validate10.errors = [{instancePath:instancePath+"/http/load",schemaPath:"#/properties/http/properties/load/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs107 === errors){
if(data36.users !== undefined){
let data37 = data36.users;
const _errs108 = errors;
if(errors === _errs108){
if(Array.isArray(data37)){
if(data37.length > 10){
validate10.errors = [{instancePath:instancePath+"/http/load/users",schemaPath:"#/properties/http/properties/load/properties/users/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items"}];
return false;
}
else {
if(data37.length < 1){
validate10.errors = [{instancePath:instancePath+"/http/load/users",schemaPath:"#/properties/http/properties/load/properties/users/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid22 = true;
const len1 = data37.length;
for(let i1=0; i1<len1; i1++){
let data38 = data37[i1];
const _errs111 = errors;
if(!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))){
validate10.errors = [{instancePath:instancePath+"/http/load/users/" + i1,schemaPath:"#/properties/http/properties/load/properties/users/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs111){
if((typeof data38 == "number") && (isFinite(data38))){
if(data38 > 1000 || isNaN(data38)){
validate10.errors = [{instancePath:instancePath+"/http/load/users/" + i1,schemaPath:"#/properties/http/properties/load/properties/users/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"}];
return false;
}
else {
if(data38 < 1 || isNaN(data38)){
validate10.errors = [{instancePath:instancePath+"/http/load/users/" + i1,schemaPath:"#/properties/http/properties/load/properties/users/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid22 = _errs111 === errors;
if(!valid22){
break;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/http/load/users",schemaPath:"#/properties/http/properties/load/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid21 = _errs108 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data36.seconds !== undefined){
let data39 = data36.seconds;
const _errs113 = errors;
if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){
validate10.errors = [{instancePath:instancePath+"/http/load/seconds",schemaPath:"#/properties/http/properties/load/properties/seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs113){
if((typeof data39 == "number") && (isFinite(data39))){
if(data39 > 600 || isNaN(data39)){
validate10.errors = [{instancePath:instancePath+"/http/load/seconds",schemaPath:"#/properties/http/properties/load/properties/seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600},message:"must be <= 600"}];
return false;
}
else {
if(data39 < 1 || isNaN(data39)){
validate10.errors = [{instancePath:instancePath+"/http/load/seconds",schemaPath:"#/properties/http/properties/load/properties/seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid21 = _errs113 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data36["p95-ms"] !== undefined){
let data40 = data36["p95-ms"];
const _errs115 = errors;
if(!(((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40))) && (isFinite(data40)))){
validate10.errors = [{instancePath:instancePath+"/http/load/p95-ms",schemaPath:"#/properties/http/properties/load/properties/p95-ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs115){
if((typeof data40 == "number") && (isFinite(data40))){
if(data40 > 2147483647 || isNaN(data40)){
validate10.errors = [{instancePath:instancePath+"/http/load/p95-ms",schemaPath:"#/properties/http/properties/load/properties/p95-ms/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"}];
return false;
}
else {
if(data40 < 1 || isNaN(data40)){
validate10.errors = [{instancePath:instancePath+"/http/load/p95-ms",schemaPath:"#/properties/http/properties/load/properties/p95-ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid21 = _errs115 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data36["max-error-rate"] !== undefined){
let data41 = data36["max-error-rate"];
const _errs117 = errors;
if(errors === _errs117){
if((typeof data41 == "number") && (isFinite(data41))){
if(data41 > 1 || isNaN(data41)){
validate10.errors = [{instancePath:instancePath+"/http/load/max-error-rate",schemaPath:"#/properties/http/properties/load/properties/max-error-rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data41 < 0 || isNaN(data41)){
validate10.errors = [{instancePath:instancePath+"/http/load/max-error-rate",schemaPath:"#/properties/http/properties/load/properties/max-error-rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/http/load/max-error-rate",schemaPath:"#/properties/http/properties/load/properties/max-error-rate/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid21 = _errs117 === errors;
}
else {
var valid21 = true;
}
}
}
}
}
}
}
var valid14 = _errs105 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data22["readiness-timeout-ms"] !== undefined){
let data42 = data22["readiness-timeout-ms"];
const _errs120 = errors;
if(!(((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42))) && (isFinite(data42)))){
validate10.errors = [{instancePath:instancePath+"/http/readiness-timeout-ms",schemaPath:"#/properties/http/properties/readiness-timeout-ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs120){
if((typeof data42 == "number") && (isFinite(data42))){
if(data42 > 2147483647 || isNaN(data42)){
validate10.errors = [{instancePath:instancePath+"/http/readiness-timeout-ms",schemaPath:"#/properties/http/properties/readiness-timeout-ms/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"}];
return false;
}
else {
if(data42 < 0 || isNaN(data42)){
validate10.errors = [{instancePath:instancePath+"/http/readiness-timeout-ms",schemaPath:"#/properties/http/properties/readiness-timeout-ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid14 = _errs120 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data22["deadline-ms"] !== undefined){
let data43 = data22["deadline-ms"];
const _errs122 = errors;
if(!(((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43))) && (isFinite(data43)))){
validate10.errors = [{instancePath:instancePath+"/http/deadline-ms",schemaPath:"#/properties/http/properties/deadline-ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs122){
if((typeof data43 == "number") && (isFinite(data43))){
if(data43 > 2147483647 || isNaN(data43)){
validate10.errors = [{instancePath:instancePath+"/http/deadline-ms",schemaPath:"#/properties/http/properties/deadline-ms/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"}];
return false;
}
else {
if(data43 < 1 || isNaN(data43)){
validate10.errors = [{instancePath:instancePath+"/http/deadline-ms",schemaPath:"#/properties/http/properties/deadline-ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid14 = _errs122 === errors;
}
else {
var valid14 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/http",schemaPath:"#/properties/http/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs68 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rules !== undefined){
let data44 = data.rules;
const _errs124 = errors;
if(errors === _errs124){
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
for(const key9 in data44){
const _errs126 = errors;
if(errors === _errs126){
if(typeof key9 === "string"){
if(!pattern14.test(key9)){
const err0 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/propertyNames/pattern",keyword:"pattern",params:{pattern: "^PA\\d{3}$"},message:"must match pattern \""+"^PA\\d{3}$"+"\"",propertyName:key9};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var valid23 = _errs126 === errors;
if(!valid23){
const err1 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/propertyNames",keyword:"propertyNames",params:{propertyName: key9},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate10.errors = vErrors;
return false;
break;
}
}
if(valid23){
for(const key10 in data44){
let data45 = data44[key10];
const _errs129 = errors;
const _errs131 = errors;
let valid26 = false;
const _errs132 = errors;
if(!(((((data45 === "off") || (data45 === "critical")) || (data45 === "warning")) || (data45 === "info")) || (data45 === false))){
const err2 = {instancePath:instancePath+"/rules/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/rule/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema26.anyOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs132 === errors;
valid26 = valid26 || _valid0;
if(!valid26){
const _errs133 = errors;
if(errors === _errs133){
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
if(data45.severity !== undefined){
let data46 = data45.severity;
const _errs136 = errors;
if(!((((data46 === "critical") || (data46 === "warning")) || (data46 === "info")) || (data46 === "off"))){
const err3 = {instancePath:instancePath+"/rules/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/severity",schemaPath:"#/definitions/rule/anyOf/1/properties/severity/enum",keyword:"enum",params:{allowedValues: schema26.anyOf[1].properties.severity.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid27 = _errs136 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data45.off !== undefined){
const _errs137 = errors;
if(typeof data45.off !== "boolean"){
const err4 = {instancePath:instancePath+"/rules/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/off",schemaPath:"#/definitions/rule/anyOf/1/properties/off/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid27 = _errs137 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data45.options !== undefined){
let data48 = data45.options;
const _errs139 = errors;
if(!(data48 && typeof data48 == "object" && !Array.isArray(data48))){
const err5 = {instancePath:instancePath+"/rules/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/options",schemaPath:"#/definitions/rule/anyOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid27 = _errs139 === errors;
}
else {
var valid27 = true;
}
}
}
}
else {
const err6 = {instancePath:instancePath+"/rules/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/rule/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs133 === errors;
valid26 = valid26 || _valid0;
}
if(!valid26){
const err7 = {instancePath:instancePath+"/rules/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/rule/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs131;
if(vErrors !== null){
if(_errs131){
vErrors.length = _errs131;
}
else {
vErrors = null;
}
}
}
var valid24 = _errs129 === errors;
if(!valid24){
break;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs124 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ignore !== undefined){
let data49 = data.ignore;
const _errs142 = errors;
if(errors === _errs142){
if(Array.isArray(data49)){
var valid28 = true;
const len2 = data49.length;
for(let i2=0; i2<len2; i2++){
let data50 = data49[i2];
const _errs145 = errors;
if(errors === _errs145){
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
let missing1;
if(((data50.rule === undefined) && (missing1 = "rule")) || ((data50.reason === undefined) && (missing1 = "reason"))){
validate10.errors = [{instancePath:instancePath+"/ignore/" + i2,schemaPath:"#/properties/ignore/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs148 = errors;
for(const key11 in data50){
if(!(((((key11 === "rule") || (key11 === "path")) || (key11 === "table")) || (key11 === "columns")) || (key11 === "reason"))){
validate10.errors = [{instancePath:instancePath+"/ignore/" + i2,schemaPath:"#/properties/ignore/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs148 === errors){
if(data50.rule !== undefined){
let data51 = data50.rule;
const _errs149 = errors;
const _errs150 = errors;
if((typeof data51 !== "string") && (!((typeof data51 == "number") && (isFinite(data51))))){
validate10.errors = [{instancePath:instancePath+"/ignore/" + i2+"/rule",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: schema12.type},message:"must be string,number"}];
return false;
}
if(errors === _errs150){
if(typeof data51 === "string"){
if(!pattern0.test(data51)){
validate10.errors = [{instancePath:instancePath+"/ignore/" + i2+"/rule",schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
var valid29 = _errs149 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data50.path !== undefined){
let data52 = data50.path;
const _errs153 = errors;
const _errs154 = errors;
if((typeof data52 !== "string") && (!((typeof data52 == "number") && (isFinite(data52))))){
validate10.errors = [{instancePath:instancePath+"/ignore/" + i2+"/path",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: schema12.type},message:"must be string,number"}];
return false;
}
if(errors === _errs154){
if(typeof data52 === "string"){
if(!pattern0.test(data52)){
validate10.errors = [{instancePath:instancePath+"/ignore/" + i2+"/path",schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
var valid29 = _errs153 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data50.table !== undefined){
let data53 = data50.table;
const _errs157 = errors;
const _errs158 = errors;
if((typeof data53 !== "string") && (!((typeof data53 == "number") && (isFinite(data53))))){
validate10.errors = [{instancePath:instancePath+"/ignore/" + i2+"/table",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: schema12.type},message:"must be string,number"}];
return false;
}
if(errors === _errs158){
if(typeof data53 === "string"){
if(!pattern0.test(data53)){
validate10.errors = [{instancePath:instancePath+"/ignore/" + i2+"/table",schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
var valid29 = _errs157 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data50.columns !== undefined){
const _errs161 = errors;
if(!(validate11(data50.columns, {instancePath:instancePath+"/ignore/" + i2+"/columns",parentData:data50,parentDataProperty:"columns",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
var valid29 = _errs161 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data50.reason !== undefined){
let data55 = data50.reason;
const _errs162 = errors;
const _errs163 = errors;
if((typeof data55 !== "string") && (!((typeof data55 == "number") && (isFinite(data55))))){
validate10.errors = [{instancePath:instancePath+"/ignore/" + i2+"/reason",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: schema12.type},message:"must be string,number"}];
return false;
}
if(errors === _errs163){
if(typeof data55 === "string"){
if(!pattern0.test(data55)){
validate10.errors = [{instancePath:instancePath+"/ignore/" + i2+"/reason",schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
var valid29 = _errs162 === errors;
}
else {
var valid29 = true;
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/ignore/" + i2,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid28 = _errs145 === errors;
if(!valid28){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs142 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["fail-on"] !== undefined){
let data56 = data["fail-on"];
const _errs166 = errors;
if(!(((data56 === "critical") || (data56 === "warning")) || (data56 === "never"))){
validate10.errors = [{instancePath:instancePath+"/fail-on",schemaPath:"#/properties/fail-on/enum",keyword:"enum",params:{allowedValues: schema11.properties["fail-on"].enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs166 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.baseline !== undefined){
let data57 = data.baseline;
const _errs167 = errors;
const _errs168 = errors;
if((typeof data57 !== "string") && (!((typeof data57 == "number") && (isFinite(data57))))){
validate10.errors = [{instancePath:instancePath+"/baseline",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: schema12.type},message:"must be string,number"}];
return false;
}
if(errors === _errs168){
if(typeof data57 === "string"){
if(!pattern0.test(data57)){
validate10.errors = [{instancePath:instancePath+"/baseline",schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
var valid0 = _errs167 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["env-file"] !== undefined){
let data58 = data["env-file"];
const _errs171 = errors;
const _errs172 = errors;
if((typeof data58 !== "string") && (!((typeof data58 == "number") && (isFinite(data58))))){
validate10.errors = [{instancePath:instancePath+"/env-file",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: schema12.type},message:"must be string,number"}];
return false;
}
if(errors === _errs172){
if(typeof data58 === "string"){
if(!pattern0.test(data58)){
validate10.errors = [{instancePath:instancePath+"/env-file",schemaPath:"#/definitions/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
var valid0 = _errs171 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["target-concurrency"] !== undefined){
let data59 = data["target-concurrency"];
const _errs175 = errors;
if(!(((typeof data59 == "number") && (!(data59 % 1) && !isNaN(data59))) && (isFinite(data59)))){
validate10.errors = [{instancePath:instancePath+"/target-concurrency",schemaPath:"#/properties/target-concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs175){
if((typeof data59 == "number") && (isFinite(data59))){
if(data59 > 100000 || isNaN(data59)){
validate10.errors = [{instancePath:instancePath+"/target-concurrency",schemaPath:"#/properties/target-concurrency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000"}];
return false;
}
else {
if(data59 < 1 || isNaN(data59)){
validate10.errors = [{instancePath:instancePath+"/target-concurrency",schemaPath:"#/properties/target-concurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs175 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["php-ini"] !== undefined){
const _errs177 = errors;
if(!(validate11(data["php-ini"], {instancePath:instancePath+"/php-ini",parentData:data,parentDataProperty:"php-ini",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
var valid0 = _errs177 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["fpm-pool"] !== undefined){
const _errs178 = errors;
if(!(validate11(data["fpm-pool"], {instancePath:instancePath+"/fpm-pool",parentData:data,parentDataProperty:"fpm-pool",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
var valid0 = _errs178 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.servers !== undefined){
let data62 = data.servers;
const _errs179 = errors;
if(!(((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62))) && (isFinite(data62)))){
validate10.errors = [{instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs179){
if((typeof data62 == "number") && (isFinite(data62))){
if(data62 > 10000 || isNaN(data62)){
validate10.errors = [{instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"}];
return false;
}
else {
if(data62 < 1 || isNaN(data62)){
validate10.errors = [{instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs179 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.limits !== undefined){
let data63 = data.limits;
const _errs181 = errors;
if(errors === _errs181){
if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
const _errs183 = errors;
for(const key12 in data63){
if(!((key12 === "max-files") || (key12 === "max-file-bytes"))){
validate10.errors = [{instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs183 === errors){
if(data63["max-files"] !== undefined){
let data64 = data63["max-files"];
const _errs184 = errors;
if(!(((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64))) && (isFinite(data64)))){
validate10.errors = [{instancePath:instancePath+"/limits/max-files",schemaPath:"#/properties/limits/properties/max-files/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs184){
if((typeof data64 == "number") && (isFinite(data64))){
if(data64 > 2000000000 || isNaN(data64)){
validate10.errors = [{instancePath:instancePath+"/limits/max-files",schemaPath:"#/properties/limits/properties/max-files/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2000000000},message:"must be <= 2000000000"}];
return false;
}
else {
if(data64 < 1 || isNaN(data64)){
validate10.errors = [{instancePath:instancePath+"/limits/max-files",schemaPath:"#/properties/limits/properties/max-files/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid36 = _errs184 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data63["max-file-bytes"] !== undefined){
let data65 = data63["max-file-bytes"];
const _errs186 = errors;
if(!(((typeof data65 == "number") && (!(data65 % 1) && !isNaN(data65))) && (isFinite(data65)))){
validate10.errors = [{instancePath:instancePath+"/limits/max-file-bytes",schemaPath:"#/properties/limits/properties/max-file-bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs186){
if((typeof data65 == "number") && (isFinite(data65))){
if(data65 > 2000000000 || isNaN(data65)){
validate10.errors = [{instancePath:instancePath+"/limits/max-file-bytes",schemaPath:"#/properties/limits/properties/max-file-bytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2000000000},message:"must be <= 2000000000"}];
return false;
}
else {
if(data65 < 1 || isNaN(data65)){
validate10.errors = [{instancePath:instancePath+"/limits/max-file-bytes",schemaPath:"#/properties/limits/properties/max-file-bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid36 = _errs186 === errors;
}
else {
var valid36 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs181 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}


;// CONCATENATED MODULE: ./src/config/schema-check.ts
/**
 * Validates a parsed .perf-audit.yml against schema/perf-audit.schema.json (the file editors use too) and
 * turns ajv's first error into the message a user reads: the key path and what was expected. The
 * validator is ajv's standalone code for the schema, generated ahead (scripts/schema-validator.mjs).
 */



/** The first problem in `data`, or null when it matches the schema. */
function schemaProblem(data) {
    if (validate(data))
        return null;
    return describe(validate.errors ?? [], data);
}
/** A JSON pointer's segments; a schema path (`#/…`) is also URI-encoded. */
function segments(pointer, uri = false) {
    return pointer
        .split('/')
        .slice(1)
        .map((s) => (uri ? decodeURIComponent(s) : s).replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** The schema node holding the keyword that failed (`#/properties/http/properties/samples/maximum` → samples). */
function parentSchema(e) {
    let node = perf_audit_schema_namespaceObject;
    for (const seg of segments(e.schemaPath, true).slice(0, -1))
        node = node?.[seg];
    return (node ?? {});
}
/** JSON pointer → key path, with array indexes as numbers (so lines can be found for sequence items). */
function keyPath(pointer, data) {
    const path = [];
    let at = data;
    for (const seg of segments(pointer)) {
        const part = Array.isArray(at) ? Number(seg) : seg;
        path.push(part);
        at = at !== null && typeof at === 'object' ? at[part] : undefined;
    }
    return path;
}
function depth(e) {
    return e.instancePath.split('/').length;
}
/**
 * ajv stops at the first failing keyword; for anyOf it also lists every branch's errors. A branch error
 * below the anyOf's own value (a bad list item, a bad key inside a mapping) says more than "none of the
 * branches matched", so the deepest of those is reported.
 */
function chosen(errors) {
    const last = errors[errors.length - 1];
    if (last.keyword !== 'anyOf')
        return last;
    const below = errors.filter((e) => e.instancePath.startsWith(`${last.instancePath}/`));
    if (below.length === 0)
        return last;
    return below.reduce((a, b) => (depth(b) > depth(a) ? b : a));
}
function describe(errors, data) {
    const last = errors[errors.length - 1];
    if (last.keyword === 'propertyNames') {
        const name = String(last.params.propertyName);
        const inner = errors.find((e) => e !== last && e.propertyName === name);
        return {
            path: [...keyPath(last.instancePath, data), name],
            message: messageOf(inner ?? last),
        };
    }
    const e = chosen(errors);
    const path = keyPath(e.instancePath, data);
    if (e.keyword === 'additionalProperties') {
        const key = String(e.params.additionalProperty);
        return { path: [...path, key], message: messageOf(e) };
    }
    return { path, message: messageOf(e) };
}
function messageOf(e) {
    const node = parentSchema(e);
    if (e.keyword === 'additionalProperties') {
        return `unknown key (known: ${Object.keys(node.properties ?? {}).join(', ')})`;
    }
    if (e.keyword === 'required') {
        const missing = String(e.params.missingProperty);
        const text = typeof node.errorMessage === 'object' ? node.errorMessage.required : undefined;
        return (typeof text === 'string' ? text : text?.[missing]) ?? `needs ${missing}`;
    }
    if (typeof node.errorMessage === 'string')
        return node.errorMessage;
    const types = [node.type ?? []].flat();
    if (types.includes('integer')) {
        return `expected a whole number ${(0,ranges/* rangeText */.lq)({ min: node.minimum ?? -Infinity, max: node.maximum ?? Infinity })}`;
    }
    if (e.keyword === 'enum' && node.enum)
        return `expected one of ${node.enum.join(', ')}`;
    if (types.includes('object'))
        return 'expected a mapping';
    if (types.includes('boolean'))
        return 'expected true or false';
    return e.message ?? 'not valid';
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/config/yaml-lines.ts
/** Lines of key paths in a YAML document, from the `yaml` package's node ranges, so config errors name file:line. */

function parseWithPositions(text) {
    const lines = new dist/* LineCounter */.HN();
    // YAML 1.2 core schema, plus `<<` merge keys as js-yaml read them.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, merge: true, uniqueKeys: true });
    return { doc, lines };
}
function lineAt(lines, node) {
    return node?.range ? lines.linePos(node.range[0]).line : undefined;
}
/**
 * 1-based line of `path` (keys; numbers index sequence items): a key's own line, an item's first line, or
 * the nearest parent found, or 1.
 */
function lineOfNode({ doc, lines }, path) {
    let node = doc.contents;
    let found = 1;
    for (const part of path) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => ((0,dist/* isScalar */.jn)(p.key) ? String(p.key.value) : String(p.key)) === String(part));
            if (!pair)
                return found;
            found = lineAt(lines, pair.key) ?? found;
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof part === 'number') {
            const item = node.items[part];
            if (item === undefined)
                return found;
            found = lineAt(lines, item) ?? found;
            node = item;
        }
        else
            return found;
    }
    return found;
}
function lineOfPath(text, path) {
    return lineOfNode(parseWithPositions(text), path);
}

;// CONCATENATED MODULE: ./src/config/file.ts
/**
 * Reads .perf-audit.yml: YAML with positions, checked against schema/perf-audit.schema.json, then mapped onto
 * the Config. Every mistake is a ConfigError naming the file and line.
 */







const CONFIG_FILE_NAMES = ['.perf-audit.yml', '.perf-audit.yaml'];
const str = (v) => String(v);
const texts = (v) => [v].flat().map(String);
/** Finds the config file: the one given, else .perf-audit.yml/.yaml in the app folder. */
function locateConfigFile(app, given) {
    if (given) {
        const abs = (0,external_node_path_.isAbsolute)(given) ? given : (0,external_node_path_.resolve)(given);
        if (!(0,external_node_fs_.existsSync)(abs))
            throw new ConfigError(`config file not found: ${given}`);
        return abs;
    }
    for (const name of CONFIG_FILE_NAMES) {
        const candidate = (0,external_node_path_.join)(app, name);
        if ((0,external_node_fs_.existsSync)(candidate))
            return candidate;
    }
    return null;
}
/** Applies the file's settings over `base` (defaults). Flags and inputs are applied after, by the caller. */
function applyConfigFile(base, file) {
    const shown = (0,external_node_path_.relative)(process.cwd(), file) || file;
    let text;
    try {
        text = (0,regular_file/* readRegularFileSync */.c)(file, 'config file');
    }
    catch (err) {
        throw new ConfigError(err instanceof Error ? err.message : String(err), shown);
    }
    const positioned = parseWithPositions(text);
    const syntax = positioned.doc.errors[0];
    if (syntax) {
        // The message's first line; the line number goes in front, as for every config error.
        const reason = syntax.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        throw new ConfigError(`YAML error: ${reason}`, shown, syntax.linePos?.[0].line);
    }
    const fail = (path, message) => {
        const where = path.length ? `${path.join('.')}: ` : '';
        throw new ConfigError(`${where}${message}`, shown, lineOfNode(positioned, path));
    };
    const doc = positioned.doc.toJS({ maxAliasCount: 100 });
    if (doc === undefined || doc === null)
        return { ...base, configFile: file };
    const problem = schemaProblem(doc);
    if (problem)
        fail(problem.path, problem.message);
    const root = doc;
    const config = structuredClone(base);
    config.configFile = file;
    if (root.app !== undefined)
        config.app = (0,external_node_path_.resolve)(config.app, str(root.app));
    if (root['fail-on'] !== undefined)
        config.failOn = root['fail-on'];
    if (root.baseline !== undefined) {
        const b = str(root.baseline);
        config.baseline = b === 'none' ? null : b;
    }
    if (root['env-file'] !== undefined)
        config.envFile = str(root['env-file']);
    if (root['target-concurrency'] !== undefined)
        config.targetConcurrency = root['target-concurrency'];
    if (root.servers !== undefined)
        config.servers = root.servers;
    if (root.limits !== undefined) {
        const l = root.limits;
        config.limits = {
            ...(l['max-files'] !== undefined ? { maxFiles: l['max-files'] } : {}),
            ...(l['max-file-bytes'] !== undefined ? { maxFileBytes: l['max-file-bytes'] } : {}),
        };
    }
    if (root['php-ini'] !== undefined)
        config.phpIni = texts(root['php-ini']);
    if (root['fpm-pool'] !== undefined)
        config.fpmPool = texts(root['fpm-pool']);
    if (root.database !== undefined)
        readDatabase(root.database, config, fail);
    if (root.queries !== undefined) {
        config.queries = root.queries.map((q) => ({
            name: str(q.name),
            sql: str(q.sql),
        }));
    }
    if (root.http !== undefined)
        readHttp(root.http, config, fail);
    if (root.rules !== undefined)
        config.rules = { ...config.rules, ...readRules(root.rules) };
    if (root.ignore !== undefined)
        config.ignore = root.ignore.map(readIgnore);
    return config;
}
function readDatabase(o, config, fail) {
    const db = config.database;
    if (o.optional !== undefined)
        db.optional = o.optional;
    if (o.url !== undefined)
        db.url = str(o.url);
    if (o.schema !== undefined)
        db.schema = o.schema;
    if (o.command !== undefined)
        db.command = str(o.command);
    if (o.dump !== undefined)
        db.dump = str(o.dump);
    if (o['app-database'] !== undefined)
        db.appDatabase = str(o['app-database']);
    if (o['sql-dir'] !== undefined)
        db.sqlDir = str(o['sql-dir']);
    if (o['stats-file'] !== undefined)
        db.statsFile = str(o['stats-file']);
    if (o.migrations !== undefined) {
        const folders = texts(o.migrations).map((f) => (0,app_path/* normalizeAppPath */.Y)(f));
        const outside = folders.findIndex((f) => f === null || f === '');
        if (outside >= 0)
            fail(['database', 'migrations'], `${texts(o.migrations)[outside]} is not a folder inside the app`);
        db.migrations = folders;
    }
    if (o['assume-rows'] !== undefined)
        db.assumeRows = o['assume-rows'];
    if (o['generate-rows'] !== undefined)
        db.generateRows = o['generate-rows'];
    if (o['command-timeout-ms'] !== undefined)
        db.commandTimeoutMs = o['command-timeout-ms'];
    if (o['query-timeout-ms'] !== undefined)
        db.queryTimeoutMs = o['query-timeout-ms'];
    if (o['deadline-ms'] !== undefined)
        db.deadlineMs = o['deadline-ms'];
    if (o.tables !== undefined)
        Object.assign(db.tables, o.tables);
    // What one key needs of another: checked here, where the message can name the mode.
    const p = ['database', 'schema'];
    if (db.schema === 'command' && !db.command)
        fail(p, 'schema: command needs database.command');
    if (db.schema === 'dump' && !db.dump)
        fail(p, 'schema: dump needs database.dump (a .sql file)');
    if (db.schema === 'sql' && !db.sqlDir)
        fail(p, 'schema: sql needs database.sql-dir');
}
function readHttp(o, config, fail) {
    const h = config.http;
    if (o.urls !== undefined)
        h.urls = texts(o.urls);
    if (o['base-url'] !== undefined)
        h.baseUrl = str(o['base-url']);
    if (o.samples !== undefined)
        h.samples = o.samples;
    if (o.warmup !== undefined)
        h.warmup = o.warmup;
    if (o['timeout-ms'] !== undefined)
        h.timeoutMs = o['timeout-ms'];
    if (o['follow-redirects'] !== undefined)
        h.followRedirects = o['follow-redirects'];
    if (o['readiness-timeout-ms'] !== undefined)
        h.readiness.timeoutMs = o['readiness-timeout-ms'];
    if (o['deadline-ms'] !== undefined)
        h.deadlineMs = o['deadline-ms'];
    if (o.headers !== undefined) {
        for (const [k, v] of Object.entries(o.headers))
            h.headers[k] = str(v);
    }
    if (o.cookies !== undefined) {
        h.cookies = Object.fromEntries(Object.entries(o.cookies).map(([k, v]) => [k, str(v)]));
    }
    if (o.ttfb !== undefined) {
        const t = o.ttfb;
        if (t['objective-ms'] !== undefined)
            h.ttfb.objectiveMs = t['objective-ms'];
        if (t['fail-ms'] !== undefined)
            h.ttfb.failMs = t['fail-ms'];
        if (h.ttfb.failMs < h.ttfb.objectiveMs)
            fail(['http', 'ttfb', 'fail-ms'], 'must be >= objective-ms');
    }
    if (o.load !== undefined && o.load !== null) {
        const l = o.load;
        h.load = {
            users: l.users ?? [10, 50, 100],
            seconds: l.seconds ?? 5,
            p95Ms: l['p95-ms'] ?? 800,
            maxErrorRate: l['max-error-rate'] ?? 0.01,
        };
    }
}
function readRules(o) {
    const rules = {};
    for (const [id, setting] of Object.entries(o)) {
        const rule = {};
        if (setting === 'off' || setting === false)
            rule.off = true;
        else if (typeof setting === 'string')
            rule.severity = setting;
        else {
            for (const [key, v] of Object.entries(setting)) {
                if (key === 'severity') {
                    if (v === 'off')
                        rule.off = true;
                    else
                        rule.severity = v;
                }
                else if (key === 'off')
                    rule.off = v;
                // `PA109: { options: { max-queries: 50 } }` and `PA109: { max-queries: 50 }` mean the same.
                else if (key === 'options')
                    Object.assign((rule.options ??= {}), v);
                else
                    (rule.options ??= {})[key] = v;
            }
        }
        rules[id] = rule;
    }
    return rules;
}
function readIgnore(o) {
    const entry = { rule: str(o.rule).toUpperCase(), reason: str(o.reason) };
    if (o.path !== undefined)
        entry.path = str(o.path);
    if (o.table !== undefined)
        entry.table = str(o.table);
    if (o.columns !== undefined)
        entry.columns = texts(o.columns);
    return entry;
}

;// CONCATENATED MODULE: ./src/config/resolve.ts
/** Builds the Config: defaults, then .perf-audit.yml, then command flags or action inputs (highest). */









/**
 * The project cache's default folder: $PERF_AUDIT_CACHE_DIR (`none` or empty turns it off), the runner's
 * temp folder in GitHub Actions (so the baseline audit of the same job shares it), else the user's cache
 * folder, one subfolder per app.
 */
function isInside(path, folder) {
    const rel = (0,external_node_path_.relative)(folder, path);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
function defaultCacheDir(app, env) {
    const explicit = env.PERF_AUDIT_CACHE_DIR;
    if (explicit !== undefined)
        return explicit === '' || explicit === 'none' ? null : (0,external_node_path_.resolve)(explicit);
    if (env.GITHUB_ACTIONS === 'true' && env.RUNNER_TEMP)
        return (0,external_node_path_.join)(env.RUNNER_TEMP, 'perf-audit-cache');
    const base = env.XDG_CACHE_HOME || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.cache');
    return (0,external_node_path_.join)(base, 'perf-audit', (0,external_node_crypto_.createHash)('sha1').update(app).digest('hex').slice(0, 12));
}
function resolveConfig(overrides, env = process.env) {
    const app = (0,external_node_path_.resolve)(overrides.app ?? '.');
    if (!(0,external_node_fs_.existsSync)(app) || !(0,external_node_fs_.statSync)(app).isDirectory())
        throw new ConfigError(`app folder not found: ${app}`);
    let config = defaultConfig(app);
    const file = locateConfigFile(app, overrides.config ?? null);
    if (file)
        config = applyConfigFile(config, file);
    // The app given on the command line wins over the file's `app:`.
    if (overrides.app !== undefined)
        config.app = app;
    // Database: flag/input, then PERF_AUDIT_DB_URL, then the file; empty means none.
    if (overrides.db !== undefined)
        config.database.url = overrides.db || null;
    else if (env.PERF_AUDIT_DB_URL !== undefined && env.PERF_AUDIT_DB_URL !== '')
        config.database.url = env.PERF_AUDIT_DB_URL;
    if (config.database.url && !/^(mysql|mariadb):\/\//.test(config.database.url)) {
        throw new ConfigError('database URL must look like mysql://user:pass@host:port[/db]');
    }
    if (overrides.dbWaitMs !== undefined)
        config.database.waitMs = overrides.dbWaitMs;
    if (overrides.databaseOptional !== undefined)
        config.database.optional = overrides.databaseOptional;
    if (overrides.urls && overrides.urls.length)
        config.http.urls = overrides.urls;
    if (overrides.baseUrl)
        config.http.baseUrl = overrides.baseUrl;
    if (overrides.samples !== undefined)
        config.http.samples = overrides.samples;
    if (overrides.assumeRows !== undefined)
        config.database.assumeRows = overrides.assumeRows;
    if (overrides.statsFile !== undefined)
        config.database.statsFile = overrides.statsFile === null ? null : (0,external_node_path_.resolve)(overrides.statsFile);
    if (overrides.baseline !== undefined)
        config.baseline = overrides.baseline;
    if (overrides.failOn !== undefined)
        config.failOn = overrides.failOn;
    if (overrides.envFile !== undefined)
        config.envFile = overrides.envFile;
    const fallback = defaultCacheDir(config.app, env);
    config.cacheDir =
        overrides.cacheDir !== undefined
            ? overrides.cacheDir && (0,external_node_path_.resolve)(overrides.cacheDir)
            : // The default never lands in the app (an app in the home folder): no cache rather than an error.
                fallback && env.PERF_AUDIT_CACHE_DIR === undefined && isInside(fallback, config.app)
                    ? null
                    : fallback;
    if (config.cacheDir && isInside(config.cacheDir, config.app)) {
        // A repository could ship a cache file with results for its own bytes: the cache lives elsewhere.
        throw new ConfigError(`the project cache (${config.cacheDir}) must be outside the audited app (${config.app}): give another --cache-dir / cache-dir, or none`);
    }
    const refProblem = config.baseline && config.baseline !== 'base' ? (0,git_ref/* gitRefProblem */.d)(config.baseline) : null;
    if (refProblem)
        throw new ConfigError(`baseline: ${refProblem}`);
    for (const url of config.http.urls) {
        if (!/^https?:\/\//.test(url) && !config.http.baseUrl) {
            throw new ConfigError(`URL "${url}" is relative: give http.base-url in the config file or an absolute URL`);
        }
    }
    return config;
}
/** A whole number in range; `1e20`, `0x10` and numbers past the range are refused with the range. */
function parsePositiveInt(name, value, range = ranges/* RANGES */.$M.rows) {
    const n = Number(value.trim());
    if (!/^\d+$/.test(value.trim()) || n < range.min || n > range.max) {
        throw new ConfigError(`${name} must be a whole number ${(0,ranges/* rangeText */.lq)(range)} (got "${value}")`);
    }
    return n;
}
function parseFailOn(name, value) {
    if (value === 'critical' || value === 'warning' || value === 'never')
        return value;
    throw new ConfigError(`${name} must be critical, warning or never (got "${value}")`);
}

;// CONCATENATED MODULE: ./src/report/log-line.ts
/**
 * Text bound for a CI log (the command's stderr and stdout, the action's log). The runner executes any line
 * that starts with `::name::` (or the older `##[name]`), whitespace first or not, and `::stop-commands::`
 * would turn off masking and commands for the rest of the job. Repository text (file names, config keys,
 * SQL) must not start such a line: newlines inside one message are shown as `\n`, other control characters
 * are dropped, and a line that would still start a command gets a visible `·` in front.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u0085\u202a-\u202e\u2066-\u2069]/g;
const NEWLINE = /\r\n|\r|\n|\u2028|\u2029/g;
const COMMAND_START = /^(\s*)(::|##\[)/;
function defuse(line) {
    return line.replace(COMMAND_START, '$1·$2');
}
/** One message as exactly one log line. */
function logLine(text) {
    return defuse(text.replace(NEWLINE, '\\n').replace(CONTROL, ''));
}
/** A multi-line text (a rendered report) whose lines are kept, none of them able to start a command. */
function logBlock(text) {
    return text
        .split(/(\r\n|\r|\n)/)
        .map((part, i) => (i % 2 === 1 ? part : defuse(part.replace(CONTROL, ''))))
        .join('');
}

// EXTERNAL MODULE: ./src/report/certainty-text.ts
var certainty_text = __webpack_require__(28295);
// EXTERNAL MODULE: ./src/report/progress.ts
var progress = __webpack_require__(18991);
;// CONCATENATED MODULE: ./src/report/redact.ts
/**
 * Masks secrets (the GitHub token, the database password and URL) in everything perf-audit writes. A secret
 * can reach an output changed by the renderer that carried it: markdown-escaped (`ghs\_…`), HTML entities
 * (`&amp;`), URL-encoded (`%40`, `+`), JSON-escaped (`\"`), or with zero-width characters put between
 * characters (mentions, code spans). The pattern of a secret accepts every character in each of those
 * forms, so one pass masks them all.
 */
const ZERO_WIDTH = '[\\u200b\\u200c\\u200d\\u2060\\ufeff]?';
const ENTITY = {
    '&': ['&amp;'],
    '<': ['&lt;'],
    '>': ['&gt;'],
    '"': ['&quot;'],
    "'": ['&#39;', '&apos;'],
};
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
function hexByte(byte) {
    return [...byte.toString(16).toUpperCase().padStart(2, '0')]
        .map((h) => (/[A-F]/.test(h) ? `[${h}${h.toLowerCase()}]` : h))
        .join('');
}
/** Every form one character of a secret may take in an output. */
function characterForms(ch) {
    const cp = ch.codePointAt(0);
    const forms = [escapeRegex(ch)];
    forms.push([...Buffer.from(ch, 'utf8')].map((b) => `%${hexByte(b)}`).join(''), `&#0*${cp};`, `&#[xX]0*${cp.toString(16)};`, ...(ENTITY[ch] ?? []));
    if (ch === ' ')
        forms.push('\\+');
    // Markdown and JSON put a backslash before punctuation; JSON doubles a backslash.
    return `\\\\?(?:${forms.join('|')})`;
}
const patterns = new Map();
/** A pattern matching the secret in any of the forms above. */
function secretPattern(secret) {
    let pattern = patterns.get(secret);
    if (!pattern) {
        pattern = new RegExp([...secret].map(characterForms).join(ZERO_WIDTH), 'g');
        patterns.set(secret, pattern);
    }
    pattern.lastIndex = 0;
    return pattern;
}
/** Secrets shorter than this are not masked: masking `ab` everywhere would shred the report. */
const MIN_SECRET_LENGTH = 3;
function redactSecrets(text, secrets) {
    let out = text;
    const ordered = [...new Set(secrets)]
        .filter((s) => s.length >= MIN_SECRET_LENGTH)
        .sort((a, b) => b.length - a.length);
    for (const secret of ordered)
        out = out.replace(secretPattern(secret), '***');
    return out;
}
/** The secrets of a database URL: with a password, the URL itself and the password, raw and decoded. */
function databaseSecrets(url) {
    if (!url)
        return [];
    try {
        const raw = new URL(url).password;
        return raw ? [url, raw, decodeURIComponent(raw)] : [];
    }
    catch {
        // An unparseable URL is masked whole.
        return [url];
    }
}
/** Tokens the runner puts in the environment: never printed, whatever path they take. */
function environmentSecrets(env = process.env) {
    return ['GITHUB_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'PERF_AUDIT_DB_URL']
        .map((k) => env[k])
        .filter((v) => typeof v === 'string' && v.length >= MIN_SECRET_LENGTH)
        .flatMap((v) => (v.includes('://') ? databaseSecrets(v) : [v]));
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/cli.ts
/** The `perf-audit` command: the same audit as the action, printed as a table, markdown, JSON or SARIF. */











// The audit engine, the database driver, the rules and the renderers load on demand (dynamic import):
// `--version`, `--help` and the first progress line do not pay for parsing them.
const EXIT = { passed: 0, blocked: 1, usage: 2, failed: 3 };
const FORMATS = ['table', 'markdown', 'json', 'sarif'];
const USAGE = `Usage: perf-audit [options]

Audits a Laravel + MariaDB app: missing indexes (confirmed by MariaDB's planner at production
scale when a database is given), cache/session/queue drivers and server settings, and TTFB.

Options:
  --app DIR              the Laravel app to audit (default: .)
  --config FILE          config file (default: DIR/.perf-audit.yml when present)
  --db URL               mysql://user:pass@host:port[/db]; default $PERF_AUDIT_DB_URL; none = static verdicts
  --db-wait-ms N         how long to wait for the database to answer (default 30000)
  --database-optional    a database URL that cannot be used gives static verdicts instead of exit 3
  --url URL              a URL to time (repeatable); relative URLs need http.base-url or --base-url
  --base-url URL         base for relative URLs
  --samples N            TTFB samples per URL (default 20)
  --assume-rows N        rows per table at production scale (default 1000000)
  --stats-file FILE      production statistics from \`perf-audit stats\` (default: APP/.perf-audit-stats.json
                         when present); none = do not read one
  --baseline REF         audit REF too and block only on new findings (git ref; none = off)
  --app-env-file FILE    the app's env file that wins over .env (e.g. .env.production)
  --cache-dir DIR        project cache between runs (default $PERF_AUDIT_CACHE_DIR, else
                         ~/.cache/perf-audit/<app>); none = no cache
  --no-cache             same as --cache-dir none
  --format FORMAT        table | markdown | json | sarif (default table)
  --output FILE          write the report there instead of standard output
  --fail-on LEVEL        critical | warning | never (default critical)
  --debug                print the stack of an unexpected error
  -h, --help             this help
  -v, --version          the version

       perf-audit cleanup --db URL [--dry-run]
                         drop what a killed run left on that server (perf_audit_* databases, their
                         statistics rows, perf_audit_* accounts; general_log from the state file)

       perf-audit stats --db URL [--database NAME] [--output FILE]
                         write production table sizes and index cardinalities (information_schema
                         only, never a row) to FILE (default .perf-audit-stats.json); see docs/stats.md

Exit status: 0 passed, 1 blocked by findings at or above --fail-on, 2 bad usage or
configuration, 3 the audit itself could not run (the report says why), 130/143 interrupted
by SIGINT/SIGTERM (what the run created is removed and the report says so).`;
class UsageError extends Error {
}
/**
 * Node itself reads `--env-file` anywhere on its command line, even after the script, and runs the
 * NODE_OPTIONS it finds there: the app's env file has its own name so it never reaches Node.
 */
function refuseNodeEnvFile(argv) {
    if (argv.some((a) => a === '--env-file' || a.startsWith('--env-file=')))
        throw new UsageError('--env-file is now --app-env-file: Node reads --env-file itself and would load that file into its own environment');
}
function parseCli(argv) {
    refuseNodeEnvFile(argv);
    let values;
    try {
        ({ values } = (0,external_node_util_.parseArgs)({
            args: argv,
            strict: true,
            allowPositionals: false,
            options: {
                app: { type: 'string' },
                config: { type: 'string' },
                db: { type: 'string' },
                'db-wait-ms': { type: 'string' },
                'database-optional': { type: 'boolean' },
                url: { type: 'string', multiple: true },
                'base-url': { type: 'string' },
                samples: { type: 'string' },
                'assume-rows': { type: 'string' },
                'stats-file': { type: 'string' },
                baseline: { type: 'string' },
                'app-env-file': { type: 'string' },
                'cache-dir': { type: 'string' },
                'no-cache': { type: 'boolean' },
                format: { type: 'string' },
                output: { type: 'string' },
                'fail-on': { type: 'string' },
                debug: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' },
            },
        }));
    }
    catch (err) {
        throw new UsageError(err instanceof Error ? err.message : String(err));
    }
    if (values.help)
        return 'help';
    if (values.version)
        return 'version';
    const format = (values.format ?? 'table');
    if (!FORMATS.includes(format))
        throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);
    const o = {};
    if (values.app !== undefined)
        o.app = values.app;
    if (values.config !== undefined)
        o.config = values.config;
    if (values.db !== undefined)
        o.db = values.db === 'none' ? null : values.db;
    if (values['db-wait-ms'] !== undefined)
        o.dbWaitMs = parsePositiveInt('--db-wait-ms', values['db-wait-ms'], ranges/* RANGES */.$M.waitMs);
    if (values['database-optional'])
        o.databaseOptional = true;
    if (values.url)
        o.urls = values.url;
    if (values['base-url'] !== undefined)
        o.baseUrl = values['base-url'];
    if (values.samples !== undefined)
        o.samples = parsePositiveInt('--samples', values.samples, ranges/* RANGES */.$M.samples);
    if (values['assume-rows'] !== undefined)
        o.assumeRows = parsePositiveInt('--assume-rows', values['assume-rows'], ranges/* RANGES */.$M.rows);
    if (values['stats-file'] !== undefined)
        o.statsFile = values['stats-file'] === 'none' ? null : values['stats-file'];
    if (values.baseline !== undefined)
        o.baseline = values.baseline === 'none' ? null : values.baseline;
    if (values['app-env-file'] !== undefined)
        o.envFile = values['app-env-file'];
    if (values['cache-dir'] !== undefined)
        o.cacheDir = values['cache-dir'] === 'none' || values['cache-dir'] === '' ? null : values['cache-dir'];
    if (values['no-cache'])
        o.cacheDir = null;
    if (values['fail-on'] !== undefined)
        o.failOn = parseFailOn('--fail-on', values['fail-on']);
    return { overrides: o, format, output: values.output ?? null, debug: values.debug === true };
}
async function formatReport(report, format, configFile = null) {
    switch (format) {
        case 'json':
            return (await __webpack_require__.e(/* import() */ 794).then(__webpack_require__.bind(__webpack_require__, 32794))).renderJson(report);
        case 'sarif': {
            const [{ loadRuleDocs, toSarif }, place, { RULES }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(811), __webpack_require__.e(611)]).then(__webpack_require__.bind(__webpack_require__, 99611)),
                __webpack_require__.e(/* import() */ 629).then(__webpack_require__.bind(__webpack_require__, 65629)),
                Promise.all(/* import() */[__webpack_require__.e(681), __webpack_require__.e(574), __webpack_require__.e(495)]).then(__webpack_require__.bind(__webpack_require__, 76495)),
            ]);
            // The same paths, help and links as the action's SARIF (report/sarif-place.ts).
            const docsDir = place.ruleDocsDir();
            const sarif = toSarif(report, RULES, {
                docs: docsDir ? await loadRuleDocs(docsDir) : {},
                docsBaseUrl: place.sarifDocsBaseUrl(),
                ...place.sarifPaths(report.app, configFile),
            });
            return `${JSON.stringify(sarif, null, 2)}\n`;
        }
        case 'markdown':
            return (await Promise.all(/* import() */[__webpack_require__.e(574), __webpack_require__.e(727)]).then(__webpack_require__.bind(__webpack_require__, 88727))).renderMarkdown(report);
        default:
            return (await __webpack_require__.e(/* import() */ 655).then(__webpack_require__.bind(__webpack_require__, 65655))).renderTable(report);
    }
}
/** Writes the report where --output says (else standard output). */
async function writeReport(report, options, secrets, configFile) {
    const text = redactSecrets(await formatReport(report, options.format, configFile), secrets);
    if (options.output) {
        (0,external_node_fs_.writeFileSync)(options.output, text);
        process.stderr.write(`perf-audit: report written to ${logLine(redactSecrets(options.output, secrets))}\n`);
    }
    else {
        process.stdout.write(logBlock(text));
    }
}
async function main(argv, env = process.env) {
    // Repository text reaches these lines: one message is one line and never a runner command.
    let secrets = environmentSecrets(env);
    const err = (line) => process.stderr.write(`${logLine(redactSecrets(line, secrets))}\n`);
    if (argv[0] === 'cleanup')
        return (await __webpack_require__.e(/* import() */ 744).then(__webpack_require__.bind(__webpack_require__, 15744))).cleanupCommand(argv.slice(1), env);
    if (argv[0] === 'stats')
        return (await __webpack_require__.e(/* import() */ 234).then(__webpack_require__.bind(__webpack_require__, 67234))).statsCommand(argv.slice(1), env);
    let options;
    let config;
    try {
        const parsed = parseCli(argv);
        if (parsed === 'help') {
            process.stdout.write(`${USAGE}\n`);
            return EXIT.passed;
        }
        if (parsed === 'version') {
            process.stdout.write(`${version/* VERSION */.x}\n`);
            return EXIT.passed;
        }
        options = parsed;
        config = resolveConfig(options.overrides, env);
        const notAnApp = checkLaravelApp(config);
        if (notAnApp)
            throw new ConfigError(notAnApp);
        secrets = [...secrets, ...databaseSecrets(config.database.url)];
    }
    catch (e) {
        if (e instanceof UsageError || e instanceof ConfigError) {
            err(`perf-audit: ${e.message}`);
            if (e instanceof UsageError)
                err('Try perf-audit --help.');
            return EXIT.usage;
        }
        throw e;
    }
    let target = ' without a database (static verdicts)';
    if (config.database.url) {
        const { redactDbUrl } = await Promise.all(/* import() */[__webpack_require__.e(588), __webpack_require__.e(713)]).then(__webpack_require__.bind(__webpack_require__, 72713));
        target = ` with MariaDB at ${redactDbUrl(config.database.url)}`;
    }
    err(`perf-audit ${version/* VERSION */.x}: auditing ${config.app}${target}`);
    const [{ runAudit }, { PhaseLog }, { handleInterrupts, unlessInterrupted }, { runCleanups }, { incompleteReport },] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(588), __webpack_require__.e(681), __webpack_require__.e(341), __webpack_require__.e(6), __webpack_require__.e(574), __webpack_require__.e(713), __webpack_require__.e(495), __webpack_require__.e(864)]).then(__webpack_require__.bind(__webpack_require__, 75864)),
        __webpack_require__.e(/* import() */ 755).then(__webpack_require__.bind(__webpack_require__, 40755)),
        __webpack_require__.e(/* import() */ 985).then(__webpack_require__.bind(__webpack_require__, 98985)),
        __webpack_require__.e(/* import() */ 228).then(__webpack_require__.bind(__webpack_require__, 6228)),
        __webpack_require__.e(/* import() */ 765).then(__webpack_require__.bind(__webpack_require__, 71765)),
    ]);
    const phases = new PhaseLog();
    const cfg = config;
    const opts = options;
    // A signal: everything registered is undone first, then the report says what ran and what was removed.
    const stopHandling = handleInterrupts(async (signal, cleaned, phase) => {
        const code = signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 129;
        const during = phase ? ` during ${phase}` : '';
        err(`perf-audit: interrupted by ${signal}${during}; cleaned up: ${cleaned.map((c) => `${c.label}${c.ok ? '' : ' (FAILED)'}`).join(', ') || 'nothing to clean'}`);
        await writeReport(incompleteReport(cfg, phases, {
            reason: `interrupted by ${signal}${during}`,
            exitCode: code,
            signal,
            cleanup: cleaned,
        }), opts, secrets, cfg.configFile);
    }, () => phases.current);
    let report;
    try {
        const color = (0,progress/* useColor */.by)(process.stderr.isTTY === true, env);
        report = await runAudit(config, {
            log: (line) => err(`  ${line}`),
            warn: (message) => err(`perf-audit: warning: ${message}`),
            phases,
            // The note is escaped for the log first; only perf-audit's own colour codes are added after.
            progress: (e) => process.stderr.write(`  ${(0,progress/* progressLine */.oz)({ ...e, ...(e.note ? { note: logLine(redactSecrets(e.note, secrets)) } : {}) }, color)}\n`),
        });
    }
    catch (e) {
        await unlessInterrupted();
        const message = e instanceof Error ? e.message : String(e);
        err(`perf-audit: the audit could not run: ${message}`);
        // One log line per stack line: err() keeps each message on one line.
        if (options.debug && e instanceof Error && e.stack)
            e.stack.split('\n').forEach((l) => err(l));
        // Whatever is still registered (nothing, normally) goes before the report says what was done.
        const cleaned = await runCleanups();
        stopHandling();
        await writeReport(incompleteReport(config, phases, {
            reason: message,
            exitCode: EXIT.failed,
            signal: null,
            cleanup: cleaned,
        }), options, secrets, config.configFile).catch((w) => err(`perf-audit: could not write the report: ${w instanceof Error ? w.message : String(w)}`));
        return EXIT.failed;
    }
    await unlessInterrupted();
    stopHandling();
    await writeReport(report, options, secrets, config.configFile);
    const s = report.summary;
    err(`perf-audit: ${s.blocked ? 'BLOCKED' : 'passed'}: ${s.critical} critical, ${s.warning} warnings, ${s.info} info` +
        ` (fail-on ${config.failOn}, ${(0,certainty_text/* certaintyVerdicts */.oJ)(s.verdicts === 'planner', report.certainty)})`);
    return s.blocked ? EXIT.blocked : EXIT.passed;
}


/***/ }),

/***/ 10089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ normalizeAppPath)
/* harmony export */ });
/** `a/b/../c/./d/` → `a/c/d`; null when the path leaves the app (or is absolute). */
function normalizeAppPath(path) {
    if (path.startsWith('/'))
        return null;
    const out = [];
    for (const part of path.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (out.length === 0)
                return null;
            out.pop();
        }
        else
            out.push(part);
    }
    return out.join('/');
}


/***/ }),

/***/ 7158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $M: () => (/* binding */ RANGES),
/* harmony export */   LP: () => (/* binding */ DEFAULT_COMMAND_TIMEOUT_MS),
/* harmony export */   c4: () => (/* binding */ DEFAULT_QUERY_TIMEOUT_MS),
/* harmony export */   ei: () => (/* binding */ DEFAULT_DATABASE_DEADLINE_MS),
/* harmony export */   jx: () => (/* binding */ DEFAULT_HTTP_DEADLINE_MS),
/* harmony export */   lq: () => (/* binding */ rangeText)
/* harmony export */ });
/* unused harmony exports MAX_TIMER_MS, MAX_ROWS */
/**
 * The ranges every number in the configuration must fall in. Node's timers overflow above 2^31−1 ms (the
 * timer then fires at once), and a run must stay bounded: samples, load seconds and users are capped.
 */
/** The longest delay Node's setTimeout honours; above it the timer fires immediately. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Row counts end up in MariaDB's statistics tables (BIGINT) and in JavaScript numbers: exact up to here. */
const MAX_ROWS = Number.MAX_SAFE_INTEGER;
const RANGES = {
    samples: { min: 1, max: 1000 },
    warmup: { min: 0, max: 100 },
    timeoutMs: { min: 1, max: MAX_TIMER_MS },
    waitMs: { min: 0, max: MAX_TIMER_MS },
    rows: { min: 1, max: MAX_ROWS },
    loadUsers: { min: 1, max: 1000 },
    loadSteps: { min: 1, max: 10 },
    loadSeconds: { min: 1, max: 600 },
    concurrency: { min: 1, max: 100_000 },
    servers: { min: 1, max: 10_000 },
};
/** Schema command: ten minutes unless configured (`database.command-timeout-ms`). */
const DEFAULT_COMMAND_TIMEOUT_MS = 600_000;
/** Sampling and the load ramp together: fifteen minutes unless configured (`http.deadline-ms`). */
const DEFAULT_HTTP_DEADLINE_MS = 900_000;
/** All MariaDB statements of a run (cleanup excepted): thirty minutes unless configured (`database.deadline-ms`). */
const DEFAULT_DATABASE_DEADLINE_MS = 1_800_000;
/** One MariaDB statement: five minutes unless configured (`database.query-timeout-ms`). */
const DEFAULT_QUERY_TIMEOUT_MS = 300_000;
function rangeText(range) {
    return range.max === Infinity ? `>= ${range.min}` : `from ${range.min} to ${range.max}`;
}


/***/ }),

/***/ 89085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ readRegularFile),
/* harmony export */   c: () => (/* binding */ readRegularFileSync)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Reads a file only when it is a regular file. A FIFO, a device (/dev/zero, /dev/stdin) or a socket named as
 * the config file or the dump would block the run forever or feed it endless data: they are refused with a
 * message. The file is opened non-blocking and checked on the open descriptor, so it cannot be swapped
 * between the check and the read.
 */


const FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
function kindOf(stat) {
    if (stat.isFIFO())
        return 'a FIFO (named pipe)';
    if (stat.isCharacterDevice())
        return 'a character device';
    if (stat.isBlockDevice())
        return 'a block device';
    if (stat.isSocket())
        return 'a socket';
    if (stat.isDirectory())
        return 'a folder';
    return 'not a regular file';
}
function refusal(what, path, stat) {
    return new Error(`${what} ${path} is ${kindOf(stat)}, not a regular file: refused`);
}
function readRegularFileSync(path, what) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, FLAGS);
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stat.isFile())
            throw refusal(what, path, stat);
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd, 'utf8');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
async function readRegularFile(path, what) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, FLAGS);
    try {
        const stat = await handle.stat();
        if (!stat.isFile())
            throw refusal(what, path, stat);
        return await handle.readFile('utf8');
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 20615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ gitRefProblem)
/* harmony export */ });
/**
 * The baseline ref comes from the workflow or the config file: it reaches `git` as an argument, so a value
 * such as `--upload-pack=…` would be an option. Only names, shas and simple revision suffixes are accepted,
 * and the ref is still passed after `--end-of-options` / `--`.
 */
const REF = /^[A-Za-z0-9_][A-Za-z0-9._/~^@{}+-]*$/;
/** Why `ref` is not accepted as a git ref, or null when it is. */
function gitRefProblem(ref) {
    if (ref.startsWith('-'))
        return `"${ref}" starts with "-" (git would read it as an option)`;
    if (ref.length > 255)
        return 'it is longer than 255 characters';
    if (!REF.test(ref) || ref.includes('..') || ref.endsWith('/') || ref.endsWith('.lock'))
        return `"${ref}" is not a branch, tag or commit name (letters, digits and . _ / - ~ ^ @ { } + only)`;
    return null;
}


/***/ }),

/***/ 28295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ve: () => (/* binding */ lowCertaintyText),
/* harmony export */   oJ: () => (/* binding */ certaintyVerdicts)
/* harmony export */ });
/* unused harmony export uncertainText */
/** How the report words the schema's certainty (src/schema/certainty.ts): the header and the warning on top. */
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** "3 of 40 tables uncertain (…)", plus the touches that name no table; null when all is certain. */
function uncertainText(c) {
    if (!c)
        return null;
    const parts = [];
    if (c.tables === 0)
        parts.push('no table was built');
    else if (c.uncertain > 0)
        parts.push(`${c.uncertain} of ${plural(c.tables, 'table')} uncertain (built by code not understood: their findings are warnings, never critical)`);
    if (c.unknownTouches.length > 0)
        parts.push(`${plural(c.unknownTouches.length, 'construct')} not understood may have changed tables that cannot be named`);
    return parts.length ? parts.join('; ') : null;
}
/** The verdicts line: planner confirmation is claimed only for the tables that are certain. */
function certaintyVerdicts(planner, c) {
    const uncertain = uncertainText(c);
    if (planner) {
        const confirmed = c && c.uncertain > 0
            ? `verdicts confirmed by MariaDB's planner at production scale for ${c.tables - c.uncertain} of ${plural(c.tables, 'table')}`
            : "verdicts confirmed by MariaDB's planner at production scale";
        return uncertain ? `${confirmed}; ${uncertain}` : confirmed;
    }
    const base = 'static verdicts only: no database';
    return uncertain ? `${base}; ${uncertain}` : base;
}
/** The warning a run puts at the top when more than a quarter of the tables are uncertain or none was built. */
function lowCertaintyText(c) {
    if (!c?.low)
        return null;
    if (c.tables === 0)
        return 'Schema uncertain: no table was built, so no index verdict stands on a schema (see the phases and PA901)';
    const pct = Math.round((c.uncertain / c.tables) * 100);
    return (`Schema uncertain: ${c.uncertain} of ${plural(c.tables, 'table')} (${pct}%) ${c.uncertain === 1 ? 'was' : 'were'} built by migration code ` +
        'perf-audit does not understand; findings on them are warnings, never critical (see PA901)');
}


/***/ }),

/***/ 18991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bd: () => (/* binding */ tenthsCounter),
/* harmony export */   by: () => (/* binding */ useColor),
/* harmony export */   oz: () => (/* binding */ progressLine)
/* harmony export */ });
/* unused harmony exports COUNT_FROM, seconds */
/**
 * Progress lines: one when a phase starts, one when it ends with its time and what it counted. Colours on
 * a terminal only: NO_COLOR turns them off, FORCE_COLOR turns them on (also in CI logs, which get none
 * otherwise).
 */
/** Below this many items a phase is short: no count lines. */
const COUNT_FROM = 20;
/**
 * A Counter that tells `emit` at every tenth of the total and at the end, so a long phase writes at most
 * ten count lines however many items it has; a total under COUNT_FROM writes none.
 */
function tenthsCounter(emit) {
    let total = -1;
    let last = 0;
    return (done, of) => {
        if (of !== total) {
            total = of;
            last = 0;
        }
        if (of < COUNT_FROM)
            return;
        const step = done >= of ? 10 : Math.floor((done * 10) / of);
        if (step <= last)
            return;
        last = step;
        emit(Math.min(done, of), of);
    };
}
function useColor(isTty, env) {
    const force = env['FORCE_COLOR'];
    if (force !== undefined)
        return force !== '0' && force !== 'false';
    if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '')
        return false;
    if (env['CI'] || env['GITHUB_ACTIONS'])
        return false;
    return isTty && env['TERM'] !== 'dumb';
}
const PAINT = { green: '32', red: '31', dim: '2', cyan: '36' };
function paint(color, code, text) {
    return color ? `\u001b[${PAINT[code]}m${text}\u001b[0m` : text;
}
function seconds(ms) {
    return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
/** The line for one event; `text` is already safe for a log line (the caller escapes repository text). */
function progressLine(e, color) {
    const who = e.label ? `${e.label} ${e.phase}` : e.phase;
    const note = e.note ? `: ${e.note}` : '';
    switch (e.state) {
        case 'start':
            return `${paint(color, 'cyan', '▶')} ${who}…`;
        case 'count':
            return `${paint(color, 'dim', '…')} ${who}: ${e.done ?? 0}/${e.total ?? 0} ${e.note ?? ''}`.trimEnd();
        case 'ran':
            return `${paint(color, 'green', '✔')} ${who} ${paint(color, 'dim', `(${seconds(e.ms ?? 0)})`)}${note}`;
        case 'failed':
            return `${paint(color, 'red', '✖')} ${who} failed after ${seconds(e.ms ?? 0)}${note}`;
        default:
            return `${paint(color, 'dim', '–')} ${who} skipped${note}`;
    }
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ REPOSITORY_URL),
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept equal to package.json's version and repository (a test checks it; `npm run release` sets it). */
const VERSION = '0.1.0';
/** The project's repository: its docs at the tag of this version are what reports link to. */
const REPOSITORY_URL = 'https://github.com/perf-audit/perf-audit';


/***/ })

};

//# sourceMappingURL=788.index.js.map