/**
 * Gives every request an id (from `x-request-id` or a new UUID), returns it in the response
 * header, and logs one JSON line per request at info level. Errors of an execution result become
 * client errors (formatError.ts); unexpected ones (anything that is not a KennisgraafError or a
 * GraphQL validation error) are logged with the request id and their stack, and masked for the client.
 */
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../../logging/logger.js';
import { clientError } from '../formatError.js';

export const requestIds = new WeakMap<Request, string>();
const started = new WeakMap<Request, number>();


export function useRequestLog(logger: Logger): Plugin<{ request: Request }> {
  return {
    onRequest({ request }) {
      const given = request.headers.get('x-request-id');
      requestIds.set(request, given && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID());
      started.set(request, performance.now());
    },
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors?.length) return;
          const request = (args.contextValue as { request: Request }).request;
          const requestId = requestIds.get(request) ?? 'unknown';
          let changed = false;
          const errors = (result.errors as readonly GraphQLError[]).map((e) => {
            const safe = clientError(e);
            if (safe) {
              changed ||= safe !== e;
              return safe;
            }
            changed = true;
            logger.error('unexpected error', { requestId, error: e.originalError?.message ?? e.message, stack: e.originalError?.stack, path: e.path });
            return new GraphQLError(`Unexpected server error. Quote request id ${requestId} when you report it.`, {
              path: e.path,
              extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
            });
          });
          if (changed) setResult({ ...result, errors });
        },
      };
    },
    onResponse({ request, response }) {
      const requestId = requestIds.get(request) ?? 'unknown';
      response.headers.set('x-request-id', requestId);
      const t0 = started.get(request);
      logger.info('request', {
        requestId,
        method: request.method,
        path: new URL(request.url).pathname,
        status: response.status,
        ms: t0 === undefined ? undefined : Math.round(performance.now() - t0),
      });
    },
  };
}
