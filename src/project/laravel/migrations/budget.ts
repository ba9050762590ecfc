/**
 * Limits on interpreting migrations. Loops over literal arrays nest: a 4 KB file can ask for a million
 * iterations, each running a statement; a string doubled in a loop grows without end. Each file and the
 * whole run have a budget of statements and raw SQL statements, and a string value has a maximum size;
 * past a limit the file (or the remaining files) is not read further and a PA901 problem says why.
 */

export const LIMITS = {
  /** Statements interpreted in one migration file (loop iterations count each time). */
  stepsPerFile: 100_000,
  /** DB::statement/unprepared calls in one migration file. */
  rawPerFile: 1_000,
  /** Statements interpreted over all migration files. */
  stepsTotal: 1_000_000,
  /** DB::statement/unprepared calls over all migration files. */
  rawTotal: 10_000,
  /** The longest string a migration may build (characters). */
  stringChars: 1_000_000,
};

/** Thrown when a limit is reached: the interpreter stops the file and reports it. */
export class LimitReached extends Error {
  override name = 'LimitReached';
  constructor(
    message: string,
    /** The whole run's budget is spent: later files are not read either. */
    readonly total: boolean,
  ) {
    super(message);
  }
}

/** The work done so far: one per run, shared by the files; `file*` reset for each file. */
export class WorkBudget {
  steps = 0;
  raw = 0;
  fileSteps = 0;
  fileRaw = 0;

  startFile(): void {
    this.fileSteps = 0;
    this.fileRaw = 0;
  }

  get spent(): boolean {
    return this.steps >= LIMITS.stepsTotal || this.raw >= LIMITS.rawTotal;
  }

  step(): void {
    this.steps += 1;
    this.fileSteps += 1;
    if (this.fileSteps > LIMITS.stepsPerFile)
      throw new LimitReached(
        `stopped interpreting this migration after ${LIMITS.stepsPerFile} statements (loops?): the rest of the file is not read`,
        false,
      );
    if (this.steps > LIMITS.stepsTotal)
      throw new LimitReached(
        `stopped interpreting migrations after ${LIMITS.stepsTotal} statements in total: this file's rest and later files are not read`,
        true,
      );
  }

  rawStatement(): void {
    this.raw += 1;
    this.fileRaw += 1;
    if (this.fileRaw > LIMITS.rawPerFile)
      throw new LimitReached(
        `stopped interpreting this migration after ${LIMITS.rawPerFile} DB::statement calls: the rest of the file is not read`,
        false,
      );
    if (this.raw > LIMITS.rawTotal)
      throw new LimitReached(
        `stopped interpreting migrations after ${LIMITS.rawTotal} DB::statement calls in total: later files are not read`,
        true,
      );
  }

  value<T>(value: T): T {
    if (typeof value === 'string' && value.length > LIMITS.stringChars)
      throw new LimitReached(
        `stopped interpreting this migration: a string longer than ${LIMITS.stringChars} characters was built`,
        false,
      );
    return value;
  }
}
