import Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv/dist/2020';
import type { YoushuEventName, YoushuInterfaceName } from './catalog-types';
import { EVENT_SCHEMAS, INTERFACE_SCHEMAS, SHARED_SCHEMAS } from './schema-registry';

let ajv: Ajv2020 | undefined;

/** One ajv for the whole catalog, created on first use; each schema compiles on its first validation, then is cached. */
function catalogAjv(): Ajv2020 {
  if (ajv) return ajv;
  // verbose: errors carry the data and schema, which the messages quote; allowUnionTypes: chan_scene is
  // integer|string; strictRequired off: if/then branches require fields that the enclosing schema defines.
  const instance = new Ajv2020({
    allErrors: true,
    verbose: true,
    allowUnionTypes: true,
    strict: true,
    strictRequired: false,
  });
  for (const schema of [...SHARED_SCHEMAS, ...Object.values(EVENT_SCHEMAS), ...Object.values(INTERFACE_SCHEMAS)]) {
    instance.addSchema(schema);
  }
  ajv = instance;
  return instance;
}

function compiled(schema: { $id?: unknown }): ValidateFunction {
  const validate = catalogAjv().getSchema(String(schema.$id));
  if (!validate) throw new Error(`catalog schema ${String(schema.$id)} is not registered`);
  return validate;
}

export function eventValidator(name: YoushuEventName): ValidateFunction {
  return compiled(EVENT_SCHEMAS[name]);
}

export function interfaceValidator(name: YoushuInterfaceName): ValidateFunction {
  return compiled(INTERFACE_SCHEMAS[name]);
}
