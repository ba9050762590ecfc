/**
 * Eloquent models of the app: the table each one queries (Laravel's conventions when `$table` is not set),
 * SoftDeletes, local scopes with what they add to a query, and relationships with their keys.
 */

import type { ModelInfo, Predicate } from '../model.js';
import {
  conventionalPivotTable,
  conventionalTable,
  foreignKeyFor,
  joiningTable,
  plural,
  snake,
} from './naming.js';
import {
  bodyStatements,
  child,
  children,
  field,
  firstParamName,
  flatten,
  nameKey,
  nameOf,
  resolveClass,
  type PhpNode,
  type Step,
} from '../php/ast.js';
import { CallBudget, returnValue } from '../php/calls.js';
import { readGlobalScopes } from './global-scopes.js';
import { indexOfFiles, type ClassDecl, type ClassIndex } from '../php/class-index.js';
import type { EvalHost } from '../php/evaluate.js';
import type { ParsedPhp } from '../php/parse.js';
import { ModelRegistry, RETURNS_ROWS, applyMethod, evalContext, newState } from './queries/builder.js';
import type { Env, QueryState } from './queries/builder.js';
import { applyCallbackTo, bodyExpressions } from './queries/chains.js';
import { literalValue, type Literal } from './queries/literal.js';
import { isFrameworkClass } from './framework-class.js';

type Relation = ModelInfo['relations'][string];

const MODEL = 'illuminate\\database\\eloquent\\model';
const PIVOTS = new Set([
  'illuminate\\database\\eloquent\\relations\\pivot',
  'illuminate\\database\\eloquent\\relations\\morphpivot',
]);
const MODEL_BASES = new Set([
  MODEL,
  'illuminate\\foundation\\auth\\user',
  'illuminate\\notifications\\databasenotification',
  ...PIVOTS,
]);
const SOFT_DELETES = 'illuminate\\database\\eloquent\\softdeletes';

const RELATION_METHODS = new Set([
  'hasmany', 'hasone', 'belongsto', 'belongstomany', 'morphmany', 'morphone', 'morphto', 'hasmanythrough',
  'hasonethrough', 'morphtomany', 'morphedbymany',
]); // prettier-ignore

/** What every model reader shares: the app's classes, the models found, the host's knowledge. */
interface Readers {
  index: ClassIndex;
  registry: ModelRegistry;
  host?: EvalHost;
}

export function extractModels(
  files: ParsedPhp[],
  /** The app's classes, built once by the caller (defaults to `files`). */
  index?: ClassIndex,
  /** What the host knows beyond PHP (config(), env()); the index's own host when absent. */
  host?: EvalHost,
): ModelInfo[] {
  const classes = index ?? indexOfFiles(files, host);
  const found: { decl: ClassDecl; info: ModelInfo }[] = [];
  for (const decl of classes.classes) {
    if (decl.kind !== 'class' || decl.isAbstract || decl.summary.anonymous) continue;
    const root = modelBase(classes, decl.fqcn);
    if (!root) continue;
    found.push({ decl, info: basicInfo(decl, classes, PIVOTS.has(root), host) });
  }
  const r: Readers = { index: classes, registry: new ModelRegistry(found.map((f) => f.info)), host };
  // A construct these readers do not expect costs that model its relations or scopes, never the run.
  const guarded = (fn: () => void) => {
    try {
      fn();
    } catch {
      /* the model keeps what was read before */
    }
  };
  for (const { decl, info } of found) guarded(() => (info.relations = readRelations(decl, info, r)));
  for (const { decl, info } of found) {
    guarded(() => Object.assign(info.relations, derivedRelations(decl, info, r)));
  }
  for (const { decl, info } of found) {
    guarded(() => {
      const scopes = readGlobalScopes(decl, info, r.index, (d) => envFor(d, r));
      if (scopes.length) info.globalScopes = scopes;
    });
  }
  // Scopes may call other scopes of the same model: a few passes settle nested ones.
  for (let pass = 0; pass < 3; pass++) {
    for (const { decl, info } of found) guarded(() => (info.scopes = readScopes(decl, info, r)));
  }
  return found.map((f) => f.info);
}

/**
 * The framework model class a class descends from. Apps that ship their own copy of a framework class
 * (an `overrides/` folder in composer's classmap) declare `Illuminate\\…\\Model` themselves: the chain is
 * read up to the first framework base, not only where it leaves the app.
 */
function modelBase(classes: ClassIndex, fqcn: string): string | null {
  if (isFrameworkClass(fqcn)) return null;
  for (const d of classes.lineage(fqcn)) {
    const parent = nameKey(d.parent);
    if (parent && MODEL_BASES.has(parent)) return parent;
  }
  return null;
}

function stringProperty(index: ClassIndex, decl: ClassDecl, name: string): string | null {
  const v = index.propertyDefault(decl.fqcn, name);
  return typeof v === 'string' ? v : null;
}

function basicInfo(decl: ClassDecl, index: ClassIndex, isPivot: boolean, host?: EvalHost): ModelInfo {
  const fromAttribute = attributeTable(decl, index);
  const table =
    stringProperty(index, decl, 'table') ??
    fromAttribute.table ??
    tableFromGetTable(decl, index, host) ??
    (isPivot ? conventionalPivotTable(decl.name) : conventionalTable(decl.name));
  const traits = index.traitsOf(decl.fqcn).map((t) => t.toLowerCase());
  const info: ModelInfo = {
    className: decl.name,
    fqcn: decl.fqcn,
    table,
    softDeletes: traits.includes(SOFT_DELETES),
    location: { file: decl.file, line: decl.line },
    scopes: {},
    relations: {},
    primaryKey: stringProperty(index, decl, 'primaryKey') ?? fromAttribute.key ?? 'id',
  };
  if (decl.parent) info.parent = decl.parent;
  const deletedAt = index.constant(decl.fqcn, 'DELETED_AT');
  if (info.softDeletes) info.deletedAtColumn = typeof deletedAt === 'string' ? deletedAt : 'deleted_at';
  const createdAt = index.constant(decl.fqcn, 'CREATED_AT');
  info.createdAtColumn = typeof createdAt === 'string' ? createdAt : 'created_at';
  const builder = customBuilder(decl, index);
  if (builder) info.builder = builder;
  return info;
}

const ATTRIBUTES = 'illuminate\\database\\eloquent\\attributes\\';
const USE_ELOQUENT_BUILDER = `${ATTRIBUTES}useeloquentbuilder`;
const TABLE = `${ATTRIBUTES}table`;
const PRIMARY_KEY = `${ATTRIBUTES}primarykey`;

/** One of the framework's class attributes on a model (or a parent): its arguments by position or name. */
interface ClassAttribute {
  /** `position` null: the argument is only ever given by name. */
  arg(position: number | null, name: string): Literal | undefined;
}

function classAttribute(decl: ClassDecl, index: ClassIndex, fqcn: string): ClassAttribute | null {
  for (const c of index.lineage(decl.fqcn)) {
    for (const group of children(index.classNode(c), 'attrGroups'))
      for (const attr of children(group, 'attrs')) {
        const name = field<string>(attr, 'name');
        if (!name || resolveClass(name, null, c.scope).toLowerCase() !== fqcn) continue;
        const args = children(attr, 'args');
        const ctx = index.contextFor(c, decl.fqcn, c.scope);
        return {
          arg(position, wanted) {
            const named = args.find((a) => a.kind === 'namedargument' && field<string>(a, 'name') === wanted);
            const at = position === null ? undefined : args[position];
            const node = named ? child(named, 'value') : at?.kind === 'namedargument' ? null : at;
            return node ? literalValue(node, ctx) : undefined;
          },
        };
      }
  }
  return null;
}

/** `#[Table('legacy_users', key: 'uuid')]` and `#[PrimaryKey('uuid')]` (Laravel 13): the table and its key. */
function attributeTable(decl: ClassDecl, index: ClassIndex): { table?: string; key?: string } {
  const table = classAttribute(decl, index, TABLE);
  const primaryKey = classAttribute(decl, index, PRIMARY_KEY);
  const name = table?.arg(0, 'name');
  const key = table?.arg(null, 'key') ?? primaryKey?.arg(0, 'name');
  return {
    ...(typeof name === 'string' && name ? { table: name } : {}),
    ...(typeof key === 'string' && key ? { key } : {}),
  };
}

/**
 * The app's Eloquent builder class the model's queries are made with, as Model::newEloquentBuilder() picks
 * it: an override returning `new PostBuilder($query)`, Laravel 11's `#[UseEloquentBuilder(PostBuilder::class)]`
 * or `protected static string $builder = PostBuilder::class`. Only a class the app declares is kept (its
 * methods are what a chain runs).
 */
function customBuilder(decl: ClassDecl, index: ClassIndex): string | null {
  // The framework's own builder (or an app's copy of it) is read by applyMethod itself.
  const known = (fq: string | null | undefined): string | null => {
    const found = fq ? index.get(fq)?.fqcn : undefined;
    return found && !isFrameworkClass(found) ? found : null;
  };
  const override = index.method(decl.fqcn, 'newEloquentBuilder');
  if (override?.node) {
    // The override wins over the attribute and the property, which only the framework's own method reads.
    const made = bodyStatements(override.node)
      .filter((s) => s.kind === 'return')
      .map((s) => child(s, 'expr'))
      .filter((e): e is PhpNode => e?.kind === 'new')
      .map((e) => child(e, 'what'));
    const classes = made.map((w) =>
      w ? index.resolveRef(w, override.decl.scope, override.decl.fqcn) : null,
    );
    return classes.length === 1 ? known(classes[0]) : null;
  }
  const attribute = classAttribute(decl, index, USE_ELOQUENT_BUILDER);
  if (attribute) {
    const v = attribute.arg(0, 'builderClass');
    return typeof v === 'string' ? known(v) : null;
  }
  if (!index.property(decl.fqcn, 'builder')?.summary.isStatic) return null;
  const property = index.propertyDefault(decl.fqcn, 'builder');
  return typeof property === 'string' ? known(property) : null;
}

/** `public function getTable() { return 'legacy_users'; }`, followed as PHP would call it on the model. */
function tableFromGetTable(decl: ClassDecl, index: ClassIndex, host?: EvalHost): string | null {
  const found = index.method(decl.fqcn, 'getTable');
  if (!found?.node) return null;
  const caller = index.contextFor(decl);
  if (host) caller.host = host;
  const noArgs = { positional: [], named: {} };
  const v = returnValue('this', 'getTable', noArgs, found.node, { index, budget: new CallBudget(), caller });
  return typeof v === 'string' ? v : null;
}

function envFor(decl: ClassDecl, r: Readers): Env {
  const env: Env = {
    index: r.index,
    models: r.registry,
    host: r.host,
    scope: decl.scope,
    selfFqcn: decl.fqcn,
    problems: [],
    emit: () => undefined,
    applyCallback(fn, state, join, param) {
      return applyCallbackTo(fn, state, this, join, param);
    },
    scopeMethod: (model, scope) => r.index.scopeMethod(model.fqcn, scope),
  };
  return env;
}

/** scopeRecent($query) → `recent`, with what its body adds to the query it is given. */
function readScopes(decl: ClassDecl, info: ModelInfo, r: Readers): ModelInfo['scopes'] {
  const scopes: ModelInfo['scopes'] = {};
  for (const { decl: owner, summary, node } of r.index.methodsOf(decl.fqcn).values()) {
    const raw = summary.name;
    if (!node || !/^scope./i.test(raw) || raw.length <= 5) continue;
    const name = raw[5].toLowerCase() + raw.slice(6);
    const param = firstParamName(node);
    if (!param) continue;
    const state = newState(info.table, info, 'eloquent', info.location, '');
    // The scope body is interpreted with its own scopes known so far (nested scopes settle over passes).
    applyCallbackTo(node, state, envFor(owner, r), undefined, param);
    scopes[name] = { where: state.where, orderBy: state.orderBy };
    // Read without the caller's arguments: an unread piece is the caller's to supply, so the summary is opaque.
    if (state.unknown || state.partial?.length) scopes[name].opaque = true;
  }
  // `use HasRoles { scopeRole as scopeWhereRole; }` with the trait outside the app: a scope whose filters
  // are not known, not a dynamic where on a `role` column.
  for (const { alias, method } of r.index.vendorAliases(decl.fqcn)) {
    if (!/^scope./i.test(alias)) continue;
    const name = alias[5].toLowerCase() + alias.slice(6);
    scopes[name] ??= {
      where: [],
      orderBy: [],
      unread: `${name}() is ${method}() of a trait outside the app`,
    };
  }
  return scopes;
}

function readRelations(decl: ClassDecl, info: ModelInfo, r: Readers): ModelInfo['relations'] {
  const relations: ModelInfo['relations'] = {};
  for (const { decl: owner, summary, node } of r.index.methodsOf(decl.fqcn).values()) {
    const methodName = summary.name;
    if (!node || summary.params.length > 0) continue;
    for (const expr of bodyExpressions(node)) {
      if (expr.kind !== 'call') continue;
      const chain = flatten(expr);
      const first = chain.steps[0];
      if (chain.root.kind !== 'variable' || nameOf(chain.root) !== 'this' || !first?.name) continue;
      const kind = first.name.toLowerCase();
      if (!RELATION_METHODS.has(kind)) continue;
      const env = envFor(owner, r);
      const rel = relationFrom(kind, first.args, methodName, info, env);
      if (!rel) continue;
      rel.location = { file: owner.file, line: expr.loc?.start.line ?? owner.line };
      constrain(rel, chain.steps.slice(1), env);
      relations[methodName] = rel;
      break;
    }
  }
  return relations;
}

/** `public function paidOrders() { return $this->orders()->where('status', 'paid'); }`: a narrower copy. */
function derivedRelations(decl: ClassDecl, info: ModelInfo, r: Readers): ModelInfo['relations'] {
  const out: ModelInfo['relations'] = {};
  for (const { decl: owner, summary, node } of r.index.methodsOf(decl.fqcn).values()) {
    const methodName = summary.name;
    if (!node || info.relations[methodName] || summary.params.length > 0) continue;
    const [expr] = bodyExpressions(node).filter((e) => e.kind === 'call');
    if (!expr) continue;
    const chain = flatten(expr);
    const first = chain.steps[0];
    if (
      chain.root.kind !== 'variable' ||
      nameOf(chain.root) !== 'this' ||
      first?.kind !== 'call' ||
      !first.name
    )
      continue;
    const base = Object.entries(info.relations).find(
      ([n]) => n.toLowerCase() === first.name?.toLowerCase(),
    )?.[1];
    if (!base || first.args.length > 0) continue;
    const rel: Relation = {
      ...base,
      location: { file: owner.file, line: expr.loc?.start.line ?? owner.line },
    };
    if (base.where) rel.where = [...base.where];
    if (base.orderBy) rel.orderBy = [...base.orderBy];
    const before = { where: rel.where ?? [], orderBy: rel.orderBy ?? [] };
    constrain(rel, chain.steps.slice(1), envFor(owner, r));
    // constrain() replaces the lists: keep the base relation's own constraints in front.
    if (rel.where !== before.where) rel.where = [...before.where, ...(rel.where ?? [])];
    if (rel.orderBy !== before.orderBy) rel.orderBy = [...before.orderBy, ...(rel.orderBy ?? [])];
    if (!rel.where?.length) delete rel.where;
    if (!rel.orderBy?.length) delete rel.orderBy;
    out[methodName] = rel;
  }
  return out;
}

/** `->where('approved', true)->latest()` chained on a relation definition. */
function constrain(rel: Relation, steps: Step[], env: Env): void {
  if (!rel.table || steps.length === 0) return;
  const ctx = evalContext(env);
  const state: QueryState = newState(
    rel.table,
    env.models.get(rel.related),
    'relation',
    rel.location ?? { file: '', line: 1 },
    '',
  );
  if (rel.pivotTable) state.tables.set(rel.pivotTable.toLowerCase(), rel.pivotTable);
  const extra: Predicate[] = [];
  for (const step of steps) {
    if (step.kind !== 'call' || !step.name) break;
    const m = step.name.toLowerCase();
    if (m.startsWith('wherepivot') && rel.pivotTable) {
      const col = literalValue(step.args[0], ctx);
      if (typeof col === 'string') {
        const value = literalValue(step.args.length >= 3 ? step.args[2] : step.args[1], ctx);
        const op =
          m === 'wherepivotin'
            ? 'in'
            : m === 'wherepivotnull'
              ? 'is null'
              : m === 'wherepivotnotnull'
                ? 'is not null'
                : '=';
        const p: Predicate = { column: col, op, table: rel.pivotTable };
        if (value !== undefined && value !== null && op === '=') p.value = value;
        extra.push(p);
      }
      continue;
    }
    const after = applyMethod(state, step.name, step.args, env);
    if (after.kind === 'builder') continue;
    // `->first()`, `->get()`: the method runs the query and hands back rows, not the relation.
    if (!state.noRead)
      rel.runs = after.kind === 'model' || state.single ? 'one' : RETURNS_ROWS.has(m) ? 'rows' : 'value';
    break;
  }
  if (state.unknown) return;
  const where = [...state.where, ...extra];
  if (where.length) rel.where = where;
  if (state.orderBy.length) rel.orderBy = state.orderBy;
}

function relationFrom(
  kind: string,
  args: PhpNode[],
  methodName: string,
  info: ModelInfo,
  env: Env,
): Relation | null {
  const ctx = evalContext(env);
  const str = (n: PhpNode | undefined): string | null => {
    const v = literalValue(n, ctx);
    return typeof v === 'string' && v !== '' ? v : null;
  };
  const related = str(args[0])?.replace(/^\\/, '') ?? null;
  const selfPk = info.primaryKey ?? 'id';
  const target = (fq: string | null) => {
    const model = env.models.get(fq);
    return { table: model?.table ?? (fq ? conventionalTable(fq) : null), pk: model?.primaryKey ?? 'id' };
  };
  if (kind === 'morphto') {
    return { kind: 'morphTo', related: null, table: null, foreignKey: null, ownerKey: null };
  }
  if (!related) return null;
  const rel = target(related);
  const base = { related, table: rel.table };
  switch (kind) {
    case 'hasmany':
    case 'hasone':
      return {
        kind: kind === 'hasmany' ? 'hasMany' : 'hasOne',
        ...base,
        foreignKey: str(args[1]) ?? foreignKeyFor(info.className, selfPk),
        ownerKey: str(args[2]) ?? selfPk,
      };
    case 'belongsto':
      return {
        kind: 'belongsTo',
        ...base,
        foreignKey: str(args[1]) ?? `${snake(methodName)}_${rel.pk}`,
        ownerKey: str(args[2]) ?? rel.pk,
      };
    case 'morphmany':
    case 'morphone': {
      const name = str(args[1]);
      if (!name) return null;
      return {
        kind: kind === 'morphmany' ? 'morphMany' : 'morphOne',
        ...base,
        foreignKey: str(args[3]) ?? `${name}_id`,
        ownerKey: str(args[4]) ?? selfPk,
        morphType: str(args[2]) ?? `${name}_type`,
        morphClass: info.fqcn,
      };
    }
    case 'belongstomany': {
      const pivotArg = str(args[1]);
      const pivotModel = env.models.get(pivotArg);
      return {
        kind: 'belongsToMany',
        ...base,
        pivotTable: pivotModel?.table ?? pivotArg ?? joiningTable(info.className, related),
        foreignKey: str(args[2]) ?? foreignKeyFor(info.className, selfPk),
        relatedPivotKey: str(args[3]) ?? foreignKeyFor(related, rel.pk),
        ownerKey: str(args[5]) ?? rel.pk,
      };
    }
    case 'morphtomany':
    case 'morphedbymany': {
      const name = str(args[1]);
      if (!name) return null;
      const inverse = kind === 'morphedbymany';
      return {
        kind: inverse ? 'morphedByMany' : 'morphToMany',
        ...base,
        pivotTable: str(args[2]) ?? plural(name),
        foreignKey: str(args[3]) ?? (inverse ? foreignKeyFor(info.className, selfPk) : `${name}_id`),
        relatedPivotKey: str(args[4]) ?? (inverse ? `${name}_id` : foreignKeyFor(related, rel.pk)),
        ownerKey: str(args[6]) ?? rel.pk,
        morphType: `${name}_type`,
        morphClass: inverse ? related : info.fqcn,
      };
    }
    case 'hasmanythrough':
    case 'hasonethrough': {
      const throughFq = str(args[1])?.replace(/^\\/, '') ?? null;
      if (!throughFq) return null;
      const through = target(throughFq);
      if (!through.table) return null;
      const firstKey = str(args[2]) ?? foreignKeyFor(info.className, selfPk);
      return {
        kind: kind === 'hasmanythrough' ? 'hasManyThrough' : 'hasOneThrough',
        ...base,
        foreignKey: firstKey,
        ownerKey: str(args[4]) ?? selfPk,
        through: {
          table: through.table,
          firstKey,
          localKey: str(args[5]) ?? through.pk,
          secondKey: str(args[3]) ?? foreignKeyFor(throughFq, through.pk),
        },
      };
    }
  }
  return null;
}
