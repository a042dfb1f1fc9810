import { mediaType, type RequestFacts } from './create-spec-validator.js';

/** Reads what validation and handlers need from a copy of the request, leaving the original unread. */
export async function readRequestFacts(request: Request, params: Record<string, string>): Promise<RequestFacts & { malformed?: string }> {
  const url = new URL(request.url);
  const facts: RequestFacts = { params, query: url.searchParams, headers: request.headers, contentType: undefined, body: undefined };
  if (request.method === 'GET' || request.method === 'HEAD' || request.body === null) {
    return facts;
  }
  const type = mediaType(request.headers.get('content-type'));
  const copy = request.clone();
  if (type === 'multipart/form-data' || type === 'application/x-www-form-urlencoded') {
    try {
      const form = await copy.formData();
      const fields: Record<string, unknown> = {};
      form.forEach((value, name) => {
        fields[name] = typeof value === 'string' ? value : value.name || 'blob';
      });
      return { ...facts, contentType: type, body: fields };
    } catch {
      return { ...facts, contentType: type, malformed: `the body is not valid ${type}` };
    }
  }
  const text = type === undefined || type.endsWith('json') ? await copy.text() : undefined;
  if (text !== undefined && text.trim() === '') {
    return facts;
  }
  if (type === undefined) {
    return { ...facts, contentType: 'application/octet-stream' };
  }
  if (text === undefined) {
    return { ...facts, contentType: type };
  }
  try {
    return { ...facts, contentType: type, body: JSON.parse(text) };
  } catch {
    return { ...facts, contentType: type, malformed: 'the body is not valid JSON' };
  }
}
