import { createOperationMatcher, type OperationEntry } from '@conduit/core';
import { apiVideoOperations } from '@conduit/specs/apivideo';
import { genAIOperations } from '@conduit/specs/genai';
import { hesedVidOperations } from '@conduit/specs/hesedvid';
import { scriptixOperations } from '@conduit/specs/scriptix';
import { viddyScribeOperations } from '@conduit/specs/viddyscribe';
import { describe, expect, it } from 'vitest';

const tables: Record<string, Readonly<Record<string, OperationEntry>>> = {
  apivideo: apiVideoOperations,
  genai: genAIOperations,
  hesedvid: hesedVidOperations,
  scriptix: scriptixOperations,
  viddyscribe: viddyScribeOperations,
};

describe.each(Object.entries(tables))('the %s operation table', (_provider, table) => {
  const match = createOperationMatcher(table, { basePath: '/base' });

  it.each(Object.values(table).map((operation) => [operation.operationId, operation] as const))(
    '%s is found again from its method and a concrete URL (no two templates collide)',
    (_id, operation) => {
      const url = `https://api.example.com/base${operation.path.replace(/\{[^}]+\}/g, 'x1')}`;
      expect(match(operation.method, url)?.operation.operationId).toBe(operation.operationId);
    },
  );
});
