import { mediaType, type RequestFacts } from './create-spec-validator.js';

/** A file part of a multipart request, as the request log keeps it. */
export interface MockRequestFile {
  /** The part's file name (`blob` when none was sent). */ name: string;
  /** Its size in bytes. */ size: number;
  /** Its media type, `''` when none was sent. */ type: string;
}

type Facts = RequestFacts & { fields?: Record<string, string>; files?: Record<string, MockRequestFile>; malformed?: string };

/**
 * Reads what validation and handlers need from a copy of the request, leaving the original unread;
 * a form's `body` names each file by its file name, and `fields` and `files` keep them apart.
 */
export async function readRequestFacts(request: Request, params: Record<string, string>): Promise<Facts> {
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
      const body: Record<string, unknown> = {};
      const fields: Record<string, string> = {};
      const files: Record<string, MockRequestFile> = {};
      form.forEach((value, name) => {
        if (typeof value === 'string') {
          fields[name] = value;
          body[name] = value;
        } else {
          files[name] = { name: value.name || 'blob', size: value.size, type: value.type };
          body[name] = value.name || 'blob';
        }
      });
      return { ...facts, contentType: type, body, fields, files };
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
