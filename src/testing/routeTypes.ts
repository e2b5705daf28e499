/** Simple type of one parameter or body field, as the spec declares it. */
export interface FieldRule {
  /** JSON type: string, integer, number, boolean, object, array, or any. */
  readonly t: string;
  /** 1 when the spec lists the field as required. */
  readonly r?: number;
  /** 1 when the field may be null. */
  readonly n?: number;
  /** Allowed values (for an array: allowed item values). */
  readonly e?: readonly string[];
  /** Item type of an array. */
  readonly i?: string;
  /** Smallest allowed number. */
  readonly min?: number;
  /** Largest allowed number. */
  readonly max?: number;
}

/** What the request body of an operation looks like. */
export interface BodyRule {
  /** A JSON object, a JSON array of objects, or a multipart form. */
  readonly kind: 'object' | 'array' | 'multipart';
  /** The fields of the object (for arrays: of each element). */
  readonly fields: Readonly<Record<string, FieldRule>>;
  /** For JSON objects: whether a body must be sent at all. */
  readonly required?: boolean;
  /** For arrays: fewest elements. */
  readonly min?: number;
  /** For arrays: most elements. */
  readonly max?: number;
}

/** One operation of the Backend API. */
export interface RouteRow {
  /** HTTP method. */
  readonly m: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path template under `/v1`, with `{name}` placeholders. */
  readonly p: string;
  /** The spec's operationId. */
  readonly op: string;
  /** Query parameters. */
  readonly q?: Readonly<Record<string, FieldRule>>;
  /** Request body. */
  readonly b?: BodyRule;
  /** 1 when the operation needs no secret key. */
  readonly pub?: number;
}
