import type { components } from '@conduit/specs/apivideo';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import { apivideoRoute, empty, json, listed, notFound, problem } from './apivideo-http.js';
import type { ApiVideoMockState } from './apivideo-state.js';

type Schemas = components['schemas'];

/** Summaries (5 operations): `auto` ones move from `waiting` to `completed` after one read of their source. */
export function apivideoSummaryHandlers(state: ApiVideoMockState): Record<string, MockRouteHandler> {
  return {
    createSummary: apivideoRoute(state, ({ body }) => {
      const videoId = String(body.videoId);
      if (!state.videos.has(videoId)) {
        return notFound('videoId');
      }
      if ([...state.summaries.values()].some((entry) => entry.summary.videoId === videoId)) {
        return problem(409, 'summary-already-exists', 'A summary already exists or is being created on this video.', {
          name: 'videoId',
          detail: 'You can delete the existing summary and generate a new one.',
        });
      }
      const now = state.timestamp();
      const summary: Schemas['Summary'] = {
        summaryId: state.nextId('summary_'),
        createdAt: now,
        updatedAt: now,
        videoId,
        origin: body.origin === 'auto' ? 'auto' : 'api',
        sourceStatus: body.origin === 'auto' ? 'waiting' : 'missing',
      };
      state.summaries.set(summary.summaryId!, { summary, source: {}, reads: 0 });
      return json<Schemas['Summary']>(summary, 201);
    }),
    listSummaries: apivideoRoute(state, ({ url }) => {
      const search = url.searchParams;
      const items = [...state.summaries.values()]
        .map((entry) => entry.summary)
        .filter(
          (summary) =>
            (!search.has('videoId') || summary.videoId === search.get('videoId')) &&
            (!search.has('origin') || summary.origin === search.get('origin')) &&
            (!search.has('sourceStatus') || summary.sourceStatus === search.get('sourceStatus')),
        );
      return listed(items, url, '/summaries');
    }),
    deleteSummary: apivideoRoute(state, ({ params }) =>
      state.summaries.delete(params.summaryId ?? '') ? empty(204) : notFound('summaryId'),
    ),
    getSummarySource: apivideoRoute(state, ({ params }) => {
      const entry = state.summaries.get(params.summaryId ?? '');
      if (!entry) {
        return notFound('summaryId');
      }
      entry.reads++;
      if (entry.summary.sourceStatus === 'waiting' && entry.reads > 1) {
        const title = state.videos.get(entry.summary.videoId ?? '')?.video.title ?? 'Video';
        entry.source = { title, abstract: `A summary of ${title}.`, takeaways: ['First takeaway', 'Second takeaway'] };
        entry.summary.sourceStatus = 'completed';
        entry.summary.updatedAt = state.timestamp();
      }
      return json<Schemas['SummarySource']>(entry.source);
    }),
    updateSummarySource: apivideoRoute(state, ({ params, body }) => {
      const entry = state.summaries.get(params.summaryId ?? '');
      if (!entry) {
        return notFound('summaryId');
      }
      if (entry.summary.sourceStatus === 'waiting') {
        return problem(409, 'summary-already-exists', 'A summary already exists or is being created on this video.', {
          name: 'summaryId',
        });
      }
      for (const key of ['abstract', 'takeaways'] as const) {
        entry.source[key] = (body[key] as never) ?? entry.source[key];
      }
      entry.summary.sourceStatus = 'completed';
      entry.summary.updatedAt = state.timestamp();
      return json<Schemas['SummarySource']>(entry.source);
    }),
  };
}
