/**
 * Request validation without type coercion for bodies. fastify's default Ajv coerces types, which is
 * right for a querystring or a path parameter (every value arrives as a string: `?limit=5`) and wrong
 * for a JSON body: `{"text": 123}` would become "123" and be scanned, where the API document promises
 * 400 with the path `/text`. Likewise its default `removeAdditional` silently dropped a property the
 * schema closes with `additionalProperties: false`, which the OpenAPI document presents as refused.
 * So bodies get their own Ajv, the same options with `coerceTypes: false, removeAdditional: false`;
 * every other part keeps fastify's (strict-query.ts already refuses unknown query parameters).
 */
import { AjvCompiler } from '@fastify/ajv-compiler';
import type { FastifyServerOptions } from 'fastify';

type ValidatorFactory = ReturnType<typeof AjvCompiler>;

/** A `schemaController.compilersFactory.buildValidator` that never coerces request bodies. */
export const buildStrictBodyValidator: ValidatorFactory = (externalSchemas, options) => {
  const coercing = AjvCompiler()(externalSchemas, options);
  // Only fastify's Ajv options reach here (not JTD), so adding coerceTypes keeps them valid.
  const strict = AjvCompiler()(externalSchemas, { ...options, customOptions: { ...(options?.customOptions as Record<string, unknown>), coerceTypes: false, removeAdditional: false } } as Parameters<ValidatorFactory>[1]);
  return (route) => (route.httpPart === 'body' ? strict : coercing)(route);
};

/** The fastify options that install it. */
export const strictBodySchemaController: FastifyServerOptions['schemaController'] = {
  compilersFactory: { buildValidator: buildStrictBodyValidator as never },
};
