/**
 * Validates a parsed .perf-audit.yml against schema/perf-audit.schema.json (the file editors use too) and
 * turns ajv's first error into the message a user reads: the key path and what was expected. The
 * validator is ajv's standalone code for the schema, generated ahead (scripts/schema-validator.mjs).
 */

import type { ErrorObject } from 'ajv';
import schema from '../../schema/perf-audit.schema.json' with { type: 'json' };
import { validate } from './schema-validator.generated.js';
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

/** The first problem in `data`, or null when it matches the schema. */
export function schemaProblem(data: unknown): SchemaProblem | null {
  if (validate(data)) return null;
  return describe(validate.errors ?? [], data);
}

/** A JSON pointer's segments; a schema path (`#/…`) is also URI-encoded. */
function segments(pointer: string, uri = false): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => (uri ? decodeURIComponent(s) : s).replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The schema node holding the keyword that failed (`#/properties/http/properties/samples/maximum` → samples). */
function parentSchema(e: ErrorObject): SchemaNode {
  let node: unknown = schema;
  for (const seg of segments(e.schemaPath, true).slice(0, -1))
    node = (node as Record<string, unknown>)?.[seg];
  return (node ?? {}) as SchemaNode;
}

/** JSON pointer → key path, with array indexes as numbers (so lines can be found for sequence items). */
function keyPath(pointer: string, data: unknown): KeyPath {
  const path: KeyPath = [];
  let at = data;
  for (const seg of segments(pointer)) {
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
  const node = parentSchema(e);
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
