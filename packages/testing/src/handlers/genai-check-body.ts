import type { components } from '@conduit/specs/genai';
import type { GenAIMockErrorCode } from './genai-profile.js';

type Schemas = components['schemas'];

/** A validation failure in GenAI's terms: code, message and the offending field. */
export interface GenAIBodyProblem {
  code: GenAIMockErrorCode;
  message: string;
  field: string;
}

/** The longest prompt the mock accepts (the real limit is not documented). */
export const genaiMockPromptLimit = 32_000;

type Body = Record<string, unknown>;
type Check<T> = T | GenAIBodyProblem;

const problem = (code: GenAIMockErrorCode, field: string, message: string): GenAIBodyProblem => ({ code, field, message });

/** True when a check failed. */
export function isProblem(value: unknown): value is GenAIBodyProblem {
  return typeof value === 'object' && value !== null && 'code' in value && 'field' in value && 'message' in value;
}

function checkPrompt(body: Body, field = 'prompt'): GenAIBodyProblem | undefined {
  const value = body[field];
  if (typeof value !== 'string' || value.trim() === '') {
    return problem('MISSING_REQUIRED_FIELD', field, 'Required field is missing');
  }
  if (value.length > genaiMockPromptLimit) {
    return problem('PROMPT_TOO_LONG', field, `Prompt exceeds ${genaiMockPromptLimit} characters`);
  }
  return undefined;
}

function checkModel(body: Body, models: readonly string[]): GenAIBodyProblem | undefined {
  if (body.model === undefined) {
    return problem('MISSING_REQUIRED_FIELD', 'model', 'Required field is missing');
  }
  return typeof body.model === 'string' && models.includes(body.model)
    ? undefined
    : problem('UNSUPPORTED_MODEL', 'model', 'Model is not supported');
}

function inRange(value: unknown, min: number, max: number): boolean {
  return value === undefined || (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max);
}

function oneOf(value: unknown, values: readonly string[]): boolean {
  return value === undefined || (typeof value === 'string' && values.includes(value));
}

/** Checks a `POST /generate` body as the spec declares it. */
export function checkGenerateText(body: Body): Check<Schemas['GenerateTextRequest']> {
  const failed = checkPrompt(body) ?? checkModel(body, ['gpt-4', 'gpt-3.5-turbo']);
  if (failed) {
    return failed;
  }
  if (body.max_tokens !== undefined && !(Number.isInteger(body.max_tokens) && (body.max_tokens as number) > 0)) {
    return problem('INVALID_MAX_TOKENS', 'max_tokens', 'max_tokens must be a positive integer');
  }
  if (!inRange(body.temperature, 0, 2)) {
    return problem('INVALID_TEMPERATURE', 'temperature', 'Temperature must be between 0 and 2');
  }
  for (const [field, min, max] of [
    ['top_p', 0, 1],
    ['frequency_penalty', -2, 2],
    ['presence_penalty', -2, 2],
  ] as const) {
    if (!inRange(body[field], min, max)) {
      return problem('INVALID_FIELD_VALUE', field, `${field} must be between ${min} and ${max}`);
    }
  }
  return {
    prompt: body.prompt as string,
    model: body.model as Schemas['TextModel'],
    max_tokens: (body.max_tokens as number | undefined) ?? 100,
    temperature: (body.temperature as number | undefined) ?? 0.7,
    top_p: (body.top_p as number | undefined) ?? 1,
    frequency_penalty: (body.frequency_penalty as number | undefined) ?? 0,
    presence_penalty: (body.presence_penalty as number | undefined) ?? 0,
  };
}

/** Checks a `POST /generate/image` body as the spec declares it. */
export function checkGenerateImage(body: Body): Check<Schemas['GenerateImageRequest']> {
  const failed = checkPrompt(body) ?? checkModel(body, ['dall-e-3', 'stable-diffusion']);
  if (failed) {
    return failed;
  }
  if (body.size !== undefined && !(typeof body.size === 'string' && /^[0-9]+x[0-9]+$/.test(body.size))) {
    return problem('INVALID_IMAGE_SIZE', 'size', 'Image size must be WIDTHxHEIGHT, e.g. 1024x1024');
  }
  if (!oneOf(body.quality, ['standard', 'hd'])) {
    return problem('INVALID_IMAGE_QUALITY', 'quality', 'Image quality must be standard or hd');
  }
  if (!oneOf(body.style, ['natural', 'vivid'])) {
    return problem('INVALID_FIELD_VALUE', 'style', 'Style must be natural or vivid');
  }
  return {
    prompt: body.prompt as string,
    model: body.model as Schemas['ImageModel'],
    size: (body.size as string | undefined) ?? '1024x1024',
    ...(body.quality === undefined ? {} : { quality: body.quality as 'standard' | 'hd' }),
    ...(body.style === undefined ? {} : { style: body.style as 'natural' | 'vivid' }),
  };
}

const analysisTasks: readonly Schemas['AnalysisTask'][] = ['sentiment', 'entities', 'keywords'];

/** Checks a `POST /analyze` body as the spec declares it. */
export function checkAnalyze(body: Body): Check<Schemas['AnalyzeRequest']> {
  const failed = checkPrompt(body, 'text');
  if (failed) {
    return failed.code === 'PROMPT_TOO_LONG' ? { ...failed, code: 'INVALID_FIELD_VALUE' } : failed;
  }
  const tasks = body.tasks;
  if (tasks === undefined) {
    return problem('MISSING_REQUIRED_FIELD', 'tasks', 'Required field is missing');
  }
  if (
    !Array.isArray(tasks) ||
    tasks.length === 0 ||
    new Set(tasks).size !== tasks.length ||
    !tasks.every((task) => analysisTasks.includes(task))
  ) {
    return problem('INVALID_FIELD_VALUE', 'tasks', 'tasks must be a non-empty list of sentiment, entities, keywords');
  }
  if (body.language !== undefined && (typeof body.language !== 'string' || body.language === '')) {
    return problem('INVALID_FIELD_VALUE', 'language', 'language must be a language code');
  }
  return { text: body.text as string, tasks: tasks as Schemas['AnalysisTask'][], language: (body.language as string | undefined) ?? 'en' };
}

/** Checks a `POST /new-endpoint` body (the docs' template placeholder). */
export function checkNewEndpoint(body: Body): Check<Schemas['NewEndpointRequest']> {
  if (typeof body.parameter1 !== 'string') {
    return problem('MISSING_REQUIRED_FIELD', 'parameter1', 'Required field is missing');
  }
  if (body.parameter2 !== undefined && !Number.isInteger(body.parameter2)) {
    return problem('INVALID_FIELD_VALUE', 'parameter2', 'parameter2 must be an integer');
  }
  return { parameter1: body.parameter1, ...(body.parameter2 === undefined ? {} : { parameter2: body.parameter2 as number }) };
}
