export const id = 744;
export const ids = [744];
export const modules = {

/***/ 15744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cleanupCommand: () => (/* binding */ cleanupCommand)
/* harmony export */ });
/* harmony import */ var _db_subcommand_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99306);
/** `perf-audit cleanup --db URL [--dry-run]`: what a killed run left on a server, removed (leftovers.ts). */

async function cleanupCommand(argv, env) {
    const err = (line) => process.stderr.write(`${line}\n`);
    const args = await (0,_db_subcommand_js__WEBPACK_IMPORTED_MODULE_0__/* .dbSubcommandArgs */ .Z)('cleanup', argv, env, { db: { type: 'string' }, 'dry-run': { type: 'boolean' } }, 'mysql://user:pass@host:port');
    if (typeof args === 'number')
        return args;
    const { url, parsed, values } = args;
    const [{ redactDbUrl }, { cleanupLeftovers }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(588), __webpack_require__.e(713)]).then(__webpack_require__.bind(__webpack_require__, 72713)),
        Promise.all(/* import() */[__webpack_require__.e(588), __webpack_require__.e(681), __webpack_require__.e(713), __webpack_require__.e(768)]).then(__webpack_require__.bind(__webpack_require__, 768)),
    ]);
    const dry = values['dry-run'] === true;
    try {
        const r = await cleanupLeftovers(parsed, dry);
        const verb = dry ? 'would remove' : 'removed';
        const list = (xs) => (xs.length ? xs.join(', ') : 'none');
        process.stdout.write([
            `perf-audit cleanup on ${redactDbUrl(url)}:`,
            `  databases ${verb}: ${list(r.databases)}`,
            `  statistics rows ${verb} (databases already gone): ${r.statisticsRows}`,
            `  accounts ${verb}: ${list(r.accounts)}`,
            `  general_log ${dry ? 'would be restored to' : 'restored to'}: ${r.generalLog ?? 'nothing saved'}`,
            `  left alone (run still alive): ${list(r.alive)}`,
            ...r.errors.map((e) => `  could not: ${e}`),
            '',
        ].join('\n'));
        return r.errors.length ? 3 : 0;
    }
    catch (e) {
        err(`perf-audit cleanup: ${e instanceof Error ? e.message : String(e)}`);
        return 3;
    }
}


/***/ }),

/***/ 99306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ dbSubcommandArgs)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The start every `perf-audit <subcommand> --db URL` shares: strict flags, the URL from --db or
 * PERF_AUDIT_DB_URL, and usage errors (exit 2) worded the same way for each subcommand.
 */

/** The parsed flags and URL, or the exit code after the usage error was printed. */
async function dbSubcommandArgs(name, argv, env, options, urlHint) {
    const err = (line) => process.stderr.write(`perf-audit ${name}: ${line}\n`);
    let values;
    try {
        ({ values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, strict: true, allowPositionals: false, options }));
    }
    catch (e) {
        err(e instanceof Error ? e.message : String(e));
        return 2;
    }
    const url = values.db ?? env['PERF_AUDIT_DB_URL'];
    if (!url || url === 'none') {
        err(`--db URL is required (${urlHint})`);
        return 2;
    }
    const { parseDbUrl } = await Promise.all(/* import() */[__webpack_require__.e(588), __webpack_require__.e(713)]).then(__webpack_require__.bind(__webpack_require__, 72713));
    try {
        return { values, url, parsed: parseDbUrl(url) };
    }
    catch (e) {
        err(e instanceof Error ? e.message : String(e));
        return 2;
    }
}


/***/ })

};

//# sourceMappingURL=744.index.js.map