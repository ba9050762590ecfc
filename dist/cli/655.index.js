export const id = 655;
export const ids = [655];
export const modules = {

/***/ 81001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ SEVERITY_ORDER),
/* harmony export */   E: () => (/* binding */ compareFindings)
/* harmony export */ });
/** The finding model shared by every rule, report and gate. */
const SEVERITY_ORDER = { critical: 3, warning: 2, info: 1 };
function compareFindings(a, b) {
    return (SEVERITY_ORDER[b.severity] - SEVERITY_ORDER[a.severity] ||
        a.rule.localeCompare(b.rule) ||
        (a.file ?? '').localeCompare(b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0));
}


/***/ }),

/***/ 14031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RZ: () => (/* binding */ mdLines),
/* harmony export */   YF: () => (/* binding */ mdLink),
/* harmony export */   bC: () => (/* binding */ mdText),
/* harmony export */   js: () => (/* binding */ htmlText),
/* harmony export */   pj: () => (/* binding */ plain),
/* harmony export */   w6: () => (/* binding */ mdCodeBlock),
/* harmony export */   xs: () => (/* binding */ mdCode),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony export linkTarget */
/**
 * Escaping for text that comes from the audited repository (file names, column names, SQL, messages).
 * Everything rendered into a PR comment or job summary goes through one of these, so repository text
 * cannot mention people or teams, inject HTML, break a table, or break out of a code span or block.
 */
/** Zero-width joiner: placed after `@` it stops GitHub from turning `@org/team` into a mention. */
const ZWJ = '\u200d';
/** Control characters (except tab/newline) that could confuse renderers or terminals. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;
/** Cuts text to `max` characters (before escaping, so no escape sequence is ever split). */
function truncate(text, max) {
    const chars = Array.from(text);
    return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}
function clean(value) {
    return String(value ?? '').replace(CONTROL, '');
}
/** One line of text: newlines become spaces. */
function oneLine(text) {
    return text.replace(/\r\n?|\n/g, ' ');
}
function defuseMentions(text) {
    return text.replace(/@/g, `@${ZWJ}`);
}
/**
 * Inline markdown text (paragraphs and table cells): HTML special characters become entities, markdown
 * punctuation is backslash-escaped, `@` gets a zero-width joiner, newlines become spaces.
 */
function mdText(value, max = 2000) {
    const text = oneLine(truncate(clean(value), max));
    const escaped = text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        // `#123` and `org/repo#123` are issue references; an escaped `\#` no longer autolinks.
        .replace(/([\\`*_[\]{}()#+\-!|~])/g, '\\$1');
    return defuseMentions(escaped);
}
/** Like mdText, but keeps line breaks as `<br>` (multi-line fixes such as two .env lines). */
function mdLines(value, max = 2000) {
    return truncate(clean(value), max)
        .split(/\r?\n/)
        .filter((line) => line.trim() !== '')
        .map((line) => mdText(line, max))
        .join('<br>');
}
/**
 * An inline code span. The fence is one backtick longer than the longest run inside, so the content cannot
 * close it early; in a table cell `|` must still be escaped (GFM splits cells before parsing code spans).
 */
function mdCode(value, opts = {}) {
    let text = oneLine(truncate(clean(value), opts.max ?? 2000));
    if (text.trim() === '')
        return '` `';
    // A backslash already before a pipe would swallow the escape; a zero-width space keeps them apart.
    if (opts.inTable)
        text = text.replace(/\\(?=\|)/g, '\\\u200b').replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    // A space on each side keeps a leading or trailing backtick from merging with the fence.
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
/** A fenced code block whose fence is longer than any backtick run inside the content. */
function mdCodeBlock(value, lang = '', max = 20000) {
    const text = truncate(clean(value), max).replace(/\r\n?/g, '\n');
    const longest = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${lang}\n${text}\n${fence}`;
}
/** Text inside raw HTML (e.g. `<summary>`): entities only, no markdown, mentions defused. */
function htmlText(value, max = 500) {
    const text = oneLine(truncate(clean(value), max))
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;');
    return defuseMentions(text);
}
/** A markdown link whose target is built by perf-audit (docs URLs): the label is escaped like text. */
function mdLink(label, url) {
    return `[${mdText(label)}](${linkTarget(url)})`;
}
/** A link target built by perf-audit, encoded so it cannot end the link early. */
function linkTarget(url) {
    return encodeURI(clean(url)).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'));
}
/** Plain terminal text: control characters removed, one line. */
function plain(value, max = 2000) {
    return oneLine(truncate(clean(value), max));
}


/***/ }),

/***/ 61646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ sizesText),
/* harmony export */   y: () => (/* binding */ rowsUsedText)
/* harmony export */ });
/** perf-audit's own sentences about the table sizes a run used (the file name and table names are escaped by the caller). */
/** "Sizes measured for 3 tables (from .perf-audit-stats.json)", or why the file was not used; null without a file. */
function sizesText(report) {
    const s = report.statistics;
    if (!s)
        return null;
    const n = Object.keys(s.measured).length;
    const head = n
        ? `Sizes measured for ${n} table${n === 1 ? '' : 's'} (from ${s.file})`
        : `No measured size used from ${s.file}`;
    return s.problems.length ? `${head}; ${s.problems.join('; ')}` : head;
}
const SOURCE_TEXT = { measured: 'measured', config: 'from database.tables', assumed: 'assumed' };
/** "Rows used for roles: 6 (measured)", from evidence.tableSize; null when the finding has none. */
function rowsUsedText(finding) {
    const size = finding.evidence?.tableSize;
    if (!size || typeof size.rows !== 'number' || !finding.table)
        return null;
    const source = SOURCE_TEXT[size.source] ?? 'assumed';
    return `Rows used for ${finding.table}: ${size.rows.toLocaleString('en-US')} (${source})`;
}


/***/ }),

/***/ 65655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   alignTable: () => (/* binding */ alignTable),
/* harmony export */   renderTable: () => (/* binding */ renderTable)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14031);
/* harmony import */ var _view_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64153);
/* harmony import */ var _certainty_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28295);
/* harmony import */ var _sizes_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61646);
/** The terminal rendering (`--format table`): the same sections as the markdown, as aligned plain text. */




const MARK = {
    ok: 'OK',
    info: 'INFO',
    warning: 'WARN',
    critical: 'FAIL',
    unchecked: '--',
};
/** Columns padded to the widest cell; long cells are cut so a row stays readable. */
function alignTable(headers, rows, maxCell = 80) {
    const cells = [headers, ...rows].map((r) => r.map((c) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .plain */ .pj)(c, maxCell)));
    const widths = headers.map((_, i) => Math.max(...cells.map((r) => Array.from(r[i] ?? '').length)));
    const line = (r) => r
        .map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i] - Array.from(c).length)))
        .join('  ')
        .trimEnd();
    return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
function heading(title) {
    return `${title}\n${'='.repeat(title.length)}`;
}
function findingRows(findings) {
    return findings.map((f) => [MARK[f.severity], f.rule, (0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .whereOf */ .de)(f) ?? '-', f.title]);
}
function findingDetails(findings) {
    return findings
        .map((f) => {
        const lines = [
            `[${MARK[f.severity]}] ${f.rule} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .plain */ .pj)(f.title, 200)}${(0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .whereOf */ .de)(f) ? `  (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .plain */ .pj)((0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .whereOf */ .de)(f), 200)})` : ''}`,
        ];
        lines.push(`    ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .plain */ .pj)(f.message, 600)}`);
        const rows = (0,_sizes_text_js__WEBPACK_IMPORTED_MODULE_1__/* .rowsUsedText */ .y)(f);
        if (rows)
            lines.push(`    ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .plain */ .pj)(rows, 300)}`);
        if (f.fix?.sql)
            lines.push(`    fix (SQL):       ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .plain */ .pj)(f.fix.sql, 400)}`);
        if (f.fix?.migration)
            lines.push(`    fix (migration): ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .plain */ .pj)(f.fix.migration, 400)}`);
        if (f.fix?.text) {
            const [first, ...rest] = f.fix.text.split(/\r?\n/).filter((l) => l.trim() !== '');
            lines.push(`    fix:             ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .plain */ .pj)(first, 400)}`, ...rest.map((l) => `                     ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .plain */ .pj)(l, 400)}`));
        }
        return lines.join('\n');
    })
        .join('\n\n');
}
function renderTable(report) {
    const out = [];
    const groups = (0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .groupFindings */ .kG)(report);
    const verdict = report.summary?.blocked ? 'BLOCKED' : 'PASSED';
    out.push(`perf-audit ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .plain */ .pj)(report.tool?.version ?? '?', 40)}: ${verdict} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .plain */ .pj)((0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .blockingText */ .N4)(report))})`);
    out.push(`Totals: ${(0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .countsText */ .WN)(report)}; ${groups.added.length} new, ${groups.existing.length} pre-existing, ${groups.fixed.length} fixed, ${groups.silenced.length} silenced`);
    const low = (0,_certainty_text_js__WEBPACK_IMPORTED_MODULE_3__/* .lowCertaintyText */ .Ve)(report.certainty);
    if (low)
        out.push(`WARNING: ${low}.`);
    out.push(`${(0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .verdictsText */ .Sk)(report).replace(/^./, (c) => c.toUpperCase())}.`);
    const sizes = (0,_sizes_text_js__WEBPACK_IMPORTED_MODULE_1__/* .sizesText */ .K)(report);
    if (sizes)
        out.push(`${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .plain */ .pj)(sizes, 500)}.`);
    for (const n of report.notices ?? [])
        out.push(`Note: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .plain */ .pj)(n, 500)}`);
    out.push('', heading('Summary'));
    out.push(alignTable(['Metric', 'Value', 'Status'], (0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .summaryLines */ .k)(report).map((l) => [l.metric, l.value, `${MARK[l.status]} ${l.note}`])));
    if (report.explains?.length) {
        out.push('', heading('Critical queries (EXPLAIN at production scale)'));
        out.push(alignTable(['Query', 'Type', 'Rows', 'Problem'], report.explains.map((r) => [
            r.name,
            r.access,
            Number.isFinite(r.rows) ? Math.round(r.rows).toLocaleString('en-US') : '-',
            r.verdict === 'ok'
                ? `OK${r.key ? ` uses ${r.key}` : ''}`
                : r.verdict === 'error'
                    ? `EXPLAIN failed: ${r.error ?? ''}`
                    : `FAIL ${r.verdict}`,
        ])));
    }
    const indexes = report.findings?.filter((f) => f.rule === 'PA101' && !f.silenced && f.fix?.sql) ?? [];
    if (indexes.length) {
        out.push('', heading(`Missing indexes (${indexes.length})`));
        for (const f of indexes) {
            out.push(`  ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .plain */ .pj)(f.fix.sql)}${f.status === 'existing' ? '   -- pre-existing' : ''}`);
            if (f.fix.migration)
                out.push(`    Laravel: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .plain */ .pj)(f.fix.migration)}`);
        }
    }
    out.push('', heading(`New findings (${groups.added.length})`));
    out.push(groups.added.length ? findingDetails(groups.added) : 'None: this change adds no finding.');
    if (groups.fixed.length)
        out.push('', heading(`Fixed since base (${groups.fixed.length})`), alignTable(['', 'Rule', 'Where', 'Finding'], findingRows(groups.fixed)));
    if (groups.existing.length)
        out.push('', heading(`Pre-existing, not blocking (${groups.existing.length})`), alignTable(['', 'Rule', 'Where', 'Finding'], findingRows(groups.existing)));
    if (groups.silenced.length) {
        out.push('', heading(`Silenced (${groups.silenced.length}, never blocking)`));
        out.push(alignTable(['', 'Rule', 'Where', 'Finding', 'Reason', 'By'], groups.silenced.map((f) => [...findingRows([f])[0], f.silenced?.reason ?? '', f.silenced?.by ?? ''])));
    }
    if (report.http?.length) {
        out.push('', heading('Response times'));
        out.push(alignTable(['URL', 'Samples', 'DNS', 'Connect', 'TTFB p50', 'TTFB p95', 'Total p50', 'Status'], report.http.map((h) => [
            h.url,
            String(h.samples),
            (0,_view_js__WEBPACK_IMPORTED_MODULE_0__.ms)(h.dnsMs),
            (0,_view_js__WEBPACK_IMPORTED_MODULE_0__.ms)(h.connectMs),
            (0,_view_js__WEBPACK_IMPORTED_MODULE_0__.ms)(h.ttfbP50Ms),
            (0,_view_js__WEBPACK_IMPORTED_MODULE_0__.ms)(h.ttfbP95Ms),
            (0,_view_js__WEBPACK_IMPORTED_MODULE_0__.ms)(h.totalP50Ms),
            h.ok ? 'OK' : `FAIL ${h.error ?? h.status ?? ''}`,
        ])));
    }
    if (report.load?.length) {
        out.push('', heading('Capacity'));
        out.push(alignTable(['URL', 'Users', 'Req/s', 'p50', 'p95', 'Errors', 'Verdict'], report.load.map((s) => [
            s.url,
            String(s.users),
            s.rps.toFixed(1),
            (0,_view_js__WEBPACK_IMPORTED_MODULE_0__.ms)(s.p50Ms),
            (0,_view_js__WEBPACK_IMPORTED_MODULE_0__.ms)(s.p95Ms),
            `${(s.errorRate * 100).toFixed(1)}%`,
            `${MARK[(0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .loadStatus */ .LQ)(s)]} ${s.verdict}`,
        ])));
    }
    const plan = (0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .planItems */ .ki)(report);
    if (plan.length) {
        out.push('', heading('Plan'));
        let n = 0;
        for (const priority of ['high', 'medium', 'low']) {
            const items = plan.filter((p) => p.priority === priority);
            if (!items.length)
                continue;
            out.push(`${priority === 'high' ? 'High (critical)' : priority === 'medium' ? 'Medium (warnings)' : 'Low (info)'}:`);
            for (const item of items) {
                n += 1;
                const fix = item.finding.fix?.sql ?? item.finding.fix?.text ?? item.finding.fix?.migration;
                out.push(`  ${n}. ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .plain */ .pj)(item.finding.title, 200)}${item.count > 1 ? ` (x${item.count})` : ''}${fix ? ` -> ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .plain */ .pj)(fix, 300)}` : ''}`);
            }
        }
    }
    if (report.phases?.length) {
        out.push('', heading('Phases'));
        out.push(alignTable(['Phase', 'Status', 'Time', 'Note'], report.phases.map((p) => [p.name, p.status, (0,_view_js__WEBPACK_IMPORTED_MODULE_0__.ms)(p.ms), p.note || '-']), 120));
    }
    return `${out.join('\n')}\n`;
}


/***/ }),

/***/ 64153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LQ: () => (/* binding */ loadStatus),
/* harmony export */   N4: () => (/* binding */ blockingText),
/* harmony export */   Sk: () => (/* binding */ verdictsText),
/* harmony export */   Ur: () => (/* binding */ blockingFindings),
/* harmony export */   WN: () => (/* binding */ countsText),
/* harmony export */   bo: () => (/* binding */ notUnderstoodGroups),
/* harmony export */   de: () => (/* binding */ whereOf),
/* harmony export */   k: () => (/* binding */ summaryLines),
/* harmony export */   kG: () => (/* binding */ groupFindings),
/* harmony export */   ki: () => (/* binding */ planItems),
/* harmony export */   ms: () => (/* binding */ ms),
/* harmony export */   td: () => (/* binding */ pluralize)
/* harmony export */ });
/* unused harmony export headlineHttp */
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81001);
/* harmony import */ var _certainty_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28295);
/**
 * What the reports show, decided once for every format (markdown, terminal table, summary): the seed
 * audit's summary lines with a status each, the grouping of findings, and the prioritized plan.
 * Pure functions of an AuditReport; the renderers only lay it out.
 */


function groupFindings(report) {
    const findings = [...(report.findings ?? [])].sort(_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .compareFindings */ .E);
    return {
        added: findings.filter((f) => !f.silenced && f.status !== 'existing'),
        existing: findings.filter((f) => !f.silenced && f.status === 'existing'),
        silenced: findings.filter((f) => f.silenced),
        fixed: [...(report.fixed ?? [])].sort(_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .compareFindings */ .E),
    };
}
function worst(findings) {
    let best = null;
    for (const f of findings)
        if (!best || _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ORDER */ .B[f.severity] > _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ORDER */ .B[best])
            best = f.severity;
    return best;
}
function active(report, ...rules) {
    return (report.findings ?? []).filter((f) => !f.silenced && rules.includes(f.rule));
}
function statusOf(findings) {
    return worst(findings) ?? 'ok';
}
function setting(report, ...keys) {
    for (const key of keys) {
        const found = (report.settings ?? []).find((s) => s.key === key);
        if (found)
            return found.value ?? 'null';
    }
    return null;
}
function settingMatching(report, pattern) {
    const found = (report.settings ?? []).find((s) => pattern.test(s.key));
    return found ? (found.value ?? 'null') : null;
}
/** A line for a driver setting (cache, session, queue): the value, and the rule's verdict on it. */
function driverLine(report, metric, rule, keys, fix) {
    const value = setting(report, ...keys);
    const findings = active(report, rule);
    const status = statusOf(findings);
    if (value === null && findings.length === 0)
        return { metric, value: '—', status: 'unchecked', note: 'not checked' };
    return { metric, value: value ?? '—', status, note: status === 'ok' ? 'Correct' : fix };
}
function ms(value) {
    return value === null || value === undefined || !Number.isFinite(value) ? '—' : `${Math.round(value)} ms`;
}
/** The URL whose median TTFB is the headline number: the slowest one that answered. */
function headlineHttp(report) {
    const answered = (report.http ?? []).filter((h) => h.ttfbP50Ms !== null);
    if (answered.length === 0)
        return (report.http ?? [])[0] ?? null;
    return answered.reduce((a, b) => ((b.ttfbP50Ms ?? 0) > (a.ttfbP50Ms ?? 0) ? b : a));
}
function ttfbLine(report) {
    const metric = 'TTFB (time to first byte, median)';
    const head = headlineHttp(report);
    if (!head)
        return { metric, value: '—', status: 'unchecked', note: 'no URL audited' };
    const findings = active(report, 'PA301', 'PA302');
    const status = statusOf(findings);
    const value = head.ttfbP50Ms === null
        ? `failed (${head.error ?? head.status ?? 'no answer'})`
        : `${ms(head.ttfbP50Ms)} (${head.url})`;
    const note = status === 'critical'
        ? 'Too slow or failing'
        : status === 'warning'
            ? 'Above objective'
            : (head.ttfbP50Ms ?? 0) < 200
                ? 'Excellent'
                : 'Within objective';
    return { metric, value, status, note };
}
function countLine(report, metric, rules, okNote, badNote) {
    const findings = active(report, ...rules);
    const status = statusOf(findings);
    return { metric, value: String(findings.length), status, note: findings.length ? badNote : okNote };
}
function capacityLine(report) {
    const steps = report.load ?? [];
    if (steps.length === 0)
        return null;
    const top = steps.reduce((a, b) => (b.users > a.users ? b : a));
    const status = loadStatus(top);
    return {
        metric: `Capacity at ${top.users} concurrent users`,
        value: `p95 ${ms(top.p95Ms)}, ${top.rps.toFixed(0)} req/s`,
        status,
        note: top.verdict,
    };
}
function loadStatus(step) {
    return step.verdict === 'manageable' ? 'ok' : step.verdict === 'may degrade' ? 'warning' : 'critical';
}
/** The seed's executive summary: one line per check, each with a status. */
function summaryLines(report) {
    const lines = [ttfbLine(report)];
    lines.push(driverLine(report, 'Cache driver', 'PA201', ['cache.default'], 'Migrate to Redis'));
    lines.push(driverLine(report, 'Session driver', 'PA202', ['session.driver'], 'Migrate to Redis'));
    lines.push(driverLine(report, 'Queue connection', 'PA203', ['queue.default'], 'Use a real queue'));
    const workers = settingMatching(report, /max_children/);
    const fpm = active(report, 'PA205');
    lines.push(workers === null && fpm.length === 0
        ? { metric: 'PHP-FPM workers', value: '—', status: 'unchecked', note: 'no pool config given' }
        : {
            metric: 'PHP-FPM workers',
            value: workers ? `${workers} max` : '—',
            status: statusOf(fpm),
            note: fpm.length ? 'Limiting' : 'Enough',
        });
    const opcache = active(report, 'PA204');
    const opcacheValue = settingMatching(report, /^opcache\./);
    if (opcache.length || opcacheValue !== null) {
        lines.push({
            metric: 'OPcache',
            value: opcache.length ? 'revalidates or too small' : 'tuned',
            status: statusOf(opcache),
            note: opcache.length ? 'Tune for production' : 'Correct',
        });
    }
    const failed = active(report, 'PA208');
    if (failed.length) {
        const count = failed[0]?.evidence?.['failedJobs'] ?? failed[0]?.evidence?.['count'];
        lines.push({
            metric: 'Failed jobs',
            value: count === undefined ? 'recorded' : String(count),
            status: statusOf(failed),
            note: 'Review',
        });
    }
    else {
        // failed_jobs is read after the smoke test, which needs both a database and a running app.
        const smoke = (report.phases ?? []).some((p) => p.name === 'http' && p.status === 'ran');
        lines.push(report.summary?.verdicts === 'planner' && smoke
            ? { metric: 'Failed jobs', value: '0', status: 'ok', note: 'None recorded' }
            : {
                metric: 'Failed jobs',
                value: '—',
                status: 'unchecked',
                note: 'not checked (needs a database and a URL)',
            });
    }
    lines.push(countLine(report, 'Missing indexes', ['PA101'], 'None', 'Add the indexes below'));
    lines.push(countLine(report, 'Full table scans / filesorts', ['PA102', 'PA103', 'PA104'], 'None', 'See the queries below'));
    for (const [metric, rules, bad] of [
        ['Schema (foreign keys, duplicates, primary keys)', ['PA105', 'PA106', 'PA107'], 'Review'],
        ['Queries per request (N+1)', ['PA108', 'PA109'], 'Reduce'],
        ['Telescope / APP_DEBUG', ['PA206', 'PA207'], 'Fix for production'],
        ['Files not understood', ['PA901'], 'See below'],
    ]) {
        if (active(report, ...rules).length)
            lines.push(countLine(report, metric, [...rules], 'None', bad));
    }
    const capacity = capacityLine(report);
    if (capacity)
        lines.push(capacity);
    return lines;
}
/** High: critical; medium: warnings; low: info. New findings first; findings sharing one fix fold together. */
function planItems(report) {
    const groups = groupFindings(report);
    const items = new Map();
    for (const finding of [...groups.added, ...groups.existing]) {
        const fixKey = finding.fix?.sql ?? finding.fix?.text ?? finding.fix?.migration ?? finding.fingerprint;
        const key = `${finding.rule}\u0000${fixKey}`;
        const existing = items.get(key);
        if (existing) {
            existing.count += 1;
            continue;
        }
        const priority = finding.severity === 'critical' ? 'high' : finding.severity === 'warning' ? 'medium' : 'low';
        items.set(key, { priority, finding, count: 1 });
    }
    const order = { high: 0, medium: 1, low: 2 };
    return [...items.values()].sort((a, b) => order[a.priority] - order[b.priority]);
}
/** `file:line` for a finding, or null when it has no place in the code. */
function whereOf(finding) {
    if (!finding.file)
        return null;
    return finding.line ? `${finding.file}:${finding.line}` : finding.file;
}
function pluralize(n, word, plural = `${word}s`) {
    return `${n} ${n === 1 ? word : plural}`;
}
/** The headline counts, in words: "2 critical, 3 warnings, 1 info". */
function countsText(report) {
    const s = report.summary;
    return `${pluralize(s?.critical ?? 0, 'critical', 'critical')}, ${pluralize(s?.warning ?? 0, 'warning')}, ${pluralize(s?.info ?? 0, 'info', 'info')}`;
}
function verdictsText(report) {
    return (0,_certainty_text_js__WEBPACK_IMPORTED_MODULE_1__/* .certaintyVerdicts */ .oJ)(report.summary?.verdicts === 'planner', report.certainty);
}
/** Why the run blocked, or why it passed, in one sentence. */
function blockingText(report) {
    if (report.incomplete)
        return `the audit did not finish: ${report.incomplete.reason}`;
    const groups = groupFindings(report);
    const failOn = report.summary?.failOn ?? 'critical';
    if (failOn === 'never')
        return 'fail-on is never: findings are reported, nothing blocks';
    const threshold = _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ORDER */ .B[failOn] ?? _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ORDER */ .B.critical;
    const blocking = groups.added.filter((f) => _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ORDER */ .B[f.severity] >= threshold);
    return report.summary?.blocked
        ? `${pluralize(blocking.length, 'new finding')} at or above fail-on ${failOn}`
        : `no new finding at or above fail-on ${failOn}`;
}
/** PA901 findings grouped by construct: one line each, however many times it occurs. */
function notUnderstoodGroups(findings, maxLocations = 3) {
    const groups = new Map();
    for (const f of findings) {
        if (f.rule !== 'PA901')
            continue;
        const raw = f.evidence?.['construct'];
        const construct = typeof raw === 'string' && raw !== '' && raw !== 'parse error' ? raw : f.title;
        const group = groups.get(construct) ?? { construct, count: 0, locations: [] };
        groups.set(construct, group);
        group.count += 1;
        if (f.file && group.locations.length < maxLocations)
            group.locations.push({ file: f.file, line: f.line });
    }
    return [...groups.values()].sort((a, b) => b.count - a.count || a.construct.localeCompare(b.construct));
}
/** The unsilenced new findings at or above fail-on: what blocks this change. */
function blockingFindings(report) {
    const failOn = report.summary?.failOn ?? 'critical';
    if (failOn === 'never')
        return [];
    const threshold = _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ORDER */ .B[failOn] ?? _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ORDER */ .B.critical;
    return groupFindings(report).added.filter((f) => _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ORDER */ .B[f.severity] >= threshold);
}


/***/ })

};

//# sourceMappingURL=655.index.js.map