// Types of the generated validator (scripts/schema-validator.mjs).
import type { ErrorObject } from 'ajv';

export interface GeneratedValidate {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
export declare const validate: GeneratedValidate;
export default validate;
