export const id = 531;
export const ids = [531];
export const modules = {

/***/ 20531:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


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
;// CONCATENATED MODULE: ./build/src/config/model.js
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

// EXTERNAL MODULE: ./build/src/config/ranges.js
var ranges = __webpack_require__(35116);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./build/src/config/defaults.js
/** Defaults: the seed audit's thresholds (TTFB objective 150 ms, 1,000,000 rows at production scale). */


const DEFAULT_ASSUME_ROWS = 1_000_000;
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

// EXTERNAL MODULE: ./build/src/gate/git-ref.js
var git_ref = __webpack_require__(99145);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
// EXTERNAL MODULE: ./build/src/config/regular-file.js
var regular_file = __webpack_require__(36491);
;// CONCATENATED MODULE: ./build/src/config/yaml-lines.js
/** Finds the line of a key path in a YAML text, so config errors can name file:line (js-yaml gives no map). */
/** 1-based line of `path` (keys; numbers index sequence items), or the nearest parent found, or 1. */
function lineOfPath(text, path) {
    const lines = text.split(/\r?\n/);
    let from = 0;
    let minIndent = -1;
    let found = 1;
    for (const part of path) {
        let hit = -1;
        let seqCount = -1;
        for (let i = from; i < lines.length; i++) {
            const raw = lines[i];
            const trimmed = raw.trimStart();
            if (trimmed === '' || trimmed.startsWith('#'))
                continue;
            const indent = raw.length - trimmed.length;
            // Left the parent block.
            if (indent <= minIndent && i > from)
                break;
            if (typeof part === 'number') {
                if (trimmed.startsWith('- ') || trimmed === '-') {
                    seqCount++;
                    if (seqCount === part) {
                        hit = i;
                        minIndent = indent;
                        break;
                    }
                }
                continue;
            }
            const key = trimmed.replace(/^- /, '');
            if (key.startsWith(`${part}:`) || key.startsWith(`"${part}":`) || key.startsWith(`'${part}':`)) {
                hit = i;
                minIndent = indent;
                break;
            }
            // Flow mappings: `database: { schema: auto }` holds nested keys on the same line.
            if (new RegExp(`[{,]\\s*${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`).test(raw) && i >= from) {
                return i + 1;
            }
        }
        if (hit < 0)
            return found;
        found = hit + 1;
        from = hit + 1;
        if (typeof part === 'number')
            from = hit;
    }
    return found;
}

;// CONCATENATED MODULE: ./build/src/config/file.js
/** Reads and validates .perf-audit.yml. Every mistake is a ConfigError naming the file and line. */







const SEVERITIES = ['critical', 'warning', 'info'];
const FAIL_ON = ['critical', 'warning', 'never'];
const SCHEMA_MODES = ['auto', 'migrations', 'dump', 'sql', 'command'];
const CONFIG_FILE_NAMES = ['.perf-audit.yml', '.perf-audit.yaml'];
class Reader {
    file;
    text;
    constructor(file, text) {
        this.file = file;
        this.text = text;
    }
    fail(path, message) {
        const where = path.length ? `${path.join('.')}: ` : '';
        throw new ConfigError(`${where}${message}`, this.file, lineOfPath(this.text, path));
    }
    object(value, path, keys) {
        if (value === null || typeof value !== 'object' || Array.isArray(value))
            this.fail(path, 'expected a mapping');
        const obj = value;
        for (const key of Object.keys(obj)) {
            if (!keys.includes(key))
                this.fail([...path, key], `unknown key (known: ${keys.join(', ')})`);
        }
        return obj;
    }
    string(value, path) {
        if (typeof value === 'string' && value.trim() !== '')
            return value;
        if (typeof value === 'number')
            return String(value);
        return this.fail(path, 'expected a non-empty string');
    }
    int(value, path, range) {
        if (typeof value !== 'number' || !Number.isInteger(value) || value < range.min || value > range.max) {
            this.fail(path, `expected a whole number ${(0,ranges/* rangeText */.lq)(range)}`);
        }
        return value;
    }
    bool(value, path) {
        if (typeof value !== 'boolean')
            this.fail(path, 'expected true or false');
        return value;
    }
    oneOf(value, path, allowed) {
        if (typeof value !== 'string' || !allowed.includes(value)) {
            this.fail(path, `expected one of ${allowed.join(', ')}`);
        }
        return value;
    }
    strings(value, path) {
        const list = typeof value === 'string' ? [value] : value;
        if (!Array.isArray(list))
            this.fail(path, 'expected a list of strings');
        return list.map((v, i) => this.string(v, [...path, i]));
    }
}
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
    let doc;
    try {
        doc = js_yaml/* default.load */.Ay.load(text, { filename: shown });
    }
    catch (err) {
        const e = err;
        throw new ConfigError(`YAML error: ${e.reason ?? e.message}`, shown, e.mark ? e.mark.line + 1 : undefined);
    }
    if (doc === undefined || doc === null)
        return { ...base, configFile: file };
    const r = new Reader(shown, text);
    const root = r.object(doc, [], [
        'app',
        'database',
        'queries',
        'http',
        'rules',
        'ignore',
        'fail-on',
        'baseline',
        'env-file',
        'target-concurrency',
        'php-ini',
        'fpm-pool',
        'servers',
    ]);
    const config = structuredClone(base);
    config.configFile = file;
    if (root.app !== undefined)
        config.app = (0,external_node_path_.resolve)(config.app, r.string(root.app, ['app']));
    if (root['fail-on'] !== undefined)
        config.failOn = r.oneOf(root['fail-on'], ['fail-on'], FAIL_ON);
    if (root.baseline !== undefined) {
        const b = r.string(root.baseline, ['baseline']);
        config.baseline = b === 'none' ? null : b;
    }
    if (root['env-file'] !== undefined)
        config.envFile = r.string(root['env-file'], ['env-file']);
    if (root['target-concurrency'] !== undefined) {
        config.targetConcurrency = r.int(root['target-concurrency'], ['target-concurrency'], ranges/* RANGES */.$M.concurrency);
    }
    if (root.servers !== undefined)
        config.servers = r.int(root.servers, ['servers'], ranges/* RANGES */.$M.servers);
    if (root['php-ini'] !== undefined)
        config.phpIni = r.strings(root['php-ini'], ['php-ini']);
    if (root['fpm-pool'] !== undefined)
        config.fpmPool = r.strings(root['fpm-pool'], ['fpm-pool']);
    if (root.database !== undefined)
        readDatabase(r, root.database, config);
    if (root.queries !== undefined) {
        if (!Array.isArray(root.queries))
            r.fail(['queries'], 'expected a list of { name, sql }');
        config.queries = root.queries.map((q, i) => {
            const o = r.object(q, ['queries', i], ['name', 'sql']);
            return { name: r.string(o.name, ['queries', i, 'name']), sql: r.string(o.sql, ['queries', i, 'sql']) };
        });
    }
    if (root.http !== undefined)
        readHttp(r, root.http, config);
    if (root.rules !== undefined)
        readRules(r, root.rules, config);
    if (root.ignore !== undefined)
        config.ignore = readIgnores(r, root.ignore);
    return config;
}
function readDatabase(r, value, config) {
    const p = ['database'];
    const o = r.object(value, p, [
        'url',
        'schema',
        'command',
        'command-timeout-ms',
        'dump',
        'sql-dir',
        'assume-rows',
        'tables',
        'app-database',
        'query-timeout-ms',
        'deadline-ms',
    ]);
    const db = config.database;
    if (o.url !== undefined)
        db.url = r.string(o.url, [...p, 'url']);
    if (o.schema !== undefined)
        db.schema = r.oneOf(o.schema, [...p, 'schema'], SCHEMA_MODES);
    if (o.command !== undefined)
        db.command = r.string(o.command, [...p, 'command']);
    if (o.dump !== undefined)
        db.dump = r.string(o.dump, [...p, 'dump']);
    if (o['app-database'] !== undefined)
        db.appDatabase = r.string(o['app-database'], [...p, 'app-database']);
    if (o['sql-dir'] !== undefined)
        db.sqlDir = r.string(o['sql-dir'], [...p, 'sql-dir']);
    if (o['assume-rows'] !== undefined)
        db.assumeRows = r.int(o['assume-rows'], [...p, 'assume-rows'], ranges/* RANGES */.$M.rows);
    if (o['command-timeout-ms'] !== undefined)
        db.commandTimeoutMs = r.int(o['command-timeout-ms'], [...p, 'command-timeout-ms'], ranges/* RANGES */.$M.timeoutMs);
    if (o['query-timeout-ms'] !== undefined)
        db.queryTimeoutMs = r.int(o['query-timeout-ms'], [...p, 'query-timeout-ms'], ranges/* RANGES */.$M.timeoutMs);
    if (o['deadline-ms'] !== undefined)
        db.deadlineMs = r.int(o['deadline-ms'], [...p, 'deadline-ms'], ranges/* RANGES */.$M.timeoutMs);
    if (o.tables !== undefined) {
        if (o.tables === null || typeof o.tables !== 'object' || Array.isArray(o.tables)) {
            r.fail([...p, 'tables'], 'expected a mapping of table name to row count');
        }
        for (const [table, rows] of Object.entries(o.tables)) {
            db.tables[table] = r.int(rows, [...p, 'tables', table], ranges/* RANGES */.$M.rows);
        }
    }
    if (db.schema === 'command' && !db.command)
        r.fail([...p, 'schema'], 'schema: command needs database.command');
    if (db.schema === 'dump' && !db.dump)
        r.fail([...p, 'schema'], 'schema: dump needs database.dump (a .sql file)');
    if (db.schema === 'sql' && !db.sqlDir)
        r.fail([...p, 'schema'], 'schema: sql needs database.sql-dir');
}
function readHttp(r, value, config) {
    const p = ['http'];
    const o = r.object(value, p, [
        'urls',
        'base-url',
        'samples',
        'warmup',
        'timeout-ms',
        'follow-redirects',
        'headers',
        'cookies',
        'ttfb',
        'load',
        'readiness-timeout-ms',
        'deadline-ms',
    ]);
    const h = config.http;
    if (o.urls !== undefined)
        h.urls = r.strings(o.urls, [...p, 'urls']);
    if (o['base-url'] !== undefined)
        h.baseUrl = r.string(o['base-url'], [...p, 'base-url']);
    if (o.samples !== undefined)
        h.samples = r.int(o.samples, [...p, 'samples'], ranges/* RANGES */.$M.samples);
    if (o.warmup !== undefined)
        h.warmup = r.int(o.warmup, [...p, 'warmup'], ranges/* RANGES */.$M.warmup);
    if (o['timeout-ms'] !== undefined)
        h.timeoutMs = r.int(o['timeout-ms'], [...p, 'timeout-ms'], ranges/* RANGES */.$M.timeoutMs);
    if (o['follow-redirects'] !== undefined)
        h.followRedirects = r.bool(o['follow-redirects'], [...p, 'follow-redirects']);
    if (o['readiness-timeout-ms'] !== undefined) {
        h.readiness.timeoutMs = r.int(o['readiness-timeout-ms'], [...p, 'readiness-timeout-ms'], ranges/* RANGES */.$M.waitMs);
    }
    if (o['deadline-ms'] !== undefined)
        h.deadlineMs = r.int(o['deadline-ms'], [...p, 'deadline-ms'], ranges/* RANGES */.$M.timeoutMs);
    if (o.headers !== undefined) {
        const headers = r.object(o.headers, [...p, 'headers'], Object.keys(o.headers ?? {}));
        for (const [k, v] of Object.entries(headers))
            h.headers[k] = r.string(v, [...p, 'headers', k]);
    }
    if (o.cookies !== undefined) {
        const cookies = r.object(o.cookies, [...p, 'cookies'], Object.keys(o.cookies ?? {}));
        h.cookies = {};
        for (const [k, v] of Object.entries(cookies))
            h.cookies[k] = r.string(v, [...p, 'cookies', k]);
    }
    if (o.ttfb !== undefined) {
        const t = r.object(o.ttfb, [...p, 'ttfb'], ['objective-ms', 'fail-ms']);
        if (t['objective-ms'] !== undefined)
            h.ttfb.objectiveMs = r.int(t['objective-ms'], [...p, 'ttfb', 'objective-ms'], ranges/* RANGES */.$M.timeoutMs);
        if (t['fail-ms'] !== undefined)
            h.ttfb.failMs = r.int(t['fail-ms'], [...p, 'ttfb', 'fail-ms'], ranges/* RANGES */.$M.timeoutMs);
        if (h.ttfb.failMs < h.ttfb.objectiveMs)
            r.fail([...p, 'ttfb', 'fail-ms'], 'must be >= objective-ms');
    }
    if (o.load !== undefined && o.load !== null) {
        const l = r.object(o.load, [...p, 'load'], ['users', 'seconds', 'p95-ms', 'max-error-rate']);
        const users = l.users === undefined ? [10, 50, 100] : l.users;
        if (!Array.isArray(users) || users.length === 0 || users.length > ranges/* RANGES */.$M.loadSteps.max)
            r.fail([...p, 'load', 'users'], `expected a list of 1 to ${ranges/* RANGES */.$M.loadSteps.max} user counts`);
        h.load = {
            users: users.map((u, i) => r.int(u, [...p, 'load', 'users', i], ranges/* RANGES */.$M.loadUsers)),
            seconds: l.seconds === undefined ? 5 : r.int(l.seconds, [...p, 'load', 'seconds'], ranges/* RANGES */.$M.loadSeconds),
            p95Ms: l['p95-ms'] === undefined ? 800 : r.int(l['p95-ms'], [...p, 'load', 'p95-ms'], ranges/* RANGES */.$M.timeoutMs),
            maxErrorRate: 0.01,
        };
        if (l['max-error-rate'] !== undefined) {
            const v = l['max-error-rate'];
            if (typeof v !== 'number' || v < 0 || v > 1)
                r.fail([...p, 'load', 'max-error-rate'], 'expected a number from 0 to 1');
            h.load.maxErrorRate = v;
        }
    }
}
function readRules(r, value, config) {
    const o = r.object(value, ['rules'], Object.keys(value ?? {}));
    for (const [id, setting] of Object.entries(o)) {
        const path = ['rules', id];
        if (!/^PA\d{3}$/.test(id))
            r.fail(path, 'rule ids look like PA101');
        const rule = {};
        if (setting === 'off' || setting === false)
            rule.off = true;
        else if (typeof setting === 'string')
            rule.severity = r.oneOf(setting, path, SEVERITIES);
        else {
            const s = r.object(setting, path, Object.keys(setting ?? {}));
            for (const [key, v] of Object.entries(s)) {
                if (key === 'severity') {
                    if (v === 'off')
                        rule.off = true;
                    else
                        rule.severity = r.oneOf(v, [...path, 'severity'], SEVERITIES);
                }
                else if (key === 'off')
                    rule.off = r.bool(v, [...path, 'off']);
                else if (key === 'options') {
                    // `PA109: { options: { max-queries: 50 } }` and `PA109: { max-queries: 50 }` mean the same.
                    Object.assign((rule.options ??= {}), r.object(v, [...path, 'options'], Object.keys(v ?? {})));
                }
                else
                    (rule.options ??= {})[key] = v;
            }
        }
        config.rules[id] = rule;
    }
}
function readIgnores(r, value) {
    if (!Array.isArray(value))
        r.fail(['ignore'], 'expected a list of { rule, path?, table?, columns?, reason }');
    return value.map((item, i) => {
        const p = ['ignore', i];
        const o = r.object(item, p, ['rule', 'path', 'table', 'columns', 'reason']);
        if (o.reason === undefined)
            r.fail(p, 'every ignore needs a reason');
        const entry = {
            rule: r.string(o.rule, [...p, 'rule']).toUpperCase(),
            reason: r.string(o.reason, [...p, 'reason']),
        };
        if (o.path !== undefined)
            entry.path = r.string(o.path, [...p, 'path']);
        if (o.table !== undefined)
            entry.table = r.string(o.table, [...p, 'table']);
        if (o.columns !== undefined)
            entry.columns = r.strings(o.columns, [...p, 'columns']);
        return entry;
    });
}

;// CONCATENATED MODULE: ./build/src/config/resolve.js
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
    if (overrides.urls && overrides.urls.length)
        config.http.urls = overrides.urls;
    if (overrides.baseUrl)
        config.http.baseUrl = overrides.baseUrl;
    if (overrides.samples !== undefined)
        config.http.samples = overrides.samples;
    if (overrides.assumeRows !== undefined)
        config.database.assumeRows = overrides.assumeRows;
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

;// CONCATENATED MODULE: ./build/src/report/log-line.js
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

;// CONCATENATED MODULE: ./build/src/report/redact.js
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

// EXTERNAL MODULE: ./build/src/version.js
var version = __webpack_require__(28009);
;// CONCATENATED MODULE: ./build/src/cli.js
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
  --url URL              a URL to time (repeatable); relative URLs need http.base-url or --base-url
  --base-url URL         base for relative URLs
  --samples N            TTFB samples per URL (default 20)
  --assume-rows N        rows per table at production scale (default 1000000)
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
                url: { type: 'string', multiple: true },
                'base-url': { type: 'string' },
                samples: { type: 'string' },
                'assume-rows': { type: 'string' },
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
    if (values.url)
        o.urls = values.url;
    if (values['base-url'] !== undefined)
        o.baseUrl = values['base-url'];
    if (values.samples !== undefined)
        o.samples = parsePositiveInt('--samples', values.samples, ranges/* RANGES */.$M.samples);
    if (values['assume-rows'] !== undefined)
        o.assumeRows = parsePositiveInt('--assume-rows', values['assume-rows'], ranges/* RANGES */.$M.rows);
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
async function formatReport(report, format) {
    switch (format) {
        case 'json':
            return (await __webpack_require__.e(/* import() */ 912).then(__webpack_require__.bind(__webpack_require__, 47912))).renderJson(report);
        case 'sarif': {
            const [{ toSarif }, { RULES }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(811), __webpack_require__.e(683)]).then(__webpack_require__.bind(__webpack_require__, 13683)),
                Promise.all(/* import() */[__webpack_require__.e(519), __webpack_require__.e(724)]).then(__webpack_require__.bind(__webpack_require__, 19724)),
            ]);
            return `${JSON.stringify(toSarif(report, RULES), null, 2)}\n`;
        }
        case 'markdown':
            return (await __webpack_require__.e(/* import() */ 75).then(__webpack_require__.bind(__webpack_require__, 70075))).renderMarkdown(report);
        default:
            return (await __webpack_require__.e(/* import() */ 913).then(__webpack_require__.bind(__webpack_require__, 74913))).renderTable(report);
    }
}
/** Writes the report where --output says (else standard output). */
async function writeReport(report, options, secrets) {
    const text = redactSecrets(await formatReport(report, options.format), secrets);
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
        return (await __webpack_require__.e(/* import() */ 946).then(__webpack_require__.bind(__webpack_require__, 56946))).cleanupCommand(argv.slice(1), env);
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
        const { redactDbUrl } = await Promise.all(/* import() */[__webpack_require__.e(588), __webpack_require__.e(79)]).then(__webpack_require__.bind(__webpack_require__, 34079));
        target = ` with MariaDB at ${redactDbUrl(config.database.url)}`;
    }
    err(`perf-audit ${version/* VERSION */.x}: auditing ${config.app}${target}`);
    const [{ runAudit }, { PhaseLog }, { handleInterrupts, unlessInterrupted }, { runCleanups }, { incompleteReport },] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(519), __webpack_require__.e(588), __webpack_require__.e(341), __webpack_require__.e(6), __webpack_require__.e(79), __webpack_require__.e(724), __webpack_require__.e(39)]).then(__webpack_require__.bind(__webpack_require__, 27039)),
        __webpack_require__.e(/* import() */ 21).then(__webpack_require__.bind(__webpack_require__, 43021)),
        __webpack_require__.e(/* import() */ 167).then(__webpack_require__.bind(__webpack_require__, 15167)),
        __webpack_require__.e(/* import() */ 230).then(__webpack_require__.bind(__webpack_require__, 37230)),
        __webpack_require__.e(/* import() */ 843).then(__webpack_require__.bind(__webpack_require__, 83843)),
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
        }), opts, secrets);
    }, () => phases.current);
    let report;
    try {
        report = await runAudit(config, { log: (line) => err(`  ${line}`), phases });
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
        }), options, secrets).catch((w) => err(`perf-audit: could not write the report: ${w instanceof Error ? w.message : String(w)}`));
        return EXIT.failed;
    }
    await unlessInterrupted();
    stopHandling();
    await writeReport(report, options, secrets);
    const s = report.summary;
    err(`perf-audit: ${s.blocked ? 'BLOCKED' : 'passed'}: ${s.critical} critical, ${s.warning} warnings, ${s.info} info` +
        ` (fail-on ${config.failOn}, ${s.verdicts === 'planner' ? "verdicts confirmed by MariaDB's planner" : 'static verdicts only'})`);
    return s.blocked ? EXIT.blocked : EXIT.passed;
}


/***/ }),

/***/ 35116:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

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

/***/ 36491:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ readRegularFile),
/* harmony export */   c: () => (/* binding */ readRegularFileSync)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
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

/***/ 99145:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

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

/***/ 28009:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept equal to package.json's version (a test checks it). */
const VERSION = '0.1.0';


/***/ })

};
