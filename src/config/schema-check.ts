/**
 * Validates a parsed .perf-audit.yml against schema/perf-audit.schema.json (the file editors use too) and
 * turns ajv's first error into the message a user reads: the key path and what was expected.
 */

import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import schema from '../../schema/perf-audit.schema.json' with { type: 'json' };
import { rangeText } from './ranges.js';
import type { KeyPath } from './yaml-lines.js';

export interface SchemaProblem {
  path: KeyPath;
  message: string;
}

/** Part of the schema: the keywords the messages read. `errorMessage` is the annotation editors show too. */
interface SchemaNode {
  type?: string | string[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  properties?: Record<string, unknown>;
  errorMessage?: string | { required?: string | Record<string, string> };
}

export const CONFIG_SCHEMA = schema;

let compiled: ValidateFunction | null = null;

function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: false, strict: true, allowUnionTypes: true, verbose: true });
    // An annotation: the text shown for a failure of the schema it sits on (by ajv's callers and editors).
    ajv.addKeyword({ keyword: 'errorMessage', schemaType: ['string', 'object'] });
    compiled = ajv.compile(schema);
  }
  return compiled;
}

/** The first problem in `data`, or null when it matches the schema. */
export function schemaProblem(data: unknown): SchemaProblem | null {
  const validate = validator();
  if (validate(data)) return null;
  return describe(validate.errors ?? [], data);
}

/** JSON pointer → key path, with array indexes as numbers (so lines can be found for sequence items). */
function keyPath(pointer: string, data: unknown): KeyPath {
  const path: KeyPath = [];
  let at = data;
  for (const raw of pointer.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const part = Array.isArray(at) ? Number(seg) : seg;
    path.push(part);
    at = at !== null && typeof at === 'object' ? (at as Record<string | number, unknown>)[part] : undefined;
  }
  return path;
}

function depth(e: ErrorObject): number {
  return e.instancePath.split('/').length;
}

/**
 * ajv stops at the first failing keyword; for anyOf it also lists every branch's errors. A branch error
 * below the anyOf's own value (a bad list item, a bad key inside a mapping) says more than "none of the
 * branches matched", so the deepest of those is reported.
 */
function chosen(errors: ErrorObject[]): ErrorObject {
  const last = errors[errors.length - 1];
  if (last.keyword !== 'anyOf') return last;
  const below = errors.filter((e) => e.instancePath.startsWith(`${last.instancePath}/`));
  if (below.length === 0) return last;
  return below.reduce((a, b) => (depth(b) > depth(a) ? b : a));
}

function describe(errors: ErrorObject[], data: unknown): SchemaProblem {
  const last = errors[errors.length - 1];
  if (last.keyword === 'propertyNames') {
    const name = String((last.params as { propertyName: string }).propertyName);
    const inner = errors.find((e) => e !== last && e.propertyName === name);
    return {
      path: [...keyPath(last.instancePath, data), name],
      message: messageOf(inner ?? last),
    };
  }
  const e = chosen(errors);
  const path = keyPath(e.instancePath, data);
  if (e.keyword === 'additionalProperties') {
    const key = String((e.params as { additionalProperty: string }).additionalProperty);
    return { path: [...path, key], message: messageOf(e) };
  }
  return { path, message: messageOf(e) };
}

function messageOf(e: ErrorObject): string {
  const node = (e.parentSchema ?? {}) as SchemaNode;
  if (e.keyword === 'additionalProperties') {
    return `unknown key (known: ${Object.keys(node.properties ?? {}).join(', ')})`;
  }
  if (e.keyword === 'required') {
    const missing = String((e.params as { missingProperty: string }).missingProperty);
    const text = typeof node.errorMessage === 'object' ? node.errorMessage.required : undefined;
    return (typeof text === 'string' ? text : text?.[missing]) ?? `needs ${missing}`;
  }
  if (typeof node.errorMessage === 'string') return node.errorMessage;
  const types = [node.type ?? []].flat();
  if (types.includes('integer')) {
    return `expected a whole number ${rangeText({ min: node.minimum ?? -Infinity, max: node.maximum ?? Infinity })}`;
  }
  if (e.keyword === 'enum' && node.enum) return `expected one of ${node.enum.join(', ')}`;
  if (types.includes('object')) return 'expected a mapping';
  if (types.includes('boolean')) return 'expected true or false';
  return e.message ?? 'not valid';
}
