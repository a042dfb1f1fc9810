type QueryValue = string | number | boolean;

function isPrimitive(value: unknown): value is QueryValue {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function pair(name: string, value: QueryValue): string {
  return `${name}=${encodeURIComponent(String(value))}`;
}

function serializeValue(name: string, value: unknown, parts: string[]): void {
  if (value === undefined || value === null) {
    return;
  }
  if (isPrimitive(value)) {
    parts.push(pair(name, value));
    return;
  }
  if (Array.isArray(value)) {
    // `tags[]` already carries its brackets in the spec; nested arrays get them here.
    const arrayName = name.endsWith('[]') ? name : `${name}[]`;
    for (const item of value) {
      if (isPrimitive(item)) {
        parts.push(pair(arrayName, item));
      }
    }
    return;
  }
  if (typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      serializeValue(`${name}[${encodeURIComponent(key)}]`, item, parts);
    }
  }
}

/**
 * Encodes a query the way api.video reads it: repeated `tags[]=a&tags[]=b`, deepObject
 * `metadata[Author]=John%20Doe`, and nested analytics filters as
 * `filterBy[country][]=FR&filterBy[tag]=Cool%20videos`. Brackets stay literal; names inside
 * brackets and all values are percent-encoded. Empty arrays and `undefined` are left out.
 */
export function serializeApiVideoQuery(query: Record<string, unknown> | undefined): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(query ?? {})) {
    serializeValue(name, value, parts);
  }
  return parts.join('&');
}
