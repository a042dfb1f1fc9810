import { createGenAIClient } from '@conduit/genai';
import type { Workflow } from './workflow.js';

/** GenAI: list models, then generate a text. */
export const genaiWorkflow: Workflow = {
  id: 'genai',
  name: 'GenAI',
  environmentVariable: 'GENAI_API_KEY',
  summary: 'list models, generate text',
  async run(context) {
    const client = createGenAIClient({ apiKey: context.apiKey, baseUrl: context.baseUrl });
    context.track(client.transport.stats);
    context.progress(0.2, 'listing models');
    await client.listModels();
    context.progress(0.5, 'generating');
    const result = await client.generate({
      prompt: 'Describe a sunrise over the sea in one sentence.',
      model: 'gpt-4',
      max_tokens: 60,
      temperature: 0.7,
    });
    return `generated ${result.content.length} characters with ${result.model}`;
  },
};
