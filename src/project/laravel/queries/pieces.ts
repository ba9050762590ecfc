/**
 * A piece of a chain that cannot be read (`orderBy($column)`, `groupBy($field)`): the rest of the chain is
 * kept and the state records what is missing, instead of the whole query being dropped.
 */

import type { QueryState } from './builder.js';

export function unknownPiece(state: QueryState, reason: string): void {
  (state.partial ??= []).push(reason);
}
