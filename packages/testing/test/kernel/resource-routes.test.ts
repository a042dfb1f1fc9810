import { apiVideoOperations } from '@conduit/specs/apivideo';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { MockRouteInput } from '../../src/kernel/create-mock-kernel.js';
import { recordRoute, resourceRoutes } from '../../src/kernel/resource-routes.js';

interface Player {
  playerId: string;
  owner: string;
  name?: string;
}

function setup() {
  const store = new Map<string, Player>();
  let next = 0;
  const routes = resourceRoutes<Player>({
    store,
    param: 'playerId',
    operations: {
      create: 'createPlayerTheme',
      list: 'listPlayerThemes',
      get: 'getPlayerTheme',
      update: 'updatePlayerTheme',
      remove: 'deletePlayerTheme',
    },
    id: (player) => player.playerId,
    create: ({ body, credential }) =>
      (body as { name?: string }).name === 'refused'
        ? HttpResponse.json({ refused: true }, { status: 400 })
        : { ...(body as object), playerId: `pl${++next}`, owner: credential ?? '' },
    page: (items) => HttpResponse.json({ data: items }),
    visible: (player, { credential }) => player.owner === credential,
    missing: ({ params }) => HttpResponse.json({ missing: params.playerId }, { status: 404 }),
  });
  const call = async (operationId: keyof typeof apiVideoOperations, input: Partial<MockRouteInput> = {}) => {
    const response = await routes[operationId]!({
      operation: apiVideoOperations[operationId],
      params: {},
      body: undefined,
      credential: 'alice',
      ...input,
    } as MockRouteInput);
    return { status: response.status, body: response.status === 204 ? undefined : await response.json() };
  };
  return { store, call };
}

describe('resourceRoutes', () => {
  it('creates with the spec success status, then gets, updates, lists and removes the record', async () => {
    const { store, call } = setup();
    expect(await call('createPlayerTheme', { body: { name: 'a' } })).toEqual({
      status: 201,
      body: { name: 'a', playerId: 'pl1', owner: 'alice' },
    });
    expect((await call('getPlayerTheme', { params: { playerId: 'pl1' } })).body.name).toBe('a');
    expect((await call('updatePlayerTheme', { params: { playerId: 'pl1' }, body: { name: 'b' } })).body.name).toBe('b');
    expect((await call('listPlayerThemes')).body.data.map((player: Player) => player.name)).toEqual(['b']);
    expect(await call('deletePlayerTheme', { params: { playerId: 'pl1' } })).toEqual({ status: 204, body: undefined });
    expect(store.size).toBe(0);
    expect(await call('getPlayerTheme', { params: { playerId: 'pl1' } })).toEqual({ status: 404, body: { missing: 'pl1' } });
  });

  it('answers a refusal from create as is, and keeps nothing', async () => {
    const { store, call } = setup();
    expect((await call('createPlayerTheme', { body: { name: 'refused' } })).status).toBe(400);
    expect(store.size).toBe(0);
  });

  it("hides another caller's records from list, get, update and remove", async () => {
    const { call } = setup();
    await call('createPlayerTheme', { body: { name: 'a' } });
    const bob = { credential: 'bob', params: { playerId: 'pl1' } };
    expect((await call('listPlayerThemes', { credential: 'bob' })).body.data).toEqual([]);
    for (const operationId of ['getPlayerTheme', 'updatePlayerTheme', 'deletePlayerTheme'] as const) {
      expect((await call(operationId, { ...bob, body: {} })).status).toBe(404);
    }
    expect((await call('getPlayerTheme', { params: { playerId: 'pl1' } })).status).toBe(200);
  });

  it('recordRoute hands missing the record it may not show, and nothing for an unknown id', async () => {
    const store = new Map([['pl1', { playerId: 'pl1', owner: 'alice' }]]);
    const route = recordRoute(
      store,
      'playerId',
      (player) => HttpResponse.json(player),
      (_input, hidden) => HttpResponse.json({ hidden: hidden?.owner ?? null }, { status: hidden ? 403 : 404 }),
      (player, { credential }) => player.owner === credential,
    );
    const answer = async (playerId: string, credential: string) => {
      const response = await route({ params: { playerId }, credential } as unknown as MockRouteInput);
      return [response.status, await response.json()];
    };
    expect(await answer('pl1', 'alice')).toEqual([200, { playerId: 'pl1', owner: 'alice' }]);
    expect(await answer('pl1', 'bob')).toEqual([403, { hidden: 'alice' }]);
    expect(await answer('pl9', 'alice')).toEqual([404, { hidden: null }]);
  });
});
