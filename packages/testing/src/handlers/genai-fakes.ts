import type { components } from '@conduit/specs/genai';

type Schemas = components['schemas'];

/** The models the mock lists (prices for the models without a documented example are made up). */
export const genaiMockModels: Schemas['Model'][] = [
  {
    id: 'gpt-4',
    name: 'GPT-4',
    type: 'text',
    description: 'Most capable text generation model',
    max_tokens: 8192,
    pricing: { input: 0.03, output: 0.06 },
  },
  {
    id: 'gpt-3.5-turbo',
    name: 'GPT-3.5 Turbo',
    type: 'text',
    description: 'Fast text generation model',
    max_tokens: 4096,
    pricing: { input: 0.0015, output: 0.002 },
  },
  {
    id: 'dall-e-3',
    name: 'DALL-E 3',
    type: 'image',
    description: 'Advanced image generation model',
    max_tokens: 4000,
    pricing: { input: 0.04, output: 0.08 },
  },
  {
    id: 'stable-diffusion',
    name: 'Stable Diffusion',
    type: 'image',
    description: 'Open image generation model',
    max_tokens: 2000,
    pricing: { input: 0.02, output: 0.02 },
  },
];

const vocabulary = ['signal', 'river', 'model', 'pattern', 'light', 'system', 'future', 'careful', 'quiet', 'answer', 'data', 'story'];

/** FNV-1a: the same text always gives the same number. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** A deterministic fake completion: the same prompt, model and `max_tokens` give the same text and usage. */
export function fakeCompletion(
  prompt: string,
  model: string,
  maxTokens: number,
): {
  /** The generated text. */
  content: string;
  /** Token counts of prompt and completion. */
  usage: Schemas['TokenUsage'];
} {
  let seed = hashText(`${model}\u0000${prompt}`);
  const completionTokens = Math.min(maxTokens, 12 + (seed % 24));
  const words: string[] = [];
  for (let index = 0; index < completionTokens; index++) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    words.push(vocabulary[seed % vocabulary.length] ?? 'word');
  }
  const promptTokens = Math.max(1, Math.ceil(prompt.length / 4));
  return {
    content: `${words.join(' ')}.`,
    usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
  };
}

const positive = new Set(['good', 'great', 'excellent', 'love', 'happy', 'positive', 'wonderful', 'best', 'improving', 'changing']);
const negative = new Set(['bad', 'terrible', 'awful', 'hate', 'sad', 'negative', 'worst', 'broken', 'poor', 'failing']);
const stopWords = new Set([
  'that',
  'this',
  'with',
  'from',
  'have',
  'says',
  'said',
  'they',
  'their',
  'there',
  'about',
  'which',
  'would',
  'will',
]);

/** Deterministic fake analysis: word-list sentiment, capitalised names as entities, frequent words as keywords. */
export function fakeAnalysis(text: string, tasks: readonly Schemas['AnalysisTask'][]): Schemas['AnalysisResult'] {
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  const result: Schemas['AnalysisResult'] = {};
  if (tasks.includes('sentiment')) {
    const balance = words.filter((word) => positive.has(word)).length - words.filter((word) => negative.has(word)).length;
    const score = Math.max(-1, Math.min(1, balance / 3));
    result.sentiment = { score: Math.round(score * 100) / 100, label: score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral' };
  }
  if (tasks.includes('entities')) {
    const names = text.match(/\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b/g) ?? [];
    result.entities = [...new Set(names)].map((name) => ({ text: name, type: 'PERSON', confidence: 0.95 }));
  }
  if (tasks.includes('keywords')) {
    const counts = new Map<string, number>();
    for (const word of words.filter((candidate) => candidate.length >= 4 && !stopWords.has(candidate))) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5);
    const top = ranked[0]?.[1] ?? 1;
    result.keywords = ranked.map(([word, count]) => ({ text: word, score: Math.round((count / top) * 100) / 100 }));
  }
  return result;
}
