import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './features/feedback/ErrorBoundary';
import { en } from './i18n/en';
import { I18nProvider } from './i18n/I18nProvider';
import { nl } from './i18n/nl';
import { useAppState } from './state/useAppState';
import './styles.css';

function Root() {
  const [state, update] = useAppState();
  const dict = state.lang === 'en' ? en : nl;
  return (
    <I18nProvider lang={state.lang}>
      <ErrorBoundary message={dict['app.crashed']} reloadLabel={dict['app.reload']}>
        <App state={state} update={update} />
      </ErrorBoundary>
    </I18nProvider>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
