import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/ApiError';
import { createI18n } from '../../i18n/I18nProvider';
import { IntakeFailureReason } from '../../api/generated/schema-enums';
import { describeIntakeError } from './intakeErrors';

const nl = createI18n('nl').t;
const en = createI18n('en').t;

describe('describeIntakeError', () => {
  it('words every reason the server gives in the UI language, without the server’s English', () => {
    for (const reason of Object.values(IntakeFailureReason)) {
      const e = new ApiError('BAD_INPUT', `English text for ${reason}`, 200, { reason, argument: 'input' });
      const inDutch = describeIntakeError(nl, e);
      const inEnglish = describeIntakeError(en, e);
      expect(inDutch.message, reason).not.toMatch(/^intake\./);
      expect(inDutch.message, reason).not.toBe(inEnglish.message);
      expect(inDutch.detail).toBeNull();
    }
    const frog = new ApiError('BAD_INPUT', 'Article intake needs Frog', 200, { reason: 'NLP_UNAVAILABLE' });
    expect(describeIntakeError(nl, frog).message).toContain('Frog');
    expect(describeIntakeError(nl, new ApiError('BAD_INPUT', 'x', 200, { reason: 'PDF_WITHOUT_TEXT' })).message).toContain('tekstlaag');
    expect(describeIntakeError(en, new ApiError('BAD_INPUT', 'x', 200, { reason: 'PDF_WITHOUT_TEXT' })).message).toContain('text layer');
  });

  it('names the port and its setting when Frog’s port is taken, and the limits in the language’s notation', () => {
    const i18n = createI18n('nl');
    const port = new ApiError('BAD_INPUT', 'Frog’s port 7345 is in use', 200, { reason: 'NLP_PORT_IN_USE', port: 7345, setting: 'FROG_PORT' });
    const text = describeIntakeError(i18n.t, port, i18n.formatNumber).message;
    expect(text).toContain('7345');
    expect(text).toContain('FROG_PORT');
    expect(text).not.toMatch(/installeer/i);
    const words = new ApiError('BAD_INPUT', 'too many words', 200, { reason: 'TOO_MANY_WORDS', words: 200000, limit: 50000 });
    expect(describeIntakeError(i18n.t, words, i18n.formatNumber).message).toMatch(/200\.000.*50\.000/);
    const timeout = new ApiError('BAD_INPUT', 'timeout', 200, { reason: 'NLP_TIMEOUT', limit: 120000 });
    expect(describeIntakeError(createI18n('en').t, timeout, createI18n('en').formatNumber).message).toContain('120 s');
  });

  it('asks the curator to sign in (again) when the token is missing or not valid', () => {
    expect(describeIntakeError(nl, new ApiError('UNAUTHENTICATED', 'needs a token', 401))).toMatchObject({ signIn: true, detail: null });
    expect(describeIntakeError(en, new ApiError('FORBIDDEN', 'not valid', 403)).message).toContain('Sign in again');
    expect(describeIntakeError(nl, new ApiError('FORBIDDEN', 'needs the curator role', 403, { requiredRole: 'curator' }))).toMatchObject({ signIn: true, message: expect.stringContaining('curator-token') });
  });

  it('words a refusal without a known reason generally, with the server’s message as detail', () => {
    const e = new ApiError('BAD_INPUT', 'Something the app has no words for.', 200, { reason: 'SOMETHING_NEW' });
    expect(describeIntakeError(nl, e)).toEqual({ message: 'De server nam dit niet aan.', detail: 'Something the app has no words for.', signIn: false });
    expect(describeIntakeError(en, new ApiError('DB_UNAVAILABLE', 'down')).message).toContain('database');
  });
});
