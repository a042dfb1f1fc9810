import { createApiVideoClient } from '@conduit/apivideo';
import { createGenAIClient } from '@conduit/genai';
import { createHesedVidClient } from '@conduit/hesedvid';
import { createScriptixClient } from '@conduit/scriptix';
import { createViddyScribeClient } from '@conduit/viddyscribe';
import type { DoctorProvider } from './doctor-provider.js';

export const doctorProviders: DoctorProvider[] = [
  {
    id: 'viddyscribe',
    name: 'ViddyScribe',
    environmentVariable: 'VIDDYSCRIBE_API_KEY',
    connect() {
      const client = createViddyScribeClient({ maxRetries: 0 });
      // No list or account endpoint exists: an unknown job id answers 404 with a valid key and 401 without.
      return {
        environment: 'production (one environment)',
        ping: () =>
          client.jobs.get('task_conduit_doctor_ping').catch((error: { status?: number }) => {
            if (error.status !== 404) {
              throw error;
            }
          }),
      };
    },
  },
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
    id: 'scriptix',
    name: 'Scriptix',
    environmentVariable: 'SCRIPTIX_API_KEY',
    connect() {
      const header = process.env.SCRIPTIX_AUTH_HEADER === 'x-zoom-s2t-key' ? 'x-zoom-s2t-key' : 'bearer';
      const client = createScriptixClient({
        maxRetries: 0,
        ...(header === 'x-zoom-s2t-key' ? { authHeader: 'x-zoom-s2t-key' as const } : {}),
      });
      return { environment: `auth header ${header}`, ping: () => client.account.get() };
    },
  },
  {
    id: 'apivideo',
    name: 'api.video',
    environmentVariable: 'APIVIDEO_API_KEY',
    connect() {
      const environment = process.env.APIVIDEO_ENVIRONMENT === 'sandbox' ? 'sandbox' : 'production';
      const client = createApiVideoClient({ environment, maxRetries: 0 });
      return {
        environment: `${environment} (keys are per environment; set APIVIDEO_ENVIRONMENT=sandbox for a sandbox key)`,
        ping: () => client.videos.list({ pageSize: 1 }),
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
