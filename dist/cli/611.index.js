export const id = 611;
export const ids = [611];
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

/***/ 99611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SARIF_MAX_RESULTS: () => (/* binding */ SARIF_MAX_RESULTS),
  SARIF_SCHEMA: () => (/* binding */ SARIF_SCHEMA),
  loadRuleDocs: () => (/* binding */ loadRuleDocs),
  toSarif: () => (/* binding */ toSarif)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var lib_core = __webpack_require__(46811);
// EXTERNAL MODULE: ./src/findings.ts
var findings = __webpack_require__(81001);
;// CONCATENATED MODULE: ./src/report/annotations.ts
/**
 * Annotations on the exact lines of the PR, most severe first, within GitHub's limits (10 errors and 10
 * warnings per step, 50 per job); what does not fit is counted so the summary can say so.
 */




const ANNOTATION_LIMITS = { error: 10, warning: 10, notice: 10, total: 50 };
/** One error and one warning stay free for the run's own messages (core.setFailed, a comment warning). */
const RESERVED = 1;
const LEVEL = { critical: 'error', warning: 'warning', info: 'notice' };
/** Joins the app's folder (relative to the repository root) and a finding's path. */
function repoPath(appDir, file) {
    const prefix = appDir
        .replace(/\\/g, '/')
        .replace(/^\.\/?/, '')
        .replace(/\/$/, '');
    return external_node_path_.posix.normalize(prefix ? `${prefix}/${file}` : file);
}
/**
 * Unsilenced findings, new ones before pre-existing ones, most severe first; each level capped at its
 * per-step limit and the whole at the per-job limit.
 */
function planAnnotations(findings, appDir = '') {
    const candidates = findings
        .filter((f) => !f.silenced)
        .sort((a, b) => (a.status === 'existing' ? 1 : 0) - (b.status === 'existing' ? 1 : 0) || compareFindings(a, b));
    const used = { error: 0, warning: 0, notice: 0 };
    const annotations = [];
    let omitted = 0;
    for (const f of candidates) {
        const level = LEVEL[f.severity];
        const cap = ANNOTATION_LIMITS[level] - (level === 'notice' ? 0 : RESERVED);
        if (used[level] >= cap || annotations.length >= ANNOTATION_LIMITS.total - 2 * RESERVED) {
            omitted += 1;
            continue;
        }
        used[level] += 1;
        const fix = f.fix?.sql ?? f.fix?.migration ?? f.fix?.text;
        annotations.push({
            level,
            title: plain(`perf-audit ${f.rule}: ${f.title}${f.status === 'existing' ? ' (pre-existing)' : ''}`, 200),
            message: plain(`${f.message}${fix ? ` Fix: ${fix}` : ''}`, 1000),
            ...(f.file ? { file: repoPath(appDir, f.file) } : {}),
            ...(f.file && f.line ? { startLine: f.line } : {}),
        });
    }
    return { annotations, omitted };
}
/** Writes the planned annotations as workflow commands (no network). */
function emitAnnotations(plan) {
    for (const a of plan.annotations) {
        const props = {
            title: a.title,
            ...(a.file ? { file: a.file } : {}),
            ...(a.startLine ? { startLine: a.startLine } : {}),
        };
        if (a.level === 'error')
            core.error(a.message, props);
        else if (a.level === 'warning')
            core.warning(a.message, props);
        else
            core.notice(a.message, props);
    }
}

;// CONCATENATED MODULE: ./src/report/sarif.ts
/**
 * SARIF 2.1.0 for github/codeql-action/upload-sarif: one run, every rule with its help text (from
 * docs/rules/PA###.md when available), results with levels, locations relative to the repository,
 * stable partialFingerprints, baseline state, and suppressions for silenced findings.
 */



const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** GitHub keeps at most 25,000 results per run. */
const SARIF_MAX_RESULTS = 25_000;
const sarif_LEVEL = {
    critical: 'error',
    warning: 'warning',
    info: 'note',
};
/** Reads docs/rules/*.md into a map by rule id; a missing folder gives an empty map. */
async function loadRuleDocs(dir) {
    const docs = {};
    let names;
    try {
        names = await (0,promises_.readdir)(dir);
    }
    catch {
        return docs;
    }
    for (const name of names) {
        const match = /^(PA\d{3})\.md$/.exec(name);
        if (match)
            docs[match[1]] = await (0,promises_.readFile)((0,external_node_path_.join)(dir, name), 'utf8');
    }
    return docs;
}
/** Plain text of a markdown page, for clients that do not render markdown. */
function markdownToText(markdown) {
    return markdown
        .replace(/```[a-z]*\n?/gi, '')
        .replace(/`([^`]*)`/g, '$1')
        .replace(/^#+\s*/gm, '')
        .replace(/\*\*([^*]+)\*\*/g, '$1')
        .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
        .trim();
}
function uri(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
function docsUrl(base, id) {
    return base ? `${base.replace(/\/?$/, '/')}docs/rules/${id}.md` : undefined;
}
function ruleDescriptor(rule, opts) {
    const doc = opts.docs?.[rule.id];
    const helpUri = docsUrl(opts.docsBaseUrl, rule.id);
    const fallback = `${rule.title}. See docs/rules/${rule.id}.md for what it means, how to fix it and how to silence it.`;
    return {
        id: rule.id,
        name: rule.name,
        shortDescription: { text: rule.title },
        fullDescription: { text: rule.title },
        ...(helpUri ? { helpUri } : {}),
        help: doc ? { text: markdownToText(doc), markdown: doc } : { text: fallback },
        defaultConfiguration: { level: sarif_LEVEL[rule.defaultSeverity] ?? 'warning' },
        properties: {
            tags: ['performance', 'perf-audit'],
            'problem.severity': sarif_LEVEL[rule.defaultSeverity] ?? 'warning',
        },
    };
}
function sarif_location(file, line, appDir) {
    return {
        physicalLocation: {
            artifactLocation: { uri: uri(repoPath(appDir ?? '', file)), uriBaseId: '%SRCROOT%' },
            ...(line && line > 0 ? { region: { startLine: line } } : {}),
        },
    };
}
function result(f, ruleIndex, opts) {
    const fix = [f.fix?.sql, f.fix?.migration, f.fix?.text].filter(Boolean).join(' | ');
    const locations = f.file
        ? [sarif_location(f.file, f.line, opts.appDir)]
        : opts.fallbackFile
            ? [
                {
                    physicalLocation: {
                        artifactLocation: { uri: uri(opts.fallbackFile), uriBaseId: '%SRCROOT%' },
                        region: { startLine: 1 },
                    },
                },
            ]
            : [];
    const related = (f.locations ?? []).slice(1, 50).map((l, i) => ({
        id: i + 1,
        ...sarif_location(l.file, l.line, opts.appDir),
        message: { text: 'Also needs it' },
    }));
    return {
        ruleId: f.rule,
        ...(ruleIndex >= 0 ? { ruleIndex } : {}),
        level: sarif_LEVEL[f.severity],
        message: { text: `${f.title}. ${f.message}${fix ? ` Fix: ${fix}` : ''}` },
        ...(locations.length ? { locations } : {}),
        ...(related.length ? { relatedLocations: related } : {}),
        partialFingerprints: { 'perfAudit/v1': f.fingerprint },
        baselineState: f.status === 'existing' ? 'unchanged' : 'new',
        ...(f.silenced
            ? {
                suppressions: [
                    {
                        kind: f.silenced.by.startsWith('inline') ? 'inSource' : 'external',
                        justification: f.silenced.reason,
                    },
                ],
            }
            : {}),
        properties: {
            severity: f.severity,
            status: f.status,
            ...(f.table ? { table: f.table } : {}),
            ...(f.columns?.length ? { columns: f.columns } : {}),
        },
    };
}
function toSarif(report, rules, opts = {}) {
    const descriptors = [...rules];
    // A finding of a rule this build does not know (an older saved report) still gets a descriptor.
    for (const f of report.findings ?? []) {
        if (!descriptors.some((r) => r.id === f.rule)) {
            descriptors.push({
                id: f.rule,
                name: f.rule.toLowerCase(),
                title: f.title,
                defaultSeverity: f.severity,
                needs: 'project',
                check: () => [],
            });
        }
    }
    const index = new Map(descriptors.map((r, i) => [r.id, i]));
    const results = (report.findings ?? [])
        .slice(0, SARIF_MAX_RESULTS)
        .map((f) => result(f, index.get(f.rule) ?? -1, opts));
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'perf-audit',
                        version: report.tool?.version ?? '0.0.0',
                        semanticVersion: report.tool?.version ?? '0.0.0',
                        ...(opts.docsBaseUrl ? { informationUri: opts.docsBaseUrl } : {}),
                        rules: descriptors.map((r) => ruleDescriptor(r, opts)),
                    },
                },
                automationDetails: { id: `perf-audit/${opts.category ?? 'default'}/` },
                columnKind: 'utf16CodeUnits',
                results,
                properties: {
                    blocked: report.summary?.blocked ?? false,
                    verdicts: report.summary?.verdicts ?? 'static',
                    ...((report.findings?.length ?? 0) > SARIF_MAX_RESULTS
                        ? { truncatedResults: (report.findings?.length ?? 0) - SARIF_MAX_RESULTS }
                        : {}),
                },
            },
        ],
    };
}


/***/ })

};

//# sourceMappingURL=611.index.js.map