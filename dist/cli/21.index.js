export const id = 21;
export const ids = [21];
export const modules = {

/***/ 43021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FatalPhaseError: () => (/* binding */ FatalPhaseError),
/* harmony export */   PhaseLog: () => (/* binding */ PhaseLog)
/* harmony export */ });
/** Runs one phase with its timing; a phase that throws is recorded as failed and the audit goes on. */
/** A failure that must end the run (exit 3) instead of degrading: recorded as the phase's failure, then rethrown. */
class FatalPhaseError extends Error {
    name = 'FatalPhaseError';
}
class PhaseLog {
    phases = [];
    /** The phase running now (a signal's report names it). */
    current = null;
    skip(name, note) {
        this.phases.push({ name, status: 'skipped', ms: 0, note });
    }
    /** Runs `fn`; returns its value, or null when it failed (the failure is recorded with its message). */
    async run(name, fn) {
        const start = performance.now();
        this.current = name;
        try {
            const { value, note } = await fn();
            this.phases.push({ name, status: 'ran', ms: Math.round(performance.now() - start), note });
            return value;
        }
        catch (err) {
            const message = err instanceof Error ? err.message : String(err);
            this.phases.push({ name, status: 'failed', ms: Math.round(performance.now() - start), note: message });
            if (err instanceof FatalPhaseError)
                throw err;
            return null;
        }
        finally {
            this.current = null;
        }
    }
}


/***/ })

};
