declare module 'on-headers' {
  import type { ServerResponse } from 'node:http';
  /** Calls `listener` just before the response's headers are written. */
  function onHeaders(res: ServerResponse, listener: (this: ServerResponse) => void): void;
  export = onHeaders;
}
