// The landing page for a first visit, answered by the HTTP server before Express (ADR 0021). A request
// that carries no cookie at all has no session, no visitor id and no principal, so its page is the same
// for every such visitor except the login box's CSRF token. The page is rendered once (per calendar
// year: the footer prints it) with a marker where the token goes; each answer is the rendered bytes with
// a fresh visitor id's token in the marker's place, and the same cookies, headers, request id, metric
// and log line as the page through Express. Any other request (a cookie, a query string, another
// method) goes to Express as before.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export interface LandingFromMemoryOptions {
  /** Renders the landing page for a visitor without a session, `csrfToken` printed where the token goes. */
  render(csrfToken: string, year: number): Promise<string>;
  /** A fresh visitor id's CSRF token and the Set-Cookie headers that bind it (CsrfProtection.newcomerToken). */
  newcomerToken(): { token: string; setCookies: string[] };
  /** Headers every page carries (security headers), computed once. */
  headers: [string, string][];
  /** Called first for each answer: request id, access log. */
  onRequest(req: IncomingMessage, res: ServerResponse): void;
  /** Called when an answer was sent (metrics). */
  onAnswered(req: IncomingMessage, status: number, started: bigint): void;
  /** Where a failure to render is reported (the request is then answered by Express). */
  onRenderError(error: unknown): void;
}

interface RenderedPage {
  /** The page's bytes around each place the token goes. */
  parts: Buffer[];
  /** Their total size in bytes. */
  size: number;
  /** Milliseconds since the epoch at which the year printed on the page ends. */
  validUntil: number;
}

function isFirstVisitToLanding(req: IncomingMessage): boolean {
  return (
    req.url === '/' && (req.method === 'GET' || req.method === 'HEAD') && req.headers.cookie === undefined
  );
}

/** Puts the answer from memory in front of the server's request handlers (Express). */
export function answerLandingFromMemory(server: Server, options: LandingFromMemoryOptions): void {
  const handlers = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  const staticHeaders: Record<string, string> = {
    'content-type': 'text/html; charset=utf-8',
    // The page carries a token of its own and sets cookies: no shared cache may keep it.
    'cache-control': 'no-store',
  };
  for (const [name, value] of options.headers) staticHeaders[name.toLowerCase()] = value;

  let page: RenderedPage | undefined;
  let rendering: Promise<void> | undefined;
  const renderPage = () => {
    if (rendering) return;
    const year = new Date().getFullYear();
    const marker = `csrf-marker-${randomBytes(16).toString('hex')}`;
    rendering = options.render(marker, year).then(
      (html) => {
        const parts = html.split(marker).map((part) => Buffer.from(part));
        page = {
          parts,
          size: parts.reduce((sum, part) => sum + part.length, 0),
          validUntil: new Date(year + 1, 0, 1).getTime(),
        };
        rendering = undefined;
      },
      (error: unknown) => {
        options.onRenderError(error);
        rendering = undefined;
      },
    );
  };

  const answer = (req: IncomingMessage, res: ServerResponse, current: RenderedPage) => {
    const started = process.hrtime.bigint();
    options.onRequest(req, res);
    const headers: Record<string, string | string[] | number> = { ...staticHeaders };
    const { parts } = current;
    const { token, setCookies } =
      parts.length > 1 ? options.newcomerToken() : { token: '', setCookies: undefined };
    if (setCookies) headers['set-cookie'] = setCookies;
    // The token is ASCII (hex digits and a dot): its length is its size in bytes.
    headers['content-length'] = current.size + token.length * (parts.length - 1);
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else {
      // The parts as they are, no copy into one buffer: corked, they leave in one write (end uncorks).
      res.cork();
      res.write(parts[0]);
      for (let i = 1; i < parts.length; i++) {
        res.write(token, 'latin1');
        res.write(parts[i]);
      }
      res.end();
    }
    options.onAnswered(req, 200, started);
  };

  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (isFirstVisitToLanding(req)) {
      const current = page;
      if (current && Date.now() < current.validUntil) return answer(req, res, current);
      // Not rendered yet (or a new year): render in the background, and let Express answer meanwhile.
      renderPage();
    }
    for (const handler of handlers) handler(req, res);
  });
}
