import { describe, expect, it } from 'vitest';
import { none } from '../../src/auth/none.js';
import { createCallState } from '../../src/transport/call-state.js';
import { composeSteps, type StepDefinition } from '../../src/transport/compose-steps.js';
import { transportSteps } from '../../src/transport/pipeline.js';
import { createTransportRuntime } from '../../src/transport/transport-runtime.js';

function tracing(name: string, trace: string[], hooks = false): StepDefinition {
  return {
    name,
    hooks,
    create: () => (next) => async (state) => {
      trace.push(`>${name}`);
      const response = await next(state);
      trace.push(`<${name}`);
      return response;
    },
  };
}

describe('composeSteps', () => {
  const runtime = createTransportRuntime({ provider: 'test', auth: none() });
  const state = () => createCallState(runtime, 'https://api.example.com/x', undefined, {});
  const terminal = async () => new Response('done');

  it('runs the first step outermost, in array order, around the terminal handler', async () => {
    const trace: string[] = [];
    const handler = composeSteps([tracing('a', trace), tracing('b', trace)], terminal, runtime, { hooks: false });
    expect(await (await handler(state())).text()).toBe('done');
    expect(trace).toEqual(['>a', '>b', '<b', '<a']);
  });

  it('leaves hook steps out unless asked, and skipped steps always', async () => {
    const trace: string[] = [];
    const steps = [tracing('a', trace), tracing('h', trace, true), tracing('c', trace)];
    await composeSteps(steps, terminal, runtime, { hooks: false })(state());
    await composeSteps(steps, terminal, runtime, { hooks: true, skip: ['c'] })(state());
    expect(trace).toEqual(['>a', '>c', '<c', '<a', '>a', '>h', '<h', '<a']);
  });

  it('leaves out a step whose create() says it has nothing to do', async () => {
    const trace: string[] = [];
    const idle: StepDefinition = { name: 'idle', create: () => undefined };
    await composeSteps([idle, tracing('a', trace)], terminal, runtime, { hooks: false })(state());
    expect(trace).toEqual(['>a', '<a']);
  });
});

describe('transportSteps (the one place the order is written)', () => {
  it('names the steps of a request in order', () => {
    expect(transportSteps.map((step) => step.name)).toEqual([
      'callEvents',
      'retry',
      'rateLimit',
      'concurrency',
      'attemptSignal',
      'errorHooks',
      'classify',
      'headers',
      'auth',
      'body',
      'requestHooks',
      'readAnswer',
      'observeRateLimit',
      'responseHooks',
      'redirects',
    ]);
  });

  it('marks exactly the middleware steps as hooks', () => {
    expect(transportSteps.filter((step) => step.hooks).map((step) => step.name)).toEqual([
      'callEvents',
      'errorHooks',
      'requestHooks',
      'responseHooks',
    ]);
  });
});
