import { createScriptixClient } from '@conduit/scriptix';
import type { Workflow } from './workflow.js';

/** Scriptix: one `transcribe()` call — session, SAS upload, polling, result — then a VTT export. */
export const scriptixWorkflow: Workflow = {
  id: 'scriptix',
  name: 'Scriptix',
  environmentVariable: 'SCRIPTIX_API_KEY',
  summary: 'session, SAS upload, transcription, VTT export',
  async run(context) {
    const client = createScriptixClient({ apiKey: context.apiKey, baseUrl: context.baseUrl });
    context.track(client.transport.stats);
    const transcript = await client.transcribe(context.samplePath, {
      language: 'en',
      punctuation: true,
      pollInterval: context.mode === 'mock' ? 50 : 5000,
      onProgress: (event) => {
        if (event.stage === 'uploading') {
          context.progress(0.1 + 0.4 * (event.total ? event.loaded / event.total : 1), 'uploading');
        } else if (event.stage === 'processing') {
          context.progress(0.7, `transcribing (${event.status})`);
        } else {
          context.progress(0.3, event.stage);
        }
      },
    });
    const documentId = transcript.document?.id;
    if (documentId !== undefined) {
      context.progress(0.95, 'exporting VTT');
      await client.documents.export(transcript.session_id, documentId, 'vtt');
    }
    return `session ${transcript.session_id}: ${transcript.results.length} segments`;
  },
};
