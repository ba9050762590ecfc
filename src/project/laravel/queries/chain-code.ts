/**
 * A chain's code as reports show it (`User::where('x', 1)->get()`), rendered only when a query is started
 * from it: the walker follows every chain of a file, and most of them (`array_map(…)`, `$this->log(…)`)
 * start no query, so printing each one up front cost more than following it.
 */

import { render, renderStep, type PhpNode, type Step } from '../../php/ast.js';

export class ChainCode {
  private text: string | undefined;

  private constructor(
    private readonly root: PhpNode | null,
    private readonly before: ChainCode | null,
    private readonly step: Step | null,
  ) {}

  /** The code of the chain's root (`User`, `$query`, `DB`). */
  static of(root: PhpNode): ChainCode {
    return new ChainCode(root, null, null);
  }

  /** This code followed by one more step (`->where('x', 1)`). */
  then(step: Step): ChainCode {
    return new ChainCode(null, this, step);
  }

  toString(): string {
    this.text ??= this.before ? `${this.before.toString()}${renderStep(this.step!)}` : render(this.root);
    return this.text;
  }
}
