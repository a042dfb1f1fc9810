import { APIConnectionError, AuthenticationError, ConduitError, RequestAbortedError } from '@conduit/core';
import { parseRealtimeMessage, type ScriptixRealtimeStateMessage, type ScriptixRealtimeTranscript } from './scriptix-realtime-messages.js';
import { RealtimeSessionError } from './scriptix-realtime-session-error.js';
import type { ScriptixWebSocketEvent, ScriptixWebSocketLike } from './scriptix-websocket.js';

/** Where a realtime session stands. */
export type ScriptixRealtimeState = 'connecting' | 'loading' | 'listening' | 'stopping' | 'stopped' | 'closed';

/** What the session needs besides its socket. */
export interface RealtimeSessionSetup {
  /** The `{"action":"start"}` message sent once the socket opens. */
  start: Record<string, unknown>;
  /** Called with every documented server state (`loading`, `listening`, `stopped`, `shutting_down`). */
  onState: ((message: ScriptixRealtimeStateMessage) => void) | undefined;
  /** Called once after the socket closed (to revoke a token minted for this session). */
  onClosed: (() => void) | undefined;
}

const authCloseCodes = new Set([1008, 4001, 4003, 4401, 4403]);
const authMessage = /unauthori[sz]ed|forbidden|invalid (api )?(key|token)|revoked|expired|authentica/i;

function closeError(code: number, reason: string, opened: boolean): ConduitError {
  if (authCloseCodes.has(code) || authMessage.test(reason)) {
    return new AuthenticationError(`Scriptix realtime refused the token${reason ? `: ${reason}` : ''} (close ${code})`, {
      status: 401,
      provider: 'scriptix',
      code: `websocket_close_${code}`,
    });
  }
  if (code === 1006) {
    return new APIConnectionError(
      opened
        ? 'Scriptix realtime connection closed abnormally (1006)'
        : 'Could not open the Scriptix realtime socket (1006): the handshake was refused or the network failed; check the endpoint and the realtime token',
    );
  }
  return new RealtimeSessionError(`Scriptix realtime socket closed with ${code}${reason ? `: ${reason}` : ''}`, {
    closeCode: code,
    reason,
  });
}

/**
 * One realtime transcription over a WebSocket: send PCM audio with `send`, read partial and final
 * transcripts with `for await`, end with `stop()` (flushes finals) or `close()`. The iterator throws
 * the typed error of an abnormal or refused close.
 */
export class ScriptixRealtimeSession implements AsyncIterable<ScriptixRealtimeTranscript> {
  readonly #socket: ScriptixWebSocketLike;
  readonly #setup: RealtimeSessionSetup;
  readonly #queue: ScriptixRealtimeTranscript[] = [];
  #waiter: { resolve: () => void } | undefined;
  #state: ScriptixRealtimeState = 'connecting';
  #sessionId: string | undefined;
  #failure: ConduitError | undefined;
  #serverError: string | undefined;
  #opened = false;
  #finished = false;
  readonly #ready: Promise<void>;
  #settleReady!: (error?: ConduitError) => void;
  readonly #closed: Promise<void>;
  #settleClosed!: () => void;

  constructor(socket: ScriptixWebSocketLike, setup: RealtimeSessionSetup) {
    this.#socket = socket;
    this.#setup = setup;
    this.#ready = new Promise<void>((resolve, reject) => {
      this.#settleReady = (error) => (error ? reject(error) : resolve());
    });
    this.#ready.catch(() => {});
    this.#closed = new Promise<void>((resolve) => {
      this.#settleClosed = resolve;
    });
    socket.binaryType = 'arraybuffer';
    socket.addEventListener('open', () => {
      this.#opened = true;
      socket.send(JSON.stringify(setup.start));
    });
    socket.addEventListener('message', (event) => this.#onMessage(event));
    socket.addEventListener('close', (event) => this.#onClose(event));
    // Some implementations (undici before the spec fix) fire only `error` when the handshake is
    // refused: treat that as the close it stands for, so nothing waits for a close that never comes.
    socket.addEventListener('error', () => {
      if (!this.#opened) {
        this.#onClose({ code: 1006, reason: '' });
        try {
          socket.close();
        } catch {
          // Already closing.
        }
      }
    });
  }

  /** The current state. */
  get state(): ScriptixRealtimeState {
    return this.#state;
  }

  /** The server's session id, when `listening` carried one. */
  get sessionId(): string | undefined {
    return this.#sessionId;
  }

  /** Resolves once the server is `listening`; rejects with the typed error if the socket closes first. */
  ready(): Promise<void> {
    return this.#ready;
  }

  /** Sends one chunk of PCM s16le mono 16 kHz audio (about 100 ms, 3200 bytes, per chunk is typical). */
  send(chunk: Uint8Array | ArrayBuffer): void {
    if (!(chunk instanceof Uint8Array) && !(chunk instanceof ArrayBuffer)) {
      throw new RealtimeSessionError('Scriptix realtime: send() takes audio bytes (Uint8Array or ArrayBuffer of PCM s16le).');
    }
    if (chunk.byteLength % 2 !== 0) {
      throw new RealtimeSessionError(
        `Scriptix realtime: PCM s16le audio has 2 bytes per sample; a chunk of ${chunk.byteLength} bytes cannot be.`,
      );
    }
    if (this.#state !== 'listening') {
      throw new RealtimeSessionError(`Scriptix realtime: cannot send audio while the session is ${this.#state}.`);
    }
    this.#socket.send(chunk);
  }

  /** Sends `{"action":"stop"}`, waits until the server says `stopped` (finals still arrive), then closes the socket. */
  async stop(): Promise<void> {
    if (this.#state === 'listening' || this.#state === 'loading') {
      this.#state = 'stopping';
      this.#socket.send(JSON.stringify({ action: 'stop' }));
      await this.#closed;
      return;
    }
    await this.close();
  }

  /** Closes the socket now (code 1000) without waiting for pending finals. */
  async close(): Promise<void> {
    if (this.#state !== 'closed') {
      this.#state = this.#state === 'stopped' ? 'stopped' : 'stopping';
      this.#socket.close(1000, 'client closed');
    }
    await this.#closed;
  }

  /** Aborts the session: closes the socket; the iterator throws `reason` if it is a Conduit error, else `RequestAbortedError`. */
  abort(reason?: unknown): void {
    this.#fail(
      ConduitError.isInstance(reason)
        ? reason
        : new RequestAbortedError('The realtime session was aborted by the caller', { cause: reason }),
    );
    if (this.#state !== 'closed') {
      this.#socket.close(1000, 'aborted');
    }
  }

  /** Transcripts as they arrive, until the session stops. */
  async *[Symbol.asyncIterator](): AsyncGenerator<ScriptixRealtimeTranscript, void, undefined> {
    for (;;) {
      const next = this.#queue.shift();
      if (next) {
        yield next;
        continue;
      }
      if (this.#failure) {
        throw this.#failure;
      }
      if (this.#state === 'closed') {
        return;
      }
      await new Promise<void>((resolve) => {
        this.#waiter = { resolve };
      });
    }
  }

  #wake(): void {
    const waiter = this.#waiter;
    this.#waiter = undefined;
    waiter?.resolve();
  }

  #fail(error: ConduitError): void {
    this.#failure ??= error;
    this.#settleReady(this.#failure);
    this.#wake();
  }

  #onMessage(event: ScriptixWebSocketEvent): void {
    if (typeof event.data !== 'string') {
      return;
    }
    const message = parseRealtimeMessage(event.data);
    if (message.kind === 'transcript') {
      this.#queue.push(message.transcript);
      this.#wake();
    } else if (message.kind === 'state') {
      this.#onState(message.message);
    } else if (message.kind === 'error') {
      this.#serverError = message.message;
      this.#socket.close(1000, 'server error');
    }
  }

  #onState(message: ScriptixRealtimeStateMessage): void {
    if (message.state === 'listening') {
      this.#sessionId = message.sessionId ?? this.#sessionId;
      if (this.#state === 'connecting' || this.#state === 'loading') {
        this.#state = 'listening';
      }
      this.#settleReady();
    } else if (message.state === 'loading' && this.#state === 'connecting') {
      this.#state = 'loading';
    } else if (message.state === 'stopped') {
      this.#state = 'stopped';
      this.#socket.close(1000, 'stopped');
    }
    this.#setup.onState?.(message);
  }

  #onClose(event: ScriptixWebSocketEvent): void {
    if (this.#finished) {
      return;
    }
    this.#finished = true;
    const code = event.code ?? 1006;
    const reason = this.#serverError ?? event.reason ?? '';
    const expected = this.#state === 'stopping' || this.#state === 'stopped';
    this.#state = 'closed';
    if (this.#serverError !== undefined) {
      const serverError = this.#serverError;
      this.#fail(
        authMessage.test(serverError)
          ? closeError(code, serverError, this.#opened)
          : new RealtimeSessionError(`Scriptix realtime reported an error: ${serverError}`, { closeCode: code, reason: serverError }),
      );
    } else if (!(expected || code === 1000) || !this.#opened) {
      this.#fail(closeError(code, reason, this.#opened));
    } else {
      this.#settleReady(
        new RealtimeSessionError('Scriptix realtime socket closed before the server was listening', { closeCode: code, reason }),
      );
    }
    this.#wake();
    this.#settleClosed();
    this.#setup.onClosed?.();
  }
}
