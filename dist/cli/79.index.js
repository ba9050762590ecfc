export const id = 79;
export const ids = [79];
export const modules = {

/***/ 34079:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bd: () => (/* binding */ parseDbUrl),
/* harmony export */   KI: () => (/* binding */ createScratchDatabase),
/* harmony export */   Ng: () => (/* binding */ connect),
/* harmony export */   _8: () => (/* binding */ waitForServer),
/* harmony export */   redactDbUrl: () => (/* binding */ redactDbUrl)
/* harmony export */ });
/* unused harmony export SCRATCH_PREFIX */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var mysql2_promise__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27588);
/** Connects to MariaDB and owns the scratch database: created by us, always dropped by us, nothing else touched. */


/** Parses mysql://user:pass@host:port[/db] (mariadb:// too). Throws with a message that hides the password. */
function parseDbUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new Error('database URL is not a URL; expected mysql://user:pass@host:port[/db]');
    }
    if (parsed.protocol !== 'mysql:' && parsed.protocol !== 'mariadb:') {
        throw new Error(`database URL must start with mysql:// or mariadb:// (got ${parsed.protocol}//)`);
    }
    const db = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    return {
        host: parsed.hostname || '127.0.0.1',
        port: parsed.port ? Number(parsed.port) : 3306,
        user: decodeURIComponent(parsed.username || 'root'),
        password: decodeURIComponent(parsed.password || ''),
        database: db || null,
    };
}
/** The URL with its password replaced, for logs and reports. */
function redactDbUrl(url) {
    try {
        const u = new URL(url);
        if (u.password)
            u.password = '***';
        return u.toString();
    }
    catch {
        return '(unparseable database URL)';
    }
}
async function connect(url, database) {
    return mysql2_promise__WEBPACK_IMPORTED_MODULE_1__.createConnection({
        host: url.host,
        port: url.port,
        user: url.user,
        password: url.password,
        database: database ?? url.database ?? undefined,
        multipleStatements: true,
        connectTimeout: 5000,
        dateStrings: true,
        supportBigNumbers: true,
        bigNumberStrings: false,
    });
}
/** Errors that a server still starting gives; anything else (access denied…) is final. */
function isTransient(err) {
    const code = err.code ?? '';
    return ([
        'ECONNREFUSED',
        'ECONNRESET',
        'ETIMEDOUT',
        'EHOSTUNREACH',
        'EAI_AGAIN',
        'PROTOCOL_CONNECTION_LOST',
        'ER_CON_COUNT_ERROR',
        'ER_SERVER_SHUTDOWN',
    ].includes(code) || code === '');
}
/** Waits for the server to answer (CI services start slowly); resolves the server version. */
async function waitForServer(url, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    let delay = 200;
    let lastError;
    for (;;) {
        try {
            const conn = await connect(url);
            try {
                const [rows] = await conn.query('SELECT VERSION() AS v');
                return String(rows[0].v);
            }
            finally {
                await conn.end();
            }
        }
        catch (err) {
            lastError = err;
            // A wrong password or unknown database will not fix itself: say so at once.
            if (!isTransient(err))
                break;
            if (Date.now() + delay > deadline)
                break;
            await new Promise((r) => setTimeout(r, delay));
            delay = Math.min(delay * 2, 2000);
        }
    }
    const msg = lastError instanceof Error ? lastError.message : String(lastError);
    const transient = isTransient(lastError);
    throw new Error(transient
        ? `MariaDB at ${url.host}:${url.port} did not answer within ${timeoutMs} ms: ${msg}`
        : `MariaDB at ${url.host}:${url.port} refused the connection: ${msg}`);
}
const SCRATCH_PREFIX = 'perf_audit_';
async function createScratchDatabase(url) {
    const name = `${SCRATCH_PREFIX}${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`;
    const admin = await connect(url);
    try {
        await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    }
    finally {
        await admin.end();
    }
    const conn = await connect(url, name);
    let dropped = false;
    return {
        name,
        url,
        conn,
        async drop() {
            if (dropped)
                return;
            dropped = true;
            await conn.end().catch(() => undefined);
            const c = await connect(url);
            try {
                // Only ever drops the name it generated above.
                await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
            }
            finally {
                await c.end();
            }
        },
    };
}


/***/ })

};
