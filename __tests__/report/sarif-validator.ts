/** Ajv with the OASIS SARIF 2.1.0 schema (oasis-tcs/sarif-spec, Documents/CommitteeSpecifications/2.1.0). */

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AjvModule from 'ajv';

const schema = JSON.parse(
  readFileSync(
    join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'sarif-schema-2.1.0.json'),
    'utf8',
  ),
);

type Validator = ((data: unknown) => boolean) & { errors?: unknown };
type AjvCtor = new (opts: object) => {
  addFormat(name: string, validate: (value: string) => boolean): void;
  compile(schema: object): Validator;
};
const Ajv = ((AjvModule as unknown as { default?: AjvCtor }).default ?? AjvModule) as unknown as AjvCtor;

function isUri(value: string): boolean {
  try {
    return Boolean(new URL(value).protocol);
  } catch {
    return false;
  }
}

function isUriReference(value: string): boolean {
  try {
    new URL(value, 'file:///base/');
    return !/\s/.test(value);
  } catch {
    return false;
  }
}

export function sarifValidator(): Validator {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', isUri);
  ajv.addFormat('uri-reference', isUriReference);
  ajv.addFormat('date-time', (v) => !Number.isNaN(Date.parse(v)));
  return ajv.compile(schema);
}
