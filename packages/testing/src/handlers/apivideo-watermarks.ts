import type { components } from '@conduit/specs/apivideo';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import { apivideoRoute, empty, imageKind, invalid, json, notFound, pageOf, readForm, sortItems } from './apivideo-http.js';
import type { ApiVideoMockState } from './apivideo-state.js';

type Schemas = components['schemas'];

/** Watermarks (3 operations): JPEG or PNG images. */
export function apivideoWatermarkHandlers(state: ApiVideoMockState): Record<string, MockRouteHandler> {
  const _base = state.baseUrl;
  return {
    uploadWatermark: apivideoRoute(state, async ({ request, record }) => {
      const form = await readForm(request, record);
      if (form instanceof Response) {
        return form;
      }
      const kind = await imageKind(form.file);
      if (kind !== 'jpeg' && kind !== 'png') {
        return invalid('uploaded-file-invalid-file', 'The uploaded file is invalid.', 'file', { detail: 'Send a JPEG or PNG image.' });
      }
      const watermark: Schemas['Watermark'] = { watermarkId: state.nextId('watermark_'), createdAt: state.timestamp() };
      state.watermarks.set(watermark.watermarkId!, watermark);
      return json<Schemas['Watermark']>(watermark);
    }),
    listWatermarks: apivideoRoute(state, ({ url }) => {
      const page = pageOf(sortItems([...state.watermarks.values()], url, 'createdAt'), url, '/watermarks');
      return page instanceof Response ? page : json<Schemas['WatermarksListResponse']>(page);
    }),
    deleteWatermark: apivideoRoute(state, ({ params }) =>
      state.watermarks.delete(params.watermarkId ?? '') ? empty(204) : notFound('watermarkId'),
    ),
  };
}
