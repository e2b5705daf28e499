// Checks emulator answers against the Backend API spec's response schemas, with the one validator every suite uses
// (test/spec/openapi.ts: exactly-one oneOf, allOf merged into one object that is closed when any branch is).
import { deref as derefRef, loadSpec, validate, type Schema } from '../spec/openapi';

export { validate };

/** The parsed spec, read once per process by the shared spec helpers. */
export function spec(): Schema {
  return loadSpec().doc as Schema;
}

/** Follows $refs, keeping a `nullable` seen on the way. */
function deref(schema: Schema): Schema {
  let current = schema;
  let nullable = false;
  while (current && typeof current.$ref === 'string') {
    nullable ||= current.nullable === true;
    current = derefRef(spec(), { $ref: current.$ref });
  }
  return nullable ? { ...current, nullable: true } : current;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

let byOperation: Map<string, Schema> | undefined;
/** Every operation by operationId. */
export function operations(): Map<string, Schema> {
  if (!byOperation) {
    byOperation = new Map();
    for (const item of Object.values(spec().paths as Record<string, Schema>)) {
      for (const method of METHODS) if (item[method]) byOperation.set(item[method].operationId, item[method]);
    }
  }
  return byOperation;
}

export interface Verdict {
  /** false when the status is not among the operation's documented responses (errors are then checked as ClerkErrors). */
  documented: boolean;
  errors: string[];
}

/**
 * Checks one answer of an operation against the schema the spec gives for that status. `paginated` says the request
 * sent `paginated=true`: list operations documented as a bare array then answer `{ data, total_count }` (the form
 * Clerk's own SDK asks for), so that wrapper around the documented array is what is checked.
 */
export function checkResponse(operationId: string, status: number, body: unknown, paginated = false): Verdict {
  const op = operations().get(operationId);
  if (!op) return { documented: false, errors: [`unknown operation ${operationId}`] };
  const declared = op.responses?.[String(status)] ?? op.responses?.[`${String(status)[0]}XX`];
  const clerkErrors = { $ref: '#/components/schemas/ClerkErrors' };
  if (!declared) {
    if (status < 400) return { documented: false, errors: [`${operationId}: status ${status} is not documented`] };
    return { documented: false, errors: validate(clerkErrors, body) };
  }
  const response = deref(declared);
  const content = response.content?.['application/json']?.schema;
  // A documented error with no body schema still carries Clerk's error envelope.
  let schema = content ?? (status >= 400 ? clerkErrors : undefined);
  if (!schema) return { documented: true, errors: [] };
  const takesPaginated = (op.parameters ?? []).some((p: Schema) => deref(p).name === 'paginated');
  if (paginated && takesPaginated && status < 300 && deref(schema).type === 'array') {
    schema = {
      type: 'object',
      additionalProperties: false,
      required: ['data', 'total_count'],
      properties: { data: schema, total_count: { type: 'integer' } },
    };
  }
  return { documented: true, errors: validate(schema, body) };
}
