export const id = 228;
export const ids = [228];
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


/***/ })

};

//# sourceMappingURL=228.index.js.map