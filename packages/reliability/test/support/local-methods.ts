/**
 * Public client methods that send no HTTP request, so they take no `RequestOptions` and return no
 * `APIPromise` (the provider-kit checks leave them out). Each is listed with why.
 */
export interface LocalMethods {
  viddyscribe: never;
  hesedvid: never;
  /**
   * `realtime.connect` opens a WebSocket and resolves to a live session, not to an HTTP answer (its token
   * calls take `RequestOptions`); `auth.microsoftLoginUrl` only builds a URL for a browser redirect.
   */
  scriptix: 'realtime.connect' | 'auth.microsoftLoginUrl';
  apivideo: never;
  genai: never;
}

/**
 * Field names the SDK itself gives to data that no JSON body names (read from response headers), in the
 * provider's style: the naming rule allows them beside the spec's own (docs/contributing.md).
 */
export interface SdkFieldNames {
  viddyscribe: never;
  hesedvid: never;
  /** TUS answers carry their facts in headers: `Location` → `file_id`, `Upload-Offset` → `offset`, `Upload-Length` → `length`, bytes sent → `size`. */
  scriptix: 'file_id' | 'offset' | 'length' | 'size';
  apivideo: never;
  genai: never;
}

/** The same list at run time, for the test that calls every method. */
export const localMethods: { readonly [Provider in keyof LocalMethods]: readonly string[] } = {
  viddyscribe: [],
  hesedvid: [],
  scriptix: ['realtime.connect', 'auth.microsoftLoginUrl'],
  apivideo: [],
  genai: [],
};
