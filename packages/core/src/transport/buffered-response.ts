/** A body already read into memory: JSON text with its parsed value, or raw bytes. */
export type BufferedBody = { text: string; parsed?: unknown } | { bytes: ArrayBuffer };

const unusable = () => Promise.reject(new TypeError('Body is unusable: Body has already been read'));

/**
 * A `Response` over a body the transport already read inside the attempt (so the attempt's
 * timeout and error mapping covered the read). Reading it hands back that text, those bytes or
 * the value parsed while validating, instead of building and draining a second body stream:
 * on Node 20 a `Response` with a stream body costs about as much as the whole rest of the
 * transport. Behaves like a fetch `Response`: one read, `bodyUsed`, `clone()`, `body` on demand.
 */
export class BufferedResponse extends Response {
  #content: BufferedBody;
  #used = false;
  #stream: Response | undefined;
  readonly #headers: Headers;

  /** `init.headers` is kept as given when it is a `Headers` (no copy: the answer's own headers, as received). */
  constructor(content: BufferedBody, init: ResponseInit) {
    super(null, { status: init.status, statusText: init.statusText });
    this.#headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.#content = content;
  }

  override get headers(): Headers {
    return this.#headers;
  }

  // `#used` is also set when `.body` built the stream, so one check covers both ways of reading.
  #read<T>(read: (content: BufferedBody) => T | Promise<T>): Promise<T> {
    if (this.#used) {
      return unusable();
    }
    this.#used = true;
    try {
      return Promise.resolve(read(this.#content));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  override json(): Promise<unknown> {
    return this.#read((content) => ('parsed' in content ? content.parsed : JSON.parse(textOf(content))));
  }

  override text(): Promise<string> {
    return this.#read(textOf);
  }

  override arrayBuffer(): Promise<ArrayBuffer> {
    return this.#read(bytesOf);
  }

  override bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return this.#read((content) => new Uint8Array(bytesOf(content)));
  }

  override blob(): Promise<Blob> {
    return this.#read((content) => new Blob([bytesOf(content)], { type: this.headers.get('content-type') ?? '' }));
  }

  override formData(): Promise<FormData> {
    return this.#read((content) => new Response(bytesOf(content), { headers: this.headers }).formData());
  }

  override clone(): Response {
    if (this.#used) {
      throw new TypeError('Response.clone: Body has already been consumed.');
    }
    const content = 'text' in this.#content ? { text: this.#content.text } : { bytes: this.#content.bytes.slice(0) };
    return new BufferedResponse(content, { status: this.status, statusText: this.statusText, headers: this.headers });
  }

  override get bodyUsed(): boolean {
    return this.#used;
  }

  /** The body as a stream, built only when asked for; reading it counts as the one read. */
  override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
    if (this.#used && !this.#stream) {
      return null;
    }
    this.#used = true;
    this.#stream ??= new Response(bytesOf(this.#content));
    return this.#stream.body;
  }
}

function textOf(content: BufferedBody): string {
  return 'text' in content ? content.text : new TextDecoder().decode(content.bytes);
}

function bytesOf(content: BufferedBody): ArrayBuffer {
  return 'bytes' in content ? content.bytes.slice(0) : (new TextEncoder().encode(content.text).buffer as ArrayBuffer);
}
