/** One thing a browser bundle must not contain, and how to spot it in minified code. */
interface Forbidden {
  what: string;
  pattern: RegExp;
}

const forbidden: Forbidden[] = [
  // Key headers as string literals (any case): building `X-API-Key`/`X-Api-Key`/`x-zoom-s2t-key`/`Authorization`.
  { what: 'an API-key or Authorization header name', pattern: /["'`](?:x-api-key|x-zoom-s2t-key|authorization)["'`]/i },
  // `Basic …`/`Bearer …` scheme values being built (a string starting with the scheme and a space).
  { what: 'a Basic or Bearer credential being built', pattern: /["'`](?:Basic|Bearer) /i },
  // Reading a key from the environment: the Node clients name their variables.
  { what: 'an API-key environment variable', pattern: /(?:VIDDYSCRIBE|HESEDVID|SCRIPTIX|APIVIDEO|GENAI)_API_KEY/ },
  { what: 'a node: import', pattern: /["'`]node:[a-z_/]+["'`]/ },
  {
    what: 'a Node built-in import',
    pattern:
      /(?:\bfrom|\bimport\s*\(?)\s*["'`](?:fs|path|http|https|http2|net|tls|dns|os|url|util|zlib|stream|crypto|child_process|worker_threads|buffer|events)(?:\/[a-z]+)?["'`]/,
  },
];

/** What a bundle holds that a browser bundle must not: key-header code, key variables, Node imports. */
export function findForbiddenCode(bundle: string): string[] {
  return forbidden.filter(({ pattern }) => pattern.test(bundle)).map(({ what, pattern }) => `${what}: ${pattern.exec(bundle)?.[0]}`);
}
