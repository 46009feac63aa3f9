import { Button, FormLabel, Textbox } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { useSignOut } from './curatorApi';
import { setCuratorToken, useCuratorToken } from './curatorToken';
import './CuratorSignIn.css';

/**
 * The curator's sign-in: the API token in a password field, kept in this tab's sessionStorage only.
 * Whether it is valid shows on the first intake request (a wrong one signs the curator out again).
 */
export function CuratorSignIn() {
  const { t } = useI18n();
  const token = useCuratorToken();
  const signOut = useSignOut();
  const id = useId();
  const [value, setValue] = useState('');
  const [empty, setEmpty] = useState(false);

  if (token) {
    return (
      <div className="curator-signed-in" data-testid="curator-signed-in">
        <span>{t('curator.signedIn')}</span>
        <Button appearance="secondary-action-button" className="small" data-testid="curator-sign-out" onClick={signOut}>
          {t('curator.signOut')}
        </Button>
      </div>
    );
  }
  return (
    <form
      className="curator-sign-in"
      data-testid="curator-sign-in"
      onSubmit={(e) => {
        e.preventDefault();
        const v = value.trim();
        setEmpty(v === '');
        if (!v) return;
        setCuratorToken(v);
        setValue('');
      }}
    >
      <p className="curator-needed">{t('curator.needed')}</p>
      <FormLabel className="field-label" htmlFor={`${id}-token`}>
        {t('curator.token')}
      </FormLabel>
      <div className="curator-row">
        <Textbox
          id={`${id}-token`}
          className="small-input"
          invalid={empty}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={value}
          aria-invalid={empty || undefined}
          aria-describedby={`${id}-hint${empty ? ` ${id}-error` : ''}`}
          data-testid="curator-token"
          onChange={(e) => setValue(e.target.value)}
        />
        <Button type="submit" appearance="primary-action-button" data-testid="curator-submit">
          {t('curator.signIn')}
        </Button>
      </div>
      {empty && (
        <p id={`${id}-error`} className="field-error">
          {t('curator.empty')}
        </p>
      )}
      <p id={`${id}-hint`} className="hint">
        {t('curator.hint')}
      </p>
    </form>
  );
}
