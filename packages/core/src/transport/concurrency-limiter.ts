/** A counting semaphore: at most `max` holders at once, FIFO. */
export class ConcurrencyLimiter {
  #active = 0;
  readonly #queue: Array<() => void> = [];
  constructor(readonly max: number) {}

  async acquire(signal?: AbortSignal): Promise<() => void> {
    if (this.#active >= this.max) {
      // An already-aborted signal never fires 'abort' again: refuse now instead of waiting for a slot.
      signal?.throwIfAborted();
      await new Promise<void>((resolve, reject) => {
        const onAbort = () => {
          const index = this.#queue.indexOf(grant);
          if (index >= 0) {
            this.#queue.splice(index, 1);
          }
          reject(signal?.reason);
        };
        const grant = () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        };
        this.#queue.push(grant);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    } else {
      this.#active++;
    }
    let released = false;
    return () => {
      if (released) {
        return;
      }
      released = true;
      const next = this.#queue.shift();
      if (next) {
        next();
      } else {
        this.#active--;
      }
    };
  }
}
