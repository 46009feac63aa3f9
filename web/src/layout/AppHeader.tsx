import { Button, Heading1, PageHeader, Paragraph } from '@utrecht/component-library-react';
import type { EntityRef } from '../api/fragments';
import { EntityCombobox } from '../components/EntityCombobox';
import { useI18n, type Language } from '../i18n/I18nProvider';
import './AppHeader.css';

/** The header: name, the one search box, the language switch, and the way to article intake (curators) and back. */
export function AppHeader({
  onChoose,
  onLanguage,
  intakeOpen = false,
  onIntake,
}: {
  onChoose: (e: EntityRef) => void;
  onLanguage: (l: Language) => void;
  intakeOpen?: boolean;
  onIntake?: (open: boolean) => void;
}) {
  const { t, lang } = useI18n();
  const other: Language = lang === 'nl' ? 'en' : 'nl';
  return (
    <PageHeader className="app-header">
      <div className="brand">
        <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
          <path className="brand-line" d="M8 8L24 12L14 25Z" />
          <circle className="brand-dot-1" cx="8" cy="8" r="5" />
          <circle className="brand-dot-2" cx="24" cy="12" r="5" />
          <circle className="brand-dot-3" cx="14" cy="25" r="5" />
        </svg>
        <div>
          <Heading1>{t('app.title')}</Heading1>
          <Paragraph className="tagline">{t('app.tagline')}</Paragraph>
        </div>
      </div>
      <div className="header-search" role="search">
        <EntityCombobox
          label={t('search.label')}
          hideLabel
          placeholder={t('search.placeholder')}
          onChoose={onChoose}
          testId="search"
          inputId="main-search"
        />
      </div>
      <Button
        appearance="subtle-button"
        className="language-switch"
        lang={other}
        aria-label={t('app.switchLanguageLabel')}
        data-testid="language-switch"
        onClick={() => onLanguage(other)}
      >
        {t('app.switchLanguage')}
      </Button>
      {onIntake && (
        <Button
          appearance="subtle-button"
          className="header-button"
          title={intakeOpen ? undefined : t('intake.openLabel')}
          data-testid="nav-intake"
          onClick={() => onIntake(!intakeOpen)}
        >
          {intakeOpen ? t('intake.back') : t('intake.open')}
        </Button>
      )}
    </PageHeader>
  );
}
