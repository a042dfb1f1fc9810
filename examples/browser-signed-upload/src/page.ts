import { uploadWithToken } from '@conduit/apivideo/browser';
import { uploadToHesedVid } from '@conduit/hesedvid/browser';
import { uploadToScriptix } from '@conduit/scriptix/browser';
import { uploadToViddyScribe } from '@conduit/viddyscribe/browser';

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = element<HTMLFormElement>('upload');
const provider = element<HTMLSelectElement>('provider');
const input = element<HTMLInputElement>('file');
const cancel = element<HTMLButtonElement>('cancel');
const bar = element<HTMLProgressElement>('progress');
const status = element<HTMLParagraphElement>('status');
const result = element<HTMLPreElement>('result');

async function post<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const answer = (await response.json()) as T & { error?: string };
  if (!response.ok) {
    throw new Error(answer.error ?? `${path} answered ${response.status}`);
  }
  return answer;
}

/** Uploads with the provider's browser entry; returns what the server needs to finish. */
async function upload(id: string, grant: Record<string, unknown>, file: File, signal: AbortSignal): Promise<Record<string, unknown>> {
  let events = 0;
  const onProgress = ({ loaded, total }: { loaded: number; total: number | undefined }) => {
    bar.max = total ?? file.size;
    bar.value = loaded;
    bar.dataset.events = String(++events);
    status.textContent = `Uploading… ${loaded} of ${total ?? file.size} bytes`;
  };
  switch (id) {
    case 'hesedvid':
      await uploadToHesedVid(grant as { signedUrl: string }, file, { onProgress, signal });
      return { videoId: grant.videoId };
    case 'viddyscribe': {
      const { media_id: mediaId, gcs_path: gcsPath } = await uploadToViddyScribe(
        grant as { upload_url: string; content_type: string },
        file,
        {
          onProgress,
          signal,
        },
      );
      return { mediaId, gcsPath };
    }
    case 'scriptix': {
      const { session_id: sessionId } = await uploadToScriptix(grant as { upload_url: string }, file, { onProgress, signal });
      return { sessionId };
    }
    default: {
      const video = await uploadWithToken(String(grant.token), file, {
        baseUrl: grant.baseUrl as string | undefined,
        chunkSize: 5 * 1_048_576,
        onProgress,
        signal,
      });
      return { videoId: video.videoId };
    }
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const file = input.files?.[0];
  if (!file) {
    return;
  }
  const id = provider.value;
  const controller = new AbortController();
  cancel.disabled = false;
  cancel.onclick = () => controller.abort();
  result.textContent = '';
  status.dataset.state = 'uploading';
  void (async () => {
    try {
      const grant = await post<Record<string, unknown>>(`/api/${id}/grant`, { name: file.name, size: file.size, type: file.type });
      const reply = await upload(id, grant, file, controller.signal);
      status.textContent = 'Uploaded; the server is finishing…';
      result.textContent = JSON.stringify(await post(`/api/${id}/complete`, reply), null, 2);
      status.textContent = 'Done.';
      status.dataset.state = 'done';
    } catch (error) {
      const { name, message } = error as Error;
      status.textContent = `Failed: ${name}: ${message}`;
      status.dataset.state = 'failed';
    } finally {
      cancel.disabled = true;
    }
  })();
});
