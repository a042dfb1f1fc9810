import { redact, redactValue } from '../redaction/redact.js';

const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');

/** Options every Conduit error accepts. */
export interface ConduitErrorOptions {
  /** The underlying failure (a fetch `TypeError`, a zod issue, an `AbortSignal` reason). */
  cause?: unknown;
  /** How many attempts were made before this error was thrown. */
  attempts?: number;
  /** Whether retrying the same call later may succeed. */
  retryable?: boolean;
}

/**
 * Root of every error Conduit throws. Brand-checked with `Symbol.for` markers, so
 * `ConduitError.isInstance(e)` holds across duplicated package copies and realms.
 */
export class ConduitError extends Error {
  /** The class's brand; it is also each instance's `name`. Every subclass declares its own. */
  static readonly brand: string = 'ConduitError';
  // Each class declares a private member so TypeScript narrows them as distinct types; it emits no code.
  declare private readonly conduitErrorBrand: true;
  /**
   * True for a value carrying this class's brand, whichever copy of Conduit created it. Read
   * through a getter, so `NotFoundError.isInstance` can be passed unbound (to `filter`, `toSatisfy`).
   */
  static get isInstance(): (value: unknown) => value is ConduitError {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the subclass the getter is read on; that is the point.
    const marker = markerOf(this.brand);
    return (value): value is ConduitError => hasMarker(value, marker);
  }
  /** Number of attempts made (1 when the call was not retried). */
  attempts: number;
  /** Whether the same call may succeed if repeated later. */
  readonly retryable: boolean;

  constructor(message: string, options: ConduitErrorOptions = {}) {
    super(redact(message), options.cause === undefined ? undefined : { cause: options.cause });
    // Named from the brand (minifiers rename classes), before the stack is read so its first line names the subclass.
    let type = new.target as unknown as typeof ConduitError;
    this.name = type.brand;
    for (; type !== (Error as unknown); type = Object.getPrototypeOf(type)) {
      if (Object.hasOwn(type, 'brand')) {
        (this as unknown as Record<symbol, boolean>)[Symbol.for(markerOf(type.brand))] = true;
      }
    }
    this.attempts = options.attempts ?? 1;
    this.retryable = options.retryable ?? false;
    if (this.stack) {
      this.stack = redact(this.stack);
    }
  }

  /** A redacted, JSON-safe view: never carries a key or a signed-URL token. */
  toJSON(): Record<string, unknown> {
    const output: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) {
      if (value !== undefined) {
        output[key] = redactValue(value);
      }
    }
    if (this.cause !== undefined) {
      output.cause = this.cause instanceof Error ? redact(String(this.cause.message)) : redactValue(this.cause);
    }
    return output;
  }

  /** Node's `util.inspect` hook: the stack plus the redacted `toJSON()` fields, so `console.log(error)` never prints a secret. */
  [inspectSymbol](): string {
    return `${this.stack ?? `${this.name}: ${this.message}`}\n${redact(JSON.stringify(this.toJSON(), null, 2))}`;
  }
}

/** True when `value` carries the `Symbol.for(marker)` brand. */
export function hasMarker(value: unknown, marker: string): boolean {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[Symbol.for(marker)] === true;
}

function markerOf(brand: string): string {
  return brand === 'ConduitError' ? 'conduit.error' : `conduit.error.${brand}`;
}
