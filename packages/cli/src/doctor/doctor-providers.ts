import { createGenAIClient } from '@conduit/genai';
import { createHesedVidClient } from '@conduit/hesedvid';
import type { DoctorProvider } from './doctor-provider.js';

export const doctorProviders: DoctorProvider[] = [
  {
    id: 'hesedvid',
    name: 'HesedVid',
    environmentVariable: 'HESEDVID_API_KEY',
    connect() {
      const orgId = process.env.HESEDVID_ORG_ID;
      const client = createHesedVidClient({ orgId: orgId || 'org_unset', maxRetries: 0 });
      return {
        environment: `${client.mode === 'test' ? 'test (hv_test_)' : 'live (hv_live_)'}${orgId ? `, org ${orgId}` : ', HESEDVID_ORG_ID not set (needed for --ping)'}`,
        ping: () => client.environments.list(),
      };
    },
  },
  {
    id: 'genai',
    name: 'GenAI',
    environmentVariable: 'GENAI_API_KEY',
    connect() {
      const baseUrl = process.env.GENAI_BASE_URL;
      const client = createGenAIClient({ baseUrl, maxRetries: 0 });
      return { environment: baseUrl ?? 'default base URL', ping: () => client.listModels() };
    },
  },
];
