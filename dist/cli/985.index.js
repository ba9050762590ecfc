export const id = 985;
export const ids = [985,228];
export const modules = {

/***/ 6228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pendingCleanups: () => (/* binding */ pendingCleanups),
/* harmony export */   registerCleanup: () => (/* binding */ registerCleanup),
/* harmony export */   runCleanups: () => (/* binding */ runCleanups),
/* harmony export */   shuttingDown: () => (/* binding */ shuttingDown)
/* harmony export */ });
/**
 * Process-wide registry of cleanup actions (scratch databases, the run's account, worktrees, temp folders,
 * child process groups, general_log). Whoever creates something registers how to undo it and unregisters
 * once undone, so a signal or an early exit can undo whatever is still outstanding, newest first.
 */
const entries = [];
let nextId = 1;
let closing = false;
/** True once the process is stopping (a signal): creating anything new now would outlive the process. */
function shuttingDown() {
    return closing;
}
/** Registers `fn` under `label`; the returned function unregisters it (call it once the thing is undone). */
function registerCleanup(label, fn) {
    const id = nextId++;
    entries.push({ id, label, fn });
    return () => {
        const i = entries.findIndex((e) => e.id === id);
        if (i >= 0)
            entries.splice(i, 1);
    };
}
/** The labels still registered, oldest first. */
function pendingCleanups() {
    return entries.map((e) => e.label);
}
/**
 * Runs and unregisters every registered action, newest first (a connection registered after its database
 * closes before the database is dropped). A failing action does not stop the others.
 */
async function runCleanups(options = {}) {
    // Only a stopping process refuses new work; the end of a run in a long-lived process (tests, the action's
    // error path) undoes what is outstanding and goes on.
    if (options.stopping)
        closing = true;
    const out = [];
    while (entries.length > 0) {
        const e = entries.pop();
        try {
            await e.fn();
            out.push({ label: e.label, ok: true });
        }
        catch (err) {
            out.push({ label: e.label, ok: false, error: err instanceof Error ? err.message : String(err) });
        }
    }
    return out;
}


/***/ }),

/***/ 98985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CLEANUP_DEADLINE_MS: () => (/* binding */ CLEANUP_DEADLINE_MS),
/* harmony export */   handleInterrupts: () => (/* binding */ handleInterrupts),
/* harmony export */   interruptedBy: () => (/* binding */ interruptedBy),
/* harmony export */   unlessInterrupted: () => (/* binding */ unlessInterrupted)
/* harmony export */ });
/* harmony import */ var _cleanup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6228);
/**
 * SIGINT/SIGTERM (a cancelled CI job, Ctrl-C): undo everything registered in the cleanup registry, let the
 * caller write its report, then exit with 128 + the signal number. A second signal while this runs is
 * ignored: the cleanup is what it would interrupt. The cleanup has a deadline so an unanswering database
 * cannot keep the process alive until the runner's SIGKILL.
 */

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const CODES = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };
/** CI runners send SIGKILL a few seconds after SIGINT/SIGTERM: stay well inside that. */
const CLEANUP_DEADLINE_MS = 5000;
let hooks = [];
let installed = false;
let interrupted = null;
/** The signal being handled, if any (a phase that fails because of the cleanup can say why). */
function interruptedBy() {
    return interrupted;
}
/**
 * Resolves at once, unless a signal is being handled: then never (the handler ends the process), so the
 * interrupted main flow does not write a second report or exit first.
 */
function unlessInterrupted() {
    return interrupted ? new Promise(() => undefined) : Promise.resolve();
}
async function withDeadline(p, ms, fallback) {
    let timer;
    const late = new Promise((r) => (timer = setTimeout(() => r(fallback), ms)));
    try {
        return await Promise.race([p, late]);
    }
    finally {
        clearTimeout(timer);
    }
}
async function onSignal(signal) {
    if (interrupted)
        return;
    interrupted = signal;
    for (const h of hooks)
        h.during = h.describe();
    // Connections killed under a running phase report their loss as errors nobody awaits any more.
    process.on('uncaughtException', () => undefined);
    process.on('unhandledRejection', () => undefined);
    const cleanAll = async () => {
        const first = await (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_0__.runCleanups)({ stopping: true });
        // Something created while the first pass ran (a database half made) registers just after it.
        await new Promise((r) => setTimeout(r, 200));
        return [...first, ...(await (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_0__.runCleanups)({ stopping: true }))];
    };
    const cleaned = await withDeadline(cleanAll(), CLEANUP_DEADLINE_MS, [
        { label: `cleanup did not finish within ${CLEANUP_DEADLINE_MS} ms`, ok: false },
    ]);
    for (const h of hooks) {
        try {
            await withDeadline(Promise.resolve(h.hook(signal, cleaned, h.during)), CLEANUP_DEADLINE_MS, undefined);
        }
        catch {
            // The report is best effort here; the exit status still says what happened.
        }
    }
    process.exit(CODES[signal] ?? 1);
}
function listener(signal) {
    void onSignal(signal);
}
/**
 * Installs the handlers once per process (idempotent); `hook` runs after the cleanup, before the exit, and
 * is told what `describe` said at the moment of the signal.
 */
function handleInterrupts(hook, describe = () => null) {
    if (!installed) {
        installed = true;
        for (const s of SIGNALS)
            process.on(s, listener);
    }
    const entry = hook ? { hook, describe, during: null } : null;
    if (entry)
        hooks.push(entry);
    return () => {
        hooks = hooks.filter((h) => h !== entry);
    };
}


/***/ })

};

//# sourceMappingURL=985.index.js.map