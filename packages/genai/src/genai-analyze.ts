import type { RequestOptions } from '@conduit/core';
import type { components } from '@conduit/specs/genai';
import * as z from 'zod/mini';
import type { GenAIContext } from './genai-context.js';
import { requiredTextSchema } from './genai-fields.js';
import { callGenAI, type GenAIPromise } from './genai-method.js';
import { parseInput } from './genai-parse-input.js';

type Schemas = components['schemas'];
type AnalyzeBody = Schemas['AnalyzeRequest'];

/** An analysis to run: `sentiment`, `entities` or `keywords`. */
export type AnalysisTask = Schemas['AnalysisTask'];

/** Body of `analyze`: `text` and at least one task; `language` defaults to `en` on the server. */
export type AnalyzeRequest = Pick<AnalyzeBody, 'text' | 'tasks'> & Partial<Pick<AnalyzeBody, 'language'>>;

/** Analysis results: one property per requested task (`sentiment`, `entities`, `keywords`). */
export type AnalysisResult = Schemas['AnalysisResult'];

const tasks = ['sentiment', 'entities', 'keywords'] as const;
const taskMessage = `must be one of ${tasks.map((task) => `"${task}"`).join(', ')}`;

const analyzeSchema = z.strictObject({
  text: requiredTextSchema,
  tasks: z.array(z.enum(tasks, taskMessage), `is required: a list of tasks (${tasks.join(', ')})`).check(
    z.minLength(1, `must name at least one task (${tasks.join(', ')})`),
    z.refine((list) => new Set(list).size === list.length, 'must not repeat a task'),
  ),
  language: z.optional(z.string('must be a language code such as "en"').check(z.regex(/^\S+$/, 'must be a language code such as "en"'))),
});

/** `POST /analyze`: sentiment, entities and/or keywords of a text. */
export function createAnalyze(context: GenAIContext): (request: AnalyzeRequest, options?: RequestOptions) => GenAIPromise<AnalysisResult> {
  const label = 'GenAI analyze';
  return (request, options) =>
    callGenAI(context, {
      label,
      options,
      prepare: () => (context.validate ? parseInput(analyzeSchema, request, label, '{ text: "...", tasks: ["sentiment"] }') : request),
      send: (body, fetch) => context.api.POST('/analyze', { body, fetch }),
    });
}
