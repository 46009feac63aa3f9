/**
 * What went wrong with an intake or a review, in the UI's language. The server's `extensions.code`
 * says what kind of failure it is; for an article it cannot take in (or an edit it refuses),
 * `extensions.reason` says why — one of schema.graphql's `IntakeFailureReason` (empty, too large,
 * too many words, a PDF without text, Frog not installed, Frog's port taken, …) — and the app words
 * each reason itself: the table below is typed by the generated enum, so a reason the schema gains
 * without words here does not compile. A BAD_INPUT without a reason is worded generally, with the
 * server's own message beside it as detail (that one is in English).
 */
import type { ApiError } from '../../api/ApiError';
import { IntakeFailureReason } from '../../api/generated/schema-enums';
import type { MessageKey } from '../../i18n/nl';
import type { Translate } from '../../i18n/I18nProvider';

const REASON_MESSAGES: Record<IntakeFailureReason, MessageKey> = {
  INPUT_SHAPE: 'intake.reason.INPUT_SHAPE',
  FILE_NAME_MISSING: 'intake.reason.FILE_NAME_MISSING',
  NOT_BASE64: 'intake.reason.NOT_BASE64',
  TITLE_MISSING: 'intake.reason.TITLE_MISSING',
  DATE_INVALID: 'intake.reason.DATE_INVALID',
  VALUE_TOO_LONG: 'intake.reason.VALUE_TOO_LONG',
  EMPTY: 'intake.reason.EMPTY',
  TOO_LARGE: 'intake.reason.TOO_LARGE',
  TOO_MANY_WORDS: 'intake.reason.TOO_MANY_WORDS',
  BINARY: 'intake.reason.BINARY',
  PDF_WITHOUT_TEXT: 'intake.reason.PDF_WITHOUT_TEXT',
  TOO_LITTLE_TEXT: 'intake.reason.TOO_LITTLE_TEXT',
  UNREADABLE: 'intake.reason.UNREADABLE',
  PDF_READER_MISSING: 'intake.reason.PDF_READER_MISSING',
  PDF_TIMEOUT: 'intake.reason.PDF_TIMEOUT',
  NLP_UNAVAILABLE: 'intake.reason.NLP_UNAVAILABLE',
  NLP_PORT_IN_USE: 'intake.reason.NLP_PORT_IN_USE',
  NLP_TIMEOUT: 'intake.reason.NLP_TIMEOUT',
  NLP_FAILED: 'intake.reason.NLP_FAILED',
  QUOTE_NOT_IN_TEXT: 'intake.reason.QUOTE_NOT_IN_TEXT',
  TYPE_MISMATCH: 'intake.reason.TYPE_MISMATCH',
};

const REASONS: ReadonlySet<string> = new Set(Object.values(IntakeFailureReason));

export interface IntakeErrorText {
  message: string;
  /** The server's message, when the app has no words of its own for this failure. */
  detail: string | null;
  /** The token is missing or not valid: the curator signs in (again). */
  signIn: boolean;
}

function intakeReason(error: ApiError): IntakeFailureReason | null {
  const reason = error.details.reason;
  return typeof reason === 'string' && REASONS.has(reason) ? (reason as IntakeFailureReason) : null;
}

/** The values a reason's words may name (`{port}`, `{setting}`, `{limit}`, `{words}`), from the error's extensions. */
function reasonParams(error: ApiError, formatNumber: (n: number) => string): Record<string, string | number> {
  const d = error.details;
  const params: Record<string, string | number> = {};
  if (typeof d.port === 'number') params.port = d.port;
  if (typeof d.setting === 'string') params.setting = d.setting;
  if (typeof d.words === 'number') params.words = formatNumber(d.words);
  if (typeof d.limit === 'number') {
    // In the unit the curator thinks in: megabytes for a file, seconds for Frog's time budget.
    if (d.reason === 'TOO_LARGE') params.limit = formatNumber(Math.round((d.limit / 1024 / 1024) * 10) / 10);
    else if (d.reason === 'NLP_TIMEOUT') params.limit = formatNumber(Math.round(d.limit / 1000));
    else params.limit = formatNumber(d.limit);
  }
  return params;
}

/** `formatNumber` writes a figure in the UI language's notation (I18n.formatNumber). */
export function describeIntakeError(t: Translate, error: ApiError, formatNumber: (n: number) => string = String): IntakeErrorText {
  const reason = intakeReason(error);
  if (reason) return { message: t(REASON_MESSAGES[reason], reasonParams(error, formatNumber)), detail: null, signIn: false };
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
