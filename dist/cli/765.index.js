export const id = 765;
export const ids = [765];
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

/***/ 82601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ summarize)
/* harmony export */ });
/* unused harmony export blocks */
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81001);
/** The fail-on policy: which findings block the merge. */

/** Whether one finding blocks: new, not silenced, and at or above the fail-on severity. */
function blocks(finding, failOn) {
    if (failOn === 'never' || finding.silenced || finding.status === 'existing')
        return false;
    return _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ORDER */ .B[finding.severity] >= _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ORDER */ .B[failOn];
}
/**
 * Counts unsilenced findings (new and existing) by severity and decides the verdict. Only new findings block:
 * without a baseline every finding is new, so `baseline: none` blocks on everything at or above fail-on.
 */
function summarize(findings, failOn, verdicts, fixed = 0) {
    const counts = { critical: 0, warning: 0, info: 0 };
    const added = { critical: 0, warning: 0, info: 0 };
    let silenced = 0;
    for (const finding of findings) {
        if (finding.silenced) {
            silenced += 1;
            continue;
        }
        counts[finding.severity] += 1;
        if (finding.status !== 'existing')
            added[finding.severity] += 1;
    }
    return {
        ...counts,
        blocked: findings.some((f) => blocks(f, failOn)),
        silenced,
        failOn,
        verdicts,
        new: added,
        fixed,
    };
}


/***/ }),

/***/ 71765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   incompleteReport: () => (/* binding */ incompleteReport)
/* harmony export */ });
/* harmony import */ var _gate_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82601);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);
/**
 * The report of a run that stopped before its verdict (the audit could not run, or a signal): no findings,
 * blocked (never a pass by omission), the phases that did run, why it stopped and what was cleaned up.
 */


function incompleteReport(config, phases, run) {
    const done = [...(phases?.phases ?? [])];
    // The phase the run stopped in, unless it already recorded its own failure.
    const current = phases?.current ?? null;
    if (current && done.at(-1)?.name !== current)
        done.push({ name: current, status: 'failed', ms: 0, note: run.reason });
    if (run.cleanup.length) {
        done.push({
            name: 'cleanup',
            status: run.cleanup.every((c) => c.ok) ? 'ran' : 'failed',
            ms: 0,
            note: run.cleanup.map((c) => (c.ok ? c.label : `${c.label}: FAILED (${c.error ?? '?'})`)).join('; '),
        });
    }
    return {
        version: 1,
        tool: { name: 'perf-audit', version: _version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x },
        app: config.app,
        generatedAt: new Date().toISOString(),
        summary: { ...(0,_gate_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .summarize */ .e)([], config.failOn, 'static'), blocked: true },
        findings: [],
        fixed: [],
        explains: [],
        http: [],
        load: [],
        schema: null,
        settings: [],
        phases: done,
        incomplete: run,
    };
}


/***/ })

};

//# sourceMappingURL=765.index.js.map