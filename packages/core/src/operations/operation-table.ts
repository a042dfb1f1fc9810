/** One operation of a provider's spec, as `npm run generate` writes it into `@conduit/specs/<provider>`. */
export interface OperationEntry {
  /** HTTP method in upper case. */
  readonly method: string;
  /** Path template below the base URL, with `{name}` parameters. */
  readonly path: string;
  /** The spec's operationId. */
  readonly operationId: string;
  /** The rate-limit bucket (`x-conduit-bucket`). */
  readonly bucket: string;
  /** Alternative security requirements, each a list of scheme names; empty when the operation needs no credentials. */
  readonly security: readonly (readonly string[])[];
  /** Documented statuses below 400. */
  readonly successStatuses: readonly number[];
  /** Pagination style (`x-conduit-pagination`), where the spec declares one. */
  readonly pagination?: string | undefined;
  /** Content types the request body may have (none: no body). */
  readonly requestContentTypes: readonly string[];
  /** The allowed values of each enum-typed parameter, by parameter name. */
  readonly parameterEnums: Readonly<Record<string, readonly string[]>>;
}

/** A provider's operations keyed by operationId. */
export type OperationTable = Readonly<Record<string, OperationEntry>>;

/** What routing a request needs of an operation: method, path template, operationId and bucket. */
export type RoutedOperation = Pick<OperationEntry, 'method' | 'path' | 'operationId' | 'bucket'>;

/** The compact form clients bundle (`@conduit/specs/<provider>`'s `<provider>Routes`): `[method, path, operationId, bucket]`. */
export type OperationRoute = readonly [method: string, path: string, operationId: string, bucket: string];
