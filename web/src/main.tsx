import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The NL Design System components' CSS (Utrecht component library), then Kennisgraaf's tokens and
// the theme that sets the components' tokens from them: every other stylesheet, and the canvas styles, read them.
import '@utrecht/component-library-css';
import './styles/tokens.css';
import './styles/nlds-theme.css';
import './styles/base.css';
import { createQueryClient } from './api/queryClient';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { createI18n, I18nProvider } from './i18n/I18nProvider';
import { useAppState } from './state/useAppState';

const queryClient = createQueryClient();

function Root() {
  const [state, update] = useAppState();
  const { t } = createI18n(state.lang);
  return (
    <I18nProvider lang={state.lang}>
      <ErrorBoundary message={t('app.crashed')} reloadLabel={t('app.reload')}>
        <App state={state} update={update} />
      </ErrorBoundary>
    </I18nProvider>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <Root />
    </QueryClientProvider>
  </StrictMode>,
);
