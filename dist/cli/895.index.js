export const id = 895;
export const ids = [895];
export const modules = {

/***/ 97895:
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

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
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
    int(value, path, min) {
        if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
            this.fail(path, `expected a whole number >= ${min}`);
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
    const text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    const shown = (0,external_node_path_.relative)(process.cwd(), file) || file;
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
        config.targetConcurrency = r.int(root['target-concurrency'], ['target-concurrency'], 1);
    }
    if (root.servers !== undefined)
        config.servers = r.int(root.servers, ['servers'], 1);
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
        'dump',
        'sql-dir',
        'assume-rows',
        'tables',
        'app-database',
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
        db.assumeRows = r.int(o['assume-rows'], [...p, 'assume-rows'], 1);
    if (o.tables !== undefined) {
        if (o.tables === null || typeof o.tables !== 'object' || Array.isArray(o.tables)) {
            r.fail([...p, 'tables'], 'expected a mapping of table name to row count');
        }
        for (const [table, rows] of Object.entries(o.tables)) {
            db.tables[table] = r.int(rows, [...p, 'tables', table], 1);
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
    ]);
    const h = config.http;
    if (o.urls !== undefined)
        h.urls = r.strings(o.urls, [...p, 'urls']);
    if (o['base-url'] !== undefined)
        h.baseUrl = r.string(o['base-url'], [...p, 'base-url']);
    if (o.samples !== undefined)
        h.samples = r.int(o.samples, [...p, 'samples'], 1);
    if (o.warmup !== undefined)
        h.warmup = r.int(o.warmup, [...p, 'warmup'], 0);
    if (o['timeout-ms'] !== undefined)
        h.timeoutMs = r.int(o['timeout-ms'], [...p, 'timeout-ms'], 1);
    if (o['follow-redirects'] !== undefined)
        h.followRedirects = r.bool(o['follow-redirects'], [...p, 'follow-redirects']);
    if (o['readiness-timeout-ms'] !== undefined) {
        h.readiness.timeoutMs = r.int(o['readiness-timeout-ms'], [...p, 'readiness-timeout-ms'], 0);
    }
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
            h.ttfb.objectiveMs = r.int(t['objective-ms'], [...p, 'ttfb', 'objective-ms'], 1);
        if (t['fail-ms'] !== undefined)
            h.ttfb.failMs = r.int(t['fail-ms'], [...p, 'ttfb', 'fail-ms'], 1);
        if (h.ttfb.failMs < h.ttfb.objectiveMs)
            r.fail([...p, 'ttfb', 'fail-ms'], 'must be >= objective-ms');
    }
    if (o.load !== undefined && o.load !== null) {
        const l = r.object(o.load, [...p, 'load'], ['users', 'seconds', 'p95-ms', 'max-error-rate']);
        const users = l.users === undefined ? [10, 50, 100] : l.users;
        if (!Array.isArray(users) || users.length === 0)
            r.fail([...p, 'load', 'users'], 'expected a list of user counts');
        h.load = {
            users: users.map((u, i) => r.int(u, [...p, 'load', 'users', i], 1)),
            seconds: l.seconds === undefined ? 5 : r.int(l.seconds, [...p, 'load', 'seconds'], 1),
            p95Ms: l['p95-ms'] === undefined ? 800 : r.int(l['p95-ms'], [...p, 'load', 'p95-ms'], 1),
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
    for (const url of config.http.urls) {
        if (!/^https?:\/\//.test(url) && !config.http.baseUrl) {
            throw new ConfigError(`URL "${url}" is relative: give http.base-url in the config file or an absolute URL`);
        }
    }
    return config;
}
function parsePositiveInt(name, value, min = 1) {
    if (!/^\d+$/.test(value.trim()) || Number(value) < min) {
        throw new ConfigError(`${name} must be a whole number >= ${min} (got "${value}")`);
    }
    return Number(value);
}
function parseFailOn(name, value) {
    if (value === 'critical' || value === 'warning' || value === 'never')
        return value;
    throw new ConfigError(`${name} must be critical, warning or never (got "${value}")`);
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
  --env-file FILE        env file that wins over .env (e.g. .env.production)
  --format FORMAT        table | markdown | json | sarif (default table)
  --output FILE          write the report there instead of standard output
  --fail-on LEVEL        critical | warning | never (default critical)
  -h, --help             this help
  -v, --version          the version

Exit status: 0 passed, 1 blocked by findings at or above --fail-on, 2 bad usage or
configuration, 3 the audit itself could not run.`;
class UsageError extends Error {
}
function parseCli(argv) {
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
                'env-file': { type: 'string' },
                format: { type: 'string' },
                output: { type: 'string' },
                'fail-on': { type: 'string' },
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
        o.dbWaitMs = parsePositiveInt('--db-wait-ms', values['db-wait-ms'], 0);
    if (values.url)
        o.urls = values.url;
    if (values['base-url'] !== undefined)
        o.baseUrl = values['base-url'];
    if (values.samples !== undefined)
        o.samples = parsePositiveInt('--samples', values.samples);
    if (values['assume-rows'] !== undefined)
        o.assumeRows = parsePositiveInt('--assume-rows', values['assume-rows']);
    if (values.baseline !== undefined)
        o.baseline = values.baseline === 'none' ? null : values.baseline;
    if (values['env-file'] !== undefined)
        o.envFile = values['env-file'];
    if (values['fail-on'] !== undefined)
        o.failOn = parseFailOn('--fail-on', values['fail-on']);
    return { overrides: o, format, output: values.output ?? null };
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
async function main(argv, env = process.env) {
    const err = (line) => process.stderr.write(`${line}\n`);
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
    const { AuditError, runAudit } = await Promise.all(/* import() */[__webpack_require__.e(519), __webpack_require__.e(588), __webpack_require__.e(341), __webpack_require__.e(6), __webpack_require__.e(724), __webpack_require__.e(73)]).then(__webpack_require__.bind(__webpack_require__, 39073));
    let report;
    try {
        report = await runAudit(config, { log: (line) => err(`  ${line}`) });
    }
    catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        err(`perf-audit: the audit could not run: ${message}`);
        if (!(e instanceof AuditError) && e instanceof Error && e.stack)
            err(e.stack);
        return EXIT.failed;
    }
    const text = await formatReport(report, options.format);
    if (options.output) {
        (0,external_node_fs_.writeFileSync)(options.output, text);
        err(`perf-audit: report written to ${options.output}`);
    }
    else {
        process.stdout.write(text);
    }
    const s = report.summary;
    err(`perf-audit: ${s.blocked ? 'BLOCKED' : 'passed'}: ${s.critical} critical, ${s.warning} warnings, ${s.info} info` +
        ` (fail-on ${config.failOn}, ${s.verdicts === 'planner' ? "verdicts confirmed by MariaDB's planner" : 'static verdicts only'})`);
    return s.blocked ? EXIT.blocked : EXIT.passed;
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
