import { HttpResponse } from 'msw';
import type { MockRouteHandler, MockRouteInput } from './create-mock-kernel.js';

/** The operationIds of one stored resource, by what each does. */
export interface ResourceOperations {
  /** Stores a new record from the body. */
  create?: string;
  /** Answers the visible records through `page`. */
  list?: string;
  /** Answers one record. */
  get?: string;
  /** Changes one record. */
  update?: string;
  /** Deletes one record. */
  remove?: string;
}

/** How `resourceRoutes` keeps and answers one kind of record. */
export interface ResourceRoutesOptions<T extends object> {
  /** The records, by id. */
  store: Map<string, T>;
  /** The path parameter that names one record (e.g. `playerId`). */
  param: string;
  /** Which operations of the table create, list, get, update and remove it. */
  operations: ResourceOperations;
  /** The id a record is stored under. */
  id: (record: T) => string;
  /** A new record from a create request, or the refusal to make one. */
  create?: (input: MockRouteInput) => T | Response;
  /** Applies an update request to a record (default: the body's fields assigned onto it), or refuses it. */
  update?: (record: T, input: MockRouteInput) => T | Response;
  /** The provider's page of `items` for a list request (filtering and paging are the provider's). */
  page?: (items: T[], input: MockRouteInput) => Response;
  /** Which records a request may see (default: all), e.g. only the caller's. */
  visible?: (record: T, input: MockRouteInput) => boolean;
  /** The answer carrying a record (default: JSON with the operation's first success status). */
  send?: (record: T, input: MockRouteInput) => Response;
  /** The provider's answer for an id it does not hold. */
  missing: (input: MockRouteInput) => Response;
}

const statusOf = (input: MockRouteInput) => input.operation.successStatuses[0] ?? 200;

/** What a route on one stored record does with it. */
export type RecordHandler<T> = (record: T, input: MockRouteInput) => Response | Promise<Response>;

/**
 * A route on the record of `store` named by the path parameter `param`: `handle` runs when the
 * record exists and `visible` allows it; otherwise `missing` answers (given the record when it
 * exists but may not be shown, e.g. another caller's).
 */
export function recordRoute<T>(
  store: ReadonlyMap<string, T>,
  param: string,
  handle: RecordHandler<T>,
  missing: (input: MockRouteInput, hidden: T | undefined) => Response,
  visible: (record: T, input: MockRouteInput) => boolean = () => true,
): MockRouteHandler {
  return (input) => {
    const record = store.get(input.params[param] ?? '');
    return record !== undefined && visible(record, input) ? handle(record, input) : missing(input, record);
  };
}

/**
 * Handlers for a resource kept in a `Map`: create, list, get, update and remove, by the operationIds
 * given. The kernel has already checked auth, limits and the request against the spec; this keeps
 * the records and answers 404 through `missing` for an id it does not hold (or may not show).
 */
export function resourceRoutes<T extends object>(options: ResourceRoutesOptions<T>): Record<string, MockRouteHandler> {
  const { store, operations } = options;
  const send = options.send ?? ((record, input) => HttpResponse.json(record as Record<string, unknown>, { status: statusOf(input) }));
  const visible = options.visible ?? (() => true);
  const found = (handle: RecordHandler<T>) => recordRoute(store, options.param, handle, options.missing, visible);
  const routes: Record<string, MockRouteHandler> = {};
  if (operations.create && options.create) {
    const create = options.create;
    routes[operations.create] = (input) => {
      const record = create(input);
      if (record instanceof Response) {
        return record;
      }
      store.set(options.id(record), record);
      return send(record, input);
    };
  }
  if (operations.list && options.page) {
    const page = options.page;
    routes[operations.list] = (input) =>
      page(
        [...store.values()].filter((record) => visible(record, input)),
        input,
      );
  }
  if (operations.get) {
    routes[operations.get] = found((record, input) => send(record, input));
  }
  if (operations.update) {
    const update = options.update ?? ((record: T, input: MockRouteInput) => Object.assign(record, input.body));
    routes[operations.update] = found((record, input) => {
      const updated = update(record, input);
      return updated instanceof Response ? updated : send(updated, input);
    });
  }
  if (operations.remove) {
    routes[operations.remove] = found((record, input) => {
      store.delete(options.id(record));
      const status = statusOf(input);
      return status === 204 || status === 202 ? new HttpResponse(null, { status }) : send(record, input);
    });
  }
  return routes;
}
