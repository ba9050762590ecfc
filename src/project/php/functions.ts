/**
 * The app's own global functions (a helpers.php composer loads, a function declared in a config file, the
 * usual `if (! function_exists('x'))` guard), so the evaluator follows a plain helper the way it follows a
 * method: arguments bound to parameters, the body run for its return value, within a depth and step budget.
 */

import {
  bodyStatements,
  child,
  children,
  findAtLine,
  forEachTopLevel,
  joinNs,
  lineOf,
  nameKey,
  nameOf,
  paramName,
} from './ast.js';
import type { AstSource } from './class-index.js';
import type { FileSummary } from './summary.js';
import type { FileScope, PhpNode } from './ast.js';
import { CallBudget, bindParameters, bodyReturnValue } from './calls.js';
import type { EvalContext, EvalHost } from './evaluate.js';
import { Unknown, type PhpValue } from './value.js';

export interface FunctionDecl {
  /** Fully qualified, as declared (`App\helper` in a namespace). */
  name: string;
  file: string;
  /** The declaration's AST (read from its file when a summary declared it). */
  node: PhpNode;
  scope: FileScope;
}

export class FunctionIndex {
  private readonly byName = new Map<string, FunctionDecl>();

  /**
   * The functions the summaries declare; a body is read from its file's AST only when a call reaches it,
   * so an audit with cached summaries does not parse every file for the few helpers it follows.
   */
  static fromSummaries(summaries: FileSummary[], ast: AstSource): FunctionIndex {
    const index = new FunctionIndex([]);
    for (const file of summaries) {
      for (const f of file.functions ?? []) {
        if (index.byName.has(f.name.toLowerCase())) continue;
        let node: PhpNode | null | undefined;
        index.byName.set(f.name.toLowerCase(), {
          name: f.name,
          file: file.file,
          scope: { file: file.file, namespace: f.namespace, uses: new Map(f.uses) },
          get node(): PhpNode {
            // Asked every time, like the class index: a caller may be tracking which files are read.
            const program = ast(file.file);
            node ??= findAtLine(program, f.line, (n) => n.kind === 'function' && lineOf(n) === f.line);
            return node ?? { kind: 'function', arguments: [], body: null };
          },
        });
      }
    }
    return index;
  }

  constructor(files: { path: string; ast: unknown }[]) {
    for (const file of files) {
      if (!declaresFunction(children(file.ast as PhpNode, 'children'))) continue;
      forEachTopLevel(file.path, file.ast as PhpNode, (node, scope) => {
        const name = node.kind === 'function' ? nameOf(child(node, 'name')) : null;
        if (!name) return;
        const fq = joinNs(scope.namespace, name);
        // PHP refuses a second declaration; the first one found stands.
        if (!this.byName.has(fq.toLowerCase()))
          this.byName.set(fq.toLowerCase(), { name: fq, file: file.path, node, scope });
      });
    }
  }

  /** The function a call names (as the evaluator passes it: no leading backslash, any case). */
  get(name: string): FunctionDecl | undefined {
    return this.byName.get(nameKey(name));
  }
}

/** A cheap look for top-level functions (where forEachTopLevel goes) before reading a file's imports. */
function declaresFunction(nodes: PhpNode[]): boolean {
  return nodes.some((n) =>
    n.kind === 'function'
      ? true
      : n.kind === 'namespace' || n.kind === 'if' || n.kind === 'block'
        ? declaresFunction([...children(n, 'children'), ...children(child(n, 'body'), 'children')])
        : false,
  );
}

/** `host`, with the app's functions followed for the calls the host itself does not answer. */
export function withAppFunctions(host: EvalHost, functions: FunctionIndex | undefined): EvalHost {
  if (!functions) return host;
  // One budget per outermost call: nested helpers share it, separate evaluations do not.
  let budget: CallBudget | null = null;
  const inNamespace = (namespace: string): EvalHost => ({
    ...host,
    declaredFunction: (name) => functions.get(name),
    callFunction(name, args, node) {
      const hosted = host.callFunction?.(name, args, node);
      if (hosted !== undefined) return hosted;
      // In a namespace, PHP tries the namespaced function before the global one.
      const local = namespace && !name.includes('\\') ? functions.get(joinNs(namespace, name)) : undefined;
      const decl = local ?? functions.get(name);
      if (!decl) return undefined;
      const outermost = budget === null;
      budget ??= new CallBudget();
      try {
        return callDeclared(decl, args, node, inNamespace(decl.scope.namespace), budget);
      } finally {
        if (outermost) budget = null;
      }
    },
  });
  return inNamespace('');
}

function callDeclared(
  decl: FunctionDecl,
  args: PhpValue[],
  node: PhpNode,
  host: EvalHost,
  budget: CallBudget,
): PhpValue {
  if (!budget.enter(`function ${decl.name}`))
    return new Unknown(`${decl.name}() calls itself or nests too deep`, node);
  try {
    const params = children(decl.node, 'arguments').map((p) => ({
      name: paramName(p) ?? '',
      default: child(p, 'value'),
      variadic: p.variadic === true,
    }));
    const ctx: EvalContext = { scope: decl.scope, file: decl.file, host };
    const vars = bindParameters(params, { positional: args, named: {} }, ctx);
    return bodyReturnValue(bodyStatements(decl.node), vars, { ...ctx, variable: (n) => vars.get(n) }, budget);
  } finally {
    budget.leave();
  }
}
