import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { BasketSummary, Principal } from './navigation';

/**
 * The CSRF token as templates see it: made only when a template prints it (`{{csrfToken}}`), so
 * pages without forms never start a session.
 */
export class LazyCsrfToken {
  private token?: string;

  constructor(private readonly issue: () => string) {}

  get value(): string {
    this.token ??= this.issue();
    return this.token;
  }

  toString(): string {
    return this.value;
  }

  toJSON(): string {
    return this.value;
  }
}

/** What every page can use besides its own model: the visitor, the path, the CSRF token. */
export function pageLocals(issueCsrfToken: (req: Request, res: Response) => string): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    res.locals.currentPath = req.path;
    res.locals.currentYear = new Date().getFullYear();
    res.locals.csrfToken = new LazyCsrfToken(() => issueCsrfToken(req, res));
    next();
  };
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      /** Set by Identity for a logged-in visitor; absent for anonymous visitors. */
      principal?: Principal;
      /** Set by Ordering for candidates; the header shows "0 items | £0.00" without it. */
      basket?: BasketSummary;
      /** Print as `{{csrfToken}}` in forms; `res.locals.csrfToken.value` in code. */
      csrfToken: LazyCsrfToken;
      currentPath: string;
      currentYear: number;
    }
  }
}
