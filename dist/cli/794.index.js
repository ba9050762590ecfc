export const id = 794;
export const ids = [794];
export const modules = {

/***/ 32794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ReportFileError: () => (/* binding */ ReportFileError),
/* harmony export */   parseReport: () => (/* binding */ parseReport),
/* harmony export */   renderJson: () => (/* binding */ renderJson)
/* harmony export */ });
/** The AuditReport as JSON (DESIGN.md contract, version 1), and reading one back (comment-only mode). */
function renderJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
/** A saved report that cannot be used; the message names the file. */
class ReportFileError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ReportFileError';
    }
}
const SEVERITIES = new Set(['critical', 'warning', 'info']);
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function str(value) {
    return value === null || value === undefined ? null : String(value);
}
function num(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
function arr(value) {
    return Array.isArray(value) ? value : [];
}
function normalizeFinding(raw, where) {
    if (!isObject(raw))
        throw new ReportFileError(`${where}: a finding is not an object`);
    const severity = String(raw['severity']);
    if (!SEVERITIES.has(severity))
        throw new ReportFileError(`${where}: finding severity "${severity}" is not critical, warning or info`);
    const fix = isObject(raw['fix']) ? raw['fix'] : {};
    const silenced = isObject(raw['silenced'])
        ? { reason: String(raw['silenced']['reason'] ?? ''), by: String(raw['silenced']['by'] ?? '') }
        : undefined;
    return {
        rule: String(raw['rule'] ?? '?'),
        severity: severity,
        title: String(raw['title'] ?? ''),
        message: String(raw['message'] ?? ''),
        file: str(raw['file']),
        line: num(raw['line']),
        locations: arr(raw['locations'])
            .filter(isObject)
            .map((l) => ({ file: String(l['file'] ?? ''), line: num(l['line']) ?? 0 })),
        table: str(raw['table']),
        columns: arr(raw['columns']).map(String),
        query: str(raw['query']),
        evidence: isObject(raw['evidence']) ? raw['evidence'] : {},
        fix: { sql: str(fix['sql']), migration: str(fix['migration']), text: str(fix['text']) },
        fingerprint: String(raw['fingerprint'] ?? ''),
        status: raw['status'] === 'existing' ? 'existing' : 'new',
        ...(silenced ? { silenced } : {}),
        docs: String(raw['docs'] ?? ''),
    };
}
/**
 * Reads a saved report. The file may come from an untrusted fork's artifact: its shape is checked and every
 * field is coerced to the type the renderers expect (they escape all text anyway).
 */
function parseReport(text, source = 'report') {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (err) {
        throw new ReportFileError(`${source}: not valid JSON (${err.message})`);
    }
    if (!isObject(raw))
        throw new ReportFileError(`${source}: not a perf-audit report (expected an object)`);
    if (raw['version'] !== 1)
        throw new ReportFileError(`${source}: unsupported report version ${String(raw['version'])} (expected 1)`);
    const summary = isObject(raw['summary']) ? raw['summary'] : null;
    if (!summary)
        throw new ReportFileError(`${source}: the report has no summary`);
    const findings = arr(raw['findings']).map((f, i) => normalizeFinding(f, `${source}: findings[${i}]`));
    const fixed = arr(raw['fixed']).map((f, i) => normalizeFinding(f, `${source}: fixed[${i}]`));
    const tool = isObject(raw['tool']) ? raw['tool'] : {};
    return {
        version: 1,
        tool: { name: 'perf-audit', version: String(tool['version'] ?? '?') },
        app: String(raw['app'] ?? ''),
        generatedAt: String(raw['generatedAt'] ?? ''),
        summary: {
            critical: num(summary['critical']) ?? 0,
            warning: num(summary['warning']) ?? 0,
            info: num(summary['info']) ?? 0,
            blocked: summary['blocked'] === true || isObject(raw['incomplete']),
            silenced: num(summary['silenced']) ?? 0,
            failOn: String(summary['failOn'] ?? 'critical'),
            verdicts: summary['verdicts'] === 'planner' ? 'planner' : 'static',
        },
        findings,
        fixed,
        explains: arr(raw['explains'])
            .filter(isObject)
            .map((e) => ({
            name: String(e['name'] ?? ''),
            sql: String(e['sql'] ?? ''),
            ...(typeof e['code'] === 'string' ? { code: e['code'] } : {}),
            table: String(e['table'] ?? ''),
            access: String(e['access'] ?? ''),
            key: str(e['key']),
            rows: num(e['rows']) ?? 0,
            filesort: e['filesort'] === true,
            temporary: e['temporary'] === true,
            verdict: (['ok', 'full scan', 'filesort', 'full scan + filesort', 'temporary', 'error'].includes(String(e['verdict']))
                ? e['verdict']
                : 'error'),
            ...(isObject(e['location'])
                ? { location: { file: String(e['location']['file'] ?? ''), line: num(e['location']['line']) ?? 0 } }
                : {}),
            ...(e['error'] !== undefined ? { error: String(e['error']) } : {}),
        })),
        http: arr(raw['http'])
            .filter(isObject)
            .map((h) => ({
            url: String(h['url'] ?? ''),
            samples: num(h['samples']) ?? 0,
            ok: h['ok'] === true,
            status: num(h['status']),
            error: str(h['error']),
            dnsMs: num(h['dnsMs']),
            connectMs: num(h['connectMs']),
            tlsMs: num(h['tlsMs']),
            ttfbP50Ms: num(h['ttfbP50Ms']),
            ttfbP95Ms: num(h['ttfbP95Ms']),
            ttfbMaxMs: num(h['ttfbMaxMs']),
            totalP50Ms: num(h['totalP50Ms']),
            totalP95Ms: num(h['totalP95Ms']),
        })),
        load: arr(raw['load'])
            .filter(isObject)
            .map((l) => ({
            url: String(l['url'] ?? ''),
            users: num(l['users']) ?? 0,
            seconds: num(l['seconds']) ?? 0,
            requests: num(l['requests']) ?? 0,
            rps: num(l['rps']) ?? 0,
            p50Ms: num(l['p50Ms']) ?? 0,
            p95Ms: num(l['p95Ms']) ?? 0,
            errorRate: num(l['errorRate']) ?? 0,
            verdict: (['manageable', 'may degrade', 'degradation likely'].includes(String(l['verdict']))
                ? l['verdict']
                : 'may degrade'),
        })),
        // The schema is not shown in comments; a saved report's schema is not needed to post one.
        schema: null,
        ...(isObject(raw['certainty']) ? { certainty: normalizeCertainty(raw['certainty']) } : {}),
        ...(isObject(raw['statistics']) ? { statistics: normalizeStatistics(raw['statistics']) } : {}),
        settings: arr(raw['settings'])
            .filter(isObject)
            .map((s) => ({
            key: String(s['key'] ?? ''),
            value: str(s['value']),
            source: String(s['source'] ?? ''),
            file: str(s['file']),
            line: num(s['line']),
        })),
        phases: arr(raw['phases'])
            .filter(isObject)
            .map((p) => ({
            name: String(p['name'] ?? ''),
            status: (['ran', 'skipped', 'failed'].includes(String(p['status'])) ? p['status'] : 'failed'),
            ms: num(p['ms']) ?? 0,
            note: String(p['note'] ?? ''),
        })),
        ...(isObject(raw['context']) ? { context: normalizeContext(raw['context']) } : {}),
        // A run that stopped before its verdict stays blocked and keeps its reason when posted later.
        ...(isObject(raw['incomplete']) ? { incomplete: normalizeIncomplete(raw['incomplete']) } : {}),
    };
}
function normalizeIncomplete(raw) {
    return {
        reason: String(raw['reason'] ?? 'the audit did not finish'),
        exitCode: num(raw['exitCode']) ?? 3,
        signal: str(raw['signal']),
        cleanup: arr(raw['cleanup'])
            .filter(isObject)
            .map((c) => ({
            label: String(c['label'] ?? ''),
            ok: c['ok'] === true,
            ...(c['error'] !== undefined ? { error: String(c['error']) } : {}),
        })),
    };
}
function normalizeConstruct(raw) {
    const c = isObject(raw) ? raw : {};
    return {
        construct: String(c['construct'] ?? ''),
        file: String(c['file'] ?? ''),
        line: num(c['line']) ?? 0,
        message: String(c['message'] ?? ''),
    };
}
function normalizeCertainty(raw) {
    const tables = num(raw['tables']) ?? 0;
    const uncertain = num(raw['uncertain']) ?? 0;
    return {
        tables,
        uncertain,
        uncertainTables: arr(raw['uncertainTables'])
            .filter(isObject)
            .map((t) => ({
            name: String(t['name'] ?? ''),
            inSchema: t['inSchema'] === true,
            columns: arr(t['columns']).map(String),
            constructs: arr(t['constructs']).map(normalizeConstruct),
        })),
        unknownTouches: arr(raw['unknownTouches']).map(normalizeConstruct),
        low: raw['low'] === true,
    };
}
function normalizeContext(raw) {
    return {
        repository: str(raw['repository']),
        pullRequest: num(raw['pullRequest']),
        sha: str(raw['sha']),
        event: str(raw['event']),
        ...(typeof raw['appDir'] === 'string' ? { appDir: raw['appDir'] } : {}),
    };
}
/** The statistics section of a saved report: a file name, measured rows (numbers only) and problems. */
function normalizeStatistics(raw) {
    const measured = {};
    if (isObject(raw['measured']))
        for (const [t, n] of Object.entries(raw['measured']))
            if (typeof n === 'number' && Number.isFinite(n))
                measured[t] = n;
    return {
        file: String(raw['file'] ?? ''),
        measured,
        problems: arr(raw['problems']).map(String),
    };
}


/***/ })

};

//# sourceMappingURL=794.index.js.map