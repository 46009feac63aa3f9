/**
 * Why Frog could not analyse an article, each with the `IntakeFailureReason` (schema.graphql) the
 * API sends as `extensions.reason`, so that the web app can say it in the curator's language. The
 * messages are for the command line and the API's English message; they say what to do next.
 */
import type { IntakeFailureReason } from '../graphql/generated/resolvers-types.js';

export const FROG_INSTALL_HINT = 'Article intake needs Frog: apt-get install frog frogdata';

export abstract class FrogError extends Error {
  abstract readonly reason: IntakeFailureReason;
  /** More for `extensions` (the port and its setting, a limit). */
  readonly details: Record<string, unknown> = {};
}

/** Frog is not installed (or FROG_COMMAND cannot be run), or it does not start. */
export class FrogUnavailableError extends FrogError {
  readonly reason = 'NLP_UNAVAILABLE';
  constructor(detail: string, opts: { installHint?: boolean } = {}) {
    super(opts.installHint === false ? detail : `${FROG_INSTALL_HINT}. ${detail}`.trim());
    this.name = 'FrogUnavailableError';
  }
}

/** Frog is installed, but its port is taken by a program that is not our Frog. */
export class FrogPortInUseError extends FrogError {
  readonly reason = 'NLP_PORT_IN_USE';
  override readonly details: Record<string, unknown>;
  constructor(readonly port: number) {
    super(`Frog's port ${port} is in use by another program: stop that program, or set FROG_PORT to a free port.`);
    this.name = 'FrogPortInUseError';
    this.details = { port, setting: 'FROG_PORT' };
  }
}

/** Frog did not answer within the time budget of one article; its worker was stopped. */
export class FrogTimeoutError extends FrogError {
  readonly reason = 'NLP_TIMEOUT';
  override readonly details: Record<string, unknown>;
  constructor(readonly timeoutMs: number) {
    super(`Frog did not finish this article within ${timeoutMs / 1000} s (INTAKE_NLP_TIMEOUT_MS) and was stopped; take in a shorter article, or split it.`);
    this.name = 'FrogTimeoutError';
    this.details = { limit: timeoutMs, setting: 'INTAKE_NLP_TIMEOUT_MS' };
  }
}

/** Frog closed the connection, or could not be reached, before it answered. */
export class FrogRequestError extends FrogError {
  readonly reason = 'NLP_FAILED';
  constructor(message: string) {
    super(message);
    this.name = 'FrogRequestError';
  }
}
