/**
 * tus-js-client's platform-neutral core: its `Upload` class as the package ships it in `lib/upload.js`
 * (modern ES source, no Node or browser defaults). Scriptix imports this file rather than the package
 * entry so no bundle pulls in the Node stack (`fs`, `http`, proper-lockfile) or the browser one (XHR,
 * localStorage): it supplies its own HTTP stack and file reader. The types are the package's own.
 * The path is the pinned version's (4.3.1, `tus-js-client` has no `exports` map); every TUS test loads it.
 */
declare module 'tus-js-client/lib/upload.js' {
  import type { UploadOptions } from 'tus-js-client';

  export default class BaseUpload {
    /** tus-js-client's defaults; the platform entries merge them in, so Scriptix does too. */
    static readonly defaultOptions: UploadOptions;
    constructor(file: unknown, options: UploadOptions);
    /** The upload's URL, once created or resumed. */
    url: string | null;
    start(): void;
    abort(shouldTerminate?: boolean): Promise<void>;
  }
}
