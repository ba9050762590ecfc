/**
 * A LIKE pattern as the code builds it: a literal keeps its text; `"%{$term}%"` or `$term . '%'` keep
 * their shape (a leading wildcard, or a fixed start an index can seek) without inventing the unknown text.
 */

import { child, children, type PhpNode } from '../../php/ast.js';
import type { EvalContext } from '../../php/evaluate.js';
import { likeOperator } from '../../operators.js';
import type { Operator } from '../../model.js';
import { literalValue } from './literal.js';

export interface LikePattern {
  op: Operator;
  /** The whole pattern, only when the code spells all of it. */
  value?: string;
  /** The code starts the pattern with `%` or `_` (`"%{$term}%"`): no index can seek it, whatever the rest. */
  wildcardFirst?: true;
}

const startsWithWildcard = (s: string) => s[0] === '%' || s[0] === '_';

/** The first piece of a concatenation or interpolated string, as written. */
function leadingPiece(n: PhpNode): PhpNode | null {
  if (n.kind === 'bin' && n.type === '.') return child(n, 'left');
  if (n.kind === 'encapsed') {
    const first = children(n, 'value')[0];
    if (!first) return null;
    return first.kind === 'encapsedpart' ? child(first, 'expression') : first;
  }
  return null;
}

/**
 * The LIKE operator a pattern node gives: `like-prefix` only when its known start has no wildcard first.
 * `patternOf` gives the string a local was built as (`$term = '%' . $q . '%'`), read in its place.
 */
export function likePattern(
  n: PhpNode | null | undefined,
  ctx: EvalContext,
  negated = false,
  patternOf?: (name: string) => PhpNode | undefined,
): LikePattern {
  if (n?.kind === 'variable' && typeof n.name === 'string') n = patternOf?.(n.name) ?? n;
  if (!n) return { op: negated ? 'other' : 'like' };
  const whole = literalValue(n, ctx);
  if (typeof whole === 'string') {
    if (negated) return { op: 'other', value: whole };
    return {
      op: likeOperator(whole),
      value: whole,
      ...(startsWithWildcard(whole) ? { wildcardFirst: true } : {}),
    };
  }
  if (negated) return { op: 'other' };
  // Walk down to the leftmost piece: `'abc' . $x . '%'` starts with 'abc'.
  let piece: PhpNode | null = n;
  for (let depth = 0; piece && depth < 20; depth++) {
    const known = literalValue(piece, ctx);
    if (typeof known === 'string' && known !== '')
      return { op: likeOperator(known), ...(startsWithWildcard(known) ? { wildcardFirst: true } : {}) };
    const next = leadingPiece(piece);
    if (!next || next === piece) break;
    piece = next;
  }
  // `$term . '%'`: the code adds a wildcard at the end only, a prefix search on whatever `$term` is.
  const pieces = piecesOf(n);
  if (pieces.length > 1) {
    const texts = pieces.map((p) => literalValue(p, ctx));
    const last = texts[texts.length - 1];
    const wildcardInside = texts.slice(0, -1).some((t) => typeof t === 'string' && /[%_]/.test(t));
    if (typeof last === 'string' && last.endsWith('%') && !wildcardInside) return { op: 'like-prefix' };
  }
  return { op: 'like' };
}

/** A string the code builds (`'%' . $q . '%'`, `"{$q}%"`): a local assigned one keeps it for likePattern. */
export function isBuiltString(n: PhpNode | null | undefined): n is PhpNode {
  return !!n && (n.kind === 'encapsed' || (n.kind === 'bin' && n.type === '.'));
}

/** The pieces of a concatenation or interpolated string, in order. */
function piecesOf(n: PhpNode): PhpNode[] {
  if (n.kind === 'bin' && n.type === '.') {
    const l = child(n, 'left');
    const r = child(n, 'right');
    return [...(l ? piecesOf(l) : []), ...(r ? piecesOf(r) : [])];
  }
  if (n.kind === 'encapsed')
    return children(n, 'value').map((p) => (p.kind === 'encapsedpart' ? (child(p, 'expression') ?? p) : p));
  return [n];
}
