import { type components, scriptixOperations } from '@conduit/specs/scriptix';
import { mockTranscript } from './scriptix-state.js';

type Format = components['schemas']['DocumentExportFormat'];

/** Every documented export format, from the spec's `format` enum of getDocument. */
export const scriptixExportFormats: readonly Format[] = scriptixOperations.getDocument.parameterEnums.format;

const contentTypes: Record<Exclude<Format, 'json' | 'media'>, string> = {
  srt: 'application/x-subrip',
  vtt: 'text/vtt',
  sbv: 'text/plain',
  ttml: 'application/ttml+xml',
  stl: 'application/octet-stream',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  txt: 'text/plain',
  html: 'text/html',
  // The docs give no content type for template exports; text/plain is one the spec lists.
  template: 'text/plain',
};

function clock(seconds: number, separator: string, hours = true): string {
  const milliseconds = Math.round(seconds * 1000);
  const h = Math.floor(milliseconds / 3_600_000);
  const m = Math.floor((milliseconds % 3_600_000) / 60_000);
  const s = Math.floor((milliseconds % 60_000) / 1000);
  const pad = (value: number, size = 2) => String(value).padStart(size, '0');
  return `${hours ? `${pad(h)}:` : `${h}:`}${pad(m)}:${pad(s)}${separator}${pad(milliseconds % 1000, 3)}`;
}

const cues = mockTranscript.map((segment) => ({
  start: segment.result[0]?.[1] ?? 0,
  end: segment.result.at(-1)?.[2] ?? 0,
  speaker: segment.speaker,
  text: segment.text,
}));

/** Options of one export request. */
export interface ExportSwitches {
  withoutTimestamps: boolean;
  withoutSpeakers: boolean;
  templateId: string | undefined;
}

function plainLines(switches: ExportSwitches): string[] {
  return cues.map(
    (cue) =>
      `${switches.withoutTimestamps ? '' : `[${clock(cue.start, '.')}] `}${switches.withoutSpeakers ? '' : `${cue.speaker}: `}${cue.text}`,
  );
}

/** Renders the mock transcript in one export format (binary formats carry their real magic bytes). */
export function renderExport(
  format: Exclude<Format, 'json' | 'media'>,
  switches: ExportSwitches,
): { body: string | Uint8Array; contentType: string } {
  const contentType = contentTypes[format];
  const encoder = new TextEncoder();
  switch (format) {
    case 'vtt':
      return {
        contentType,
        body: `WEBVTT\n\n${cues.map((cue) => `${clock(cue.start, '.')} --> ${clock(cue.end, '.')}\n${cue.text}`).join('\n\n')}\n`,
      };
    case 'srt':
      return {
        contentType,
        body: `${cues.map((cue, index) => `${index + 1}\n${clock(cue.start, ',')} --> ${clock(cue.end, ',')}\n${cue.text}`).join('\n\n')}\n`,
      };
    case 'sbv':
      return {
        contentType,
        body: `${cues.map((cue) => `${clock(cue.start, '.', false)},${clock(cue.end, '.', false)}\n${cue.text}`).join('\n\n')}\n`,
      };
    case 'ttml':
      return {
        contentType,
        body: `<tt xmlns="http://www.w3.org/ns/ttml"><body><div>${cues.map((cue) => `<p begin="${cue.start}s" end="${cue.end}s">${cue.text}</p>`).join('')}</div></body></tt>`,
      };
    case 'txt':
      return { contentType, body: `${plainLines(switches).join('\n')}\n` };
    case 'html':
      return {
        contentType,
        body: `<html><body>${plainLines(switches)
          .map((line) => `<p>${line}</p>`)
          .join('')}</body></html>`,
      };
    case 'template':
      return {
        contentType,
        body: encoder.encode(`# Summary (template ${switches.templateId})\n\n- ${cues.map((cue) => cue.text).join('\n- ')}\n`),
      };
    case 'stl':
      // EBU STL opens with a 1024-byte GSI block: code page "850", then "STL25.01".
      return { contentType, body: encoder.encode(`850STL25.01${' '.repeat(1013)}${cues.map((cue) => cue.text).join('\n')}`) };
    case 'docx':
      return { contentType, body: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...encoder.encode(plainLines(switches).join('\n'))]) };
    case 'pdf':
      return { contentType, body: encoder.encode(`%PDF-1.4\n% ${plainLines(switches).join(' / ')}\n%%EOF\n`) };
  }
}

/** The file extension of an export. */
export const exportExtension = (format: Format) => (format === 'media' ? 'bin' : format === 'template' ? 'md' : format);
