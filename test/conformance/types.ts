/**
 * How the conformance test calls an SDK method with arguments generated from the spec.
 *
 * `params` holds one generated value per spec parameter of the operation (path, query and JSON body fields),
 * keyed by the camelCase form of the spec name (`user_id` → `userId`). `body` is the generated request body
 * itself, camelCased one level deep (an array for the bulk endpoints). A method without an entry is called the
 * default way: its path parameters positionally, in path order, then one object with every other parameter
 * (left out when there are none).
 */
export interface CallShape {
  /** Builds the argument list. */
  args?: (params: Record<string, any>, context: { body: unknown }) => unknown[];
  /** Fixed values for path parameters (snake_case names), where the method rewrites what it is given. */
  path?: Record<string, string>;
  /** Spec parameters (snake_case names) the method deliberately does not expose, each with the reason. */
  omit?: Record<string, string>;
}

/** Keyed by `resource.method` as in operations.tsv, or by operationId where one method serves two operations. */
export type CallShapes = Record<string, CallShape>;

/** Spec component schema name → the SDK model's fromJSON. Keyed by the schema name in the spec. */
export type ModelRegistry = Record<string, (json: any) => object>;
