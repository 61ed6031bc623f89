/**
 * Errors the service returns, as RFC 9457 problem details. Handlers throw a `ProblemError`; the one
 * error handler in `create-app.ts` turns it (and fastify's own errors) into
 * `application/problem+json` with the field at fault in `errors[].path`.
 */

/** One field at fault: a JSON-pointer-like path (`/text`, `/participants/0/role`) and a message. */
export interface ProblemField {
  path: string;
  message: string;
}

/** The problem-details body. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: ProblemField[];
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** A failure with an HTTP status, a stable `code` (the problem type's last segment) and fields at fault. */
export class ProblemError extends Error {
  override readonly name = 'ProblemError';
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly errors?: ProblemField[],
  ) {
    super(detail);
  }

  /** The body to send. */
  toProblem(): Problem {
    return problem(this.status, this.code, this.detail, this.errors);
  }
}

/** Build a problem body. */
export function problem(status: number, code: string, detail: string, errors?: ProblemField[]): Problem {
  const p: Problem = { type: `https://chaperone.dev/problems/${code}`, title: TITLES[status] ?? 'Error', status, detail };
  if (errors && errors.length) p.errors = errors;
  return p;
}

/** 404 for an unknown id. */
export const notFound = (what: string, id: string) => new ProblemError(404, 'not-found', `no ${what} with id '${id}'`);
/** 403 with a reason. */
export const forbidden = (detail: string) => new ProblemError(403, 'forbidden', detail);
/** 401 with a reason. */
export const unauthorized = (detail: string) => new ProblemError(401, 'unauthorized', detail);
