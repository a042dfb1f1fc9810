import {
  ConfigurationError,
  contentTypeFromName,
  describeSource,
  extensionForType,
  extensionOf,
  isAudioOrVideoType,
  type UploadSource,
} from '@conduit/core';

/** What `media.upload` reads: a public http(s) URL, a file path (Node), a Blob/File, a web ReadableStream or bytes. */
export type MediaUploadSource = UploadSource | URL;

/** A source after its checks: a URL for the service to fetch, or local bytes with a name and a media type. */
export type DescribedMediaSource =
  | { kind: 'url'; url: string; filename: string | undefined }
  | { kind: 'local'; source: UploadSource; size: number | undefined; filename: string; contentType: string };

/** The video/audio content type of a name, from core's table (documents and images are not media). */
function mediaTypeFromName(name: string | undefined): string | undefined {
  const type = contentTypeFromName(name);
  return isAudioOrVideoType(type) ? type : undefined;
}

/** Extensions that are certainly not video or audio (documents, images, captions, archives). */
const nonMediaExtensions = new Set(
  'pdf doc docx txt md json xml html htm csv jpg jpeg png gif webp svg bmp tiff srt vtt zip gz tar rar 7z exe'.split(' '),
);

function describeUrl(url: URL, filename: string | undefined, contentType: string | undefined, label: string): DescribedMediaSource {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigurationError(`${label}: only http(s) URLs can be ingested, got ${url.protocol} URL.`);
  }
  const name = url.pathname.split('/').pop() || undefined;
  const extension = extensionOf(name);
  if (contentType === undefined && extension !== undefined && nonMediaExtensions.has(extension)) {
    throw new ConfigurationError(`${label}: ${url.origin}${url.pathname} looks like a .${extension} file, not video or audio.`);
  }
  return { kind: 'url', url: url.href, filename: filename ?? (mediaTypeFromName(name) ? name : undefined) };
}

/**
 * Classifies and checks an upload source before any request: a string starting with `http(s)://`
 * (or a `URL`) is ingested by URL; anything else must be video or audio, judged by `contentType`,
 * the Blob's type or the file extension. Anything else is a `ConfigurationError`.
 */
export async function describeMediaSource(
  source: MediaUploadSource,
  options: { filename?: string | undefined; contentType?: string | undefined },
  label: string,
): Promise<DescribedMediaSource> {
  const { filename, contentType } = options;
  if (contentType !== undefined && !isAudioOrVideoType(contentType)) {
    throw new ConfigurationError(`${label}: \`contentType\` must be a video/* or audio/* type, got "${String(contentType).slice(0, 80)}".`);
  }
  if (source instanceof URL) {
    return describeUrl(source, filename, contentType, label);
  }
  if (typeof source === 'string' && /^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
    let url: URL;
    try {
      url = new URL(source);
    } catch (error) {
      throw new ConfigurationError(`${label}: "${source.slice(0, 80)}" is not a valid URL.`, { cause: error });
    }
    return describeUrl(url, filename, contentType, label);
  }
  const info = await describeSource(source);
  const name = filename ?? info.name;
  const declared = info.type && info.type !== 'application/octet-stream' ? info.type : undefined;
  if (contentType === undefined && declared !== undefined && !isAudioOrVideoType(declared)) {
    throw new ConfigurationError(`${label}: the source is ${declared}, not video or audio. Upload a video/* or audio/* file.`);
  }
  const type = contentType ?? declared ?? mediaTypeFromName(name);
  if (type === undefined) {
    const extension = extensionOf(name);
    throw new ConfigurationError(
      extension === undefined
        ? `${label}: cannot tell the media type of this source. Pass \`contentType\` (e.g. video/mp4) or a \`filename\` with a video/audio extension.`
        : `${label}: "${name}" has the extension .${extension}, which is not a video or audio type. Upload a video/audio file or pass \`contentType\`.`,
    );
  }
  const extension = extensionForType(type);
  return { kind: 'local', source, size: info.size, filename: name ?? `media${extension ? `.${extension}` : ''}`, contentType: type };
}
