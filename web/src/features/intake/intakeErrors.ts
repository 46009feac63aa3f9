/**
 * What went wrong with an intake or a review, in the UI's language. The server's `extensions.code`
 * says what kind of failure it is; for an article it cannot take in, `extensions.reason` says why
 * (empty, too large, binary, a PDF without text, Frog not installed, …), and the app words each
 * reason itself. A BAD_INPUT without a known reason is worded generally, with the server's own
 * message beside it as detail (that one is in English).
 */
import type { ApiError } from '../../api/ApiError';
import type { MessageKey } from '../../i18n/nl';
import type { Translate } from '../../i18n/I18nProvider';

/** The reasons the web app words (`extensions.reason` of a BAD_INPUT from ingestArticle or reviewProposal). */
export const INTAKE_REASONS = [
  'EMPTY',
  'TOO_LARGE',
  'BINARY',
  'PDF_WITHOUT_TEXT',
  'TOO_LITTLE_TEXT',
  'UNREADABLE',
  'NLP_UNAVAILABLE',
  'NLP_FAILED',
  'QUOTE_NOT_IN_TEXT',
  'TYPE_MISMATCH',
] as const;
type IntakeReason = (typeof INTAKE_REASONS)[number];

export interface IntakeErrorText {
  message: string;
  /** The server's message, when the app has no words of its own for this failure. */
  detail: string | null;
  /** The token is missing or not valid: the curator signs in (again). */
  signIn: boolean;
}

function intakeReason(error: ApiError): IntakeReason | null {
  const reason = error.details.reason;
  return typeof reason === 'string' && (INTAKE_REASONS as readonly string[]).includes(reason) ? (reason as IntakeReason) : null;
}

export function describeIntakeError(t: Translate, error: ApiError): IntakeErrorText {
  const reason = intakeReason(error);
  if (reason) return { message: t(`intake.reason.${reason}` as MessageKey), detail: null, signIn: false };
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return { message: t('intake.error.UNAUTHENTICATED'), detail: null, signIn: true };
    case 'FORBIDDEN':
      // A known token of a role that may not do this (a reader's) names the role it needs.
      return { message: t(error.details.requiredRole ? 'intake.error.FORBIDDEN_ROLE' : 'intake.error.FORBIDDEN'), detail: null, signIn: true };
    case 'BAD_INPUT':
      return { message: t('intake.error.BAD_INPUT'), detail: error.message, signIn: false };
    case 'NOT_FOUND':
    case 'CONFLICT':
    case 'LIMIT_EXCEEDED':
      return { message: t(`intake.error.${error.code}`), detail: error.message, signIn: false };
    default:
      return { message: t(`error.${error.code}`, { message: error.message }), detail: null, signIn: false };
  }
}
