/**
 * Strict query parameters (issue 16): an API route answers an unknown query parameter with a 400
 * problem naming it, instead of ignoring it (`?senderId=…` silently returning everything looks like a
 * search that worked). Every API route gets a querystring schema with `additionalProperties: false`
 * (an empty one when it takes no parameters), so the OpenAPI document says the same.
 *
 * Why a hook as well as the schema: fastify's ajv removes additional properties instead of failing
 * (`removeAdditional`), which is right for bodies the contract lets grow but wrong for filters.
 */
import type { FastifyInstance, RouteOptions } from 'fastify';
import { ProblemError } from './problem.js';

/** The querystring schema of a route that takes no query parameters. */
export const NO_QUERY = { type: 'object', additionalProperties: false, properties: {} } as const;

/** Routes held to strict query parameters: the API, health, metrics and the OpenAPI document. */
export function isApiPath(url: string): boolean {
  return url.startsWith('/v1/') || url === '/healthz' || url === '/openapi.json' || url === '/metrics' || url.startsWith('/health/');
}

type QuerySchema = { type?: string; properties?: Record<string, unknown>; additionalProperties?: unknown };

/** Install on the root instance before the routes are registered. */
export function strictQuery(app: FastifyInstance): void {
  const routes: Record<string, { querystring: QuerySchema }> = {};
  // Every API route and its (closed) querystring schema, for the tests and anyone auditing the contract.
  app.decorate('chaperoneRoutes', routes);
  app.addHook('onRoute', (route: RouteOptions) => {
    if (!isApiPath(route.url)) return;
    const schema = (route.schema ?? {}) as { querystring?: QuerySchema; hide?: boolean };
    const qs = schema.querystring;
    const querystring = qs ? { ...qs, additionalProperties: false } : NO_QUERY;
    route.schema = { ...schema, querystring };
    for (const m of [route.method].flat()) if (m !== 'HEAD') routes[`${m} ${route.url}`] = { querystring };
  });
  app.addHook('preValidation', async (req) => {
    const url = req.routeOptions.url;
    if (!url || !isApiPath(url)) return;
    const allowed = Object.keys(((req.routeOptions.schema as { querystring?: QuerySchema } | undefined)?.querystring?.properties) ?? {});
    const unknown = Object.keys((req.query ?? {}) as Record<string, unknown>).filter((k) => !allowed.includes(k));
    if (unknown.length) {
      const list = unknown.map((k) => `'${k}'`).join(', ');
      throw new ProblemError(
        400,
        'validation',
        `unknown query parameter${unknown.length > 1 ? 's' : ''} ${list}${allowed.length ? ` (this route takes ${allowed.join(', ')})` : ' (this route takes none)'}`,
        unknown.map((k) => ({ path: `querystring:/${k}`, message: 'unknown query parameter' })),
      );
    }
  });
}
