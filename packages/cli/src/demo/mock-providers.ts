import type { ProviderMock, Scenarios } from '@conduit/testing';
import { apivideoScenarios, apivideoTestKey, createApiVideoMock } from '@conduit/testing/apivideo';
import { createGenAIMock, genaiScenarios, genaiTestKey } from '@conduit/testing/genai';
import { createHesedVidMock, hesedvidScenarios, hesedvidTestKey } from '@conduit/testing/hesedvid';
import { createScriptixMock, scriptixScenarios, scriptixTestKey } from '@conduit/testing/scriptix';
import { createViddyScribeMock, viddyscribeScenarios, viddyscribeTestKey } from '@conduit/testing/viddyscribe';

/** What the demo needs of each provider's mock: a fresh stateful mock, its test key and its scenarios. */
export interface MockProvider {
  create(): ProviderMock;
  testKey: string;
  scenarios: Scenarios;
}

export const mockProviders: Record<string, MockProvider> = {
  apivideo: { create: () => createApiVideoMock(), testKey: apivideoTestKey, scenarios: apivideoScenarios },
  genai: { create: () => createGenAIMock(), testKey: genaiTestKey, scenarios: genaiScenarios },
  hesedvid: { create: () => createHesedVidMock(), testKey: hesedvidTestKey, scenarios: hesedvidScenarios },
  scriptix: { create: () => createScriptixMock(), testKey: scriptixTestKey, scenarios: scriptixScenarios },
  viddyscribe: { create: () => createViddyScribeMock(), testKey: viddyscribeTestKey, scenarios: viddyscribeScenarios },
};
