import { Button } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type ReactNode } from 'react';
import type { IngestArticleMutation } from '../../api/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/nl';
import {
  ARTICLE_ACCEPT,
  bytesToBase64,
  checkFields,
  checkFile,
  checkText,
  HEAD_BYTES,
  titleFromFileName,
  type ArticleFields,
  type InputProblem,
} from './articleInput';
import { reviewKey, useCuratorMutation, useSignOut } from './curatorApi';
import { useCuratorToken } from './curatorToken';
import { IntakeErrorMessage } from './IntakeErrorMessage';
import { describeIntakeError } from './intakeErrors';
import { INGEST_ARTICLE_MUTATION } from './intakeQueries';
import './NewArticle.css';
import { useElapsedSeconds } from './useElapsedSeconds';

export type IntakeOutcome = IngestArticleMutation['ingestArticle'];

interface ChosenFile {
  name: string;
  size: number;
  bytes: Uint8Array;
  problem: InputProblem | null;
}

/** After this long, say that Frog's first start takes a while. */
const SLOW_AFTER_S = 8;

/**
 * "Nieuw artikel": the article as pasted text or a file (.txt, .html, .pdf, read in the browser and
 * sent as base64), its title, web address, date and publisher. Checked here first (empty, too
 * large, binary, not a PDF, title, date, address); while the server reads it and Frog analyses it,
 * an indeterminate progress bar says what is happening and for how long.
 */
export function NewArticle({ onIngested }: { onIngested: (outcome: IntakeOutcome) => void }) {
  const { t, formatNumber } = useI18n();
  const id = useId();
  const client = useQueryClient();
  const token = useCuratorToken();
  const signOut = useSignOut();
  const ingest = useCuratorMutation(INGEST_ARTICLE_MUTATION);
  const elapsed = useElapsedSeconds(ingest.isPending);
  const [text, setText] = useState('');
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [fields, setFields] = useState<ArticleFields & { publisher: string }>({ title: '', url: '', date: '', publisher: '' });
  const [shown, setShown] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const summary = useRef<HTMLDivElement>(null);

  const size = (bytes: number) =>
    bytes < 1024 * 1024 ? `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} kB` : `${formatNumber(bytes / 1024 / 1024, { maximumFractionDigits: 1 })} MB`;

  const contentProblem = file ? file.problem : checkText(text);
  const contentMessage = contentProblem
    ? t(`intake.problem.${file ? 'file' : 'text'}.${contentProblem}` as MessageKey, { size: file ? size(file.size) : '' })
    : null;
  const fieldProblems = checkFields(fields);
  const problems: { field: string; message: string }[] = [
    ...(contentMessage ? [{ field: file ? 'file' : 'text', message: contentMessage }] : []),
    ...(['title', 'date', 'url'] as const).flatMap((f) => (fieldProblems[f] ? [{ field: f, message: t(`intake.problem.${fieldProblems[f]}` as MessageKey) }] : [])),
  ];
  const problemOf = (field: string) => (shown ? (problems.find((p) => p.field === field)?.message ?? null) : null);

  const chooseFile = async (f: File | undefined) => {
    ingest.reset();
    if (!f) return setFile(null);
    const bytes = new Uint8Array(await f.arrayBuffer());
    setFile({ name: f.name, size: f.size, bytes, problem: checkFile(f.name, f.size, bytes.subarray(0, HEAD_BYTES)) });
    setFields((s) => (s.title.trim() ? s : { ...s, title: titleFromFileName(f.name) }));
  };

  const removeFile = () => {
    setFile(null);
    if (fileInput.current) fileInput.current.value = '';
  };

  const submit = () => {
    setShown(true);
    if (problems.length > 0) {
      // The summary takes the focus, so the problems are read out and each links to its field.
      window.requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    const input = {
      ...(file ? { fileBase64: bytesToBase64(file.bytes), fileName: file.name } : { text }),
      title: fields.title.trim(),
      url: fields.url.trim() || null,
      date: fields.date.trim() || null,
      publisher: fields.publisher.trim() || null,
    };
    ingest.mutate(
      { input },
      {
        onSuccess: (data) => {
          const r = data.ingestArticle;
          // The review opens on the answer itself; it is asked again only when it goes stale.
          client.setQueryData(reviewKey(r.source.id), { source: r.source, proposals: r.proposals });
          onIngested(r);
        },
        onError: (e) => {
          if (describeIntakeError(t, e).signIn) signOut();
        },
      },
    );
  };

  const field = (name: string, label: string, control: (props: FieldProps) => ReactNode, hint?: string, optional = false) => {
    const problem = problemOf(name);
    const describedBy = [hint && `${id}-${name}-hint`, problem && `${id}-${name}-error`].filter(Boolean).join(' ') || undefined;
    return (
      <div className="intake-field">
        <label className="field-label" htmlFor={`${id}-${name}`}>
          {label} {optional && <span className="muted">{t('intake.new.optional')}</span>}
        </label>
        {control({ id: `${id}-${name}`, 'aria-describedby': describedBy, 'aria-invalid': problem ? true : undefined })}
        {problem && (
          <p id={`${id}-${name}-error`} className="field-error">
            {problem}
          </p>
        )}
        {hint && (
          <p id={`${id}-${name}-hint`} className="hint">
            {hint}
          </p>
        )}
      </div>
    );
  };
  const setField = (name: keyof typeof fields) => (e: { target: { value: string } }) => setFields((s) => ({ ...s, [name]: e.target.value }));

  return (
    <div className="new-article" data-testid="new-article">
      <h2 className="intake-heading">{t('intake.nav.new')}</h2>
      <p className="intro">{t('intake.new.intro')}</p>
      {shown && problems.length > 0 && (
        <div ref={summary} className="intake-problems" role="alert" tabIndex={-1} data-testid="intake-problems">
          <p>{t('intake.new.problems')}</p>
          <ul>
            {problems.map((p) => (
              <li key={p.field}>
                <a
                  href={`#${id}-${p.field}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(`${id}-${p.field}`)?.focus();
                  }}
                >
                  {p.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form
        className="new-article-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <fieldset className="intake-fieldset" disabled={ingest.isPending}>
          <legend>{t('intake.new.content')}</legend>
          {field(
            'text',
            t('intake.new.text'),
            (p) => (
              <textarea {...p} className="article-input" rows={12} value={text} disabled={file !== null} data-testid="intake-text" onChange={(e) => setText(e.target.value)} />
            ),
            file ? t('intake.new.fileInstead') : t('intake.new.textHint'),
          )}
          {field('file', t('intake.new.file'), (p) => (
            <div className="file-row">
              <input {...p} ref={fileInput} type="file" accept={ARTICLE_ACCEPT} data-testid="intake-file" onChange={(e) => void chooseFile(e.target.files?.[0])} />
              {file && (
                <>
                  <span className="muted" data-testid="intake-file-chosen">
                    {t('intake.new.fileChosen', { name: file.name, size: size(file.size) })}
                  </span>
                  <Button appearance="secondary-action-button" className="small" onClick={removeFile}>
                    {t('intake.new.fileRemove')}
                  </Button>
                </>
              )}
            </div>
          ))}
        </fieldset>
        <div className="new-article-side">
          <fieldset className="intake-fieldset" disabled={ingest.isPending}>
            <legend>{t('intake.new.details')}</legend>
            {field('title', t('intake.new.title'), (p) => (
              <input {...p} className="small-input" type="text" required value={fields.title} data-testid="intake-title" onChange={setField('title')} />
            ))}
            <div className="field-grid">
              {field(
                'url',
                t('intake.new.url'),
                (p) => <input {...p} className="small-input" type="url" inputMode="url" value={fields.url} data-testid="intake-url" onChange={setField('url')} />,
                undefined,
                true,
              )}
              {field(
                'date',
                t('intake.new.date'),
                (p) => <input {...p} className="small-input" type="text" inputMode="numeric" value={fields.date} data-testid="intake-date" onChange={setField('date')} />,
                t('intake.new.dateHint'),
                true,
              )}
            </div>
            {field(
              'publisher',
              t('intake.new.publisher'),
              (p) => <input {...p} className="small-input" type="text" value={fields.publisher} data-testid="intake-publisher" onChange={setField('publisher')} />,
              t('intake.new.publisherHint'),
              true,
            )}
          </fieldset>
          <div className="intake-submit">
            <Button appearance="primary-action-button" type="submit"  disabled={ingest.isPending || !token} data-testid="intake-submit">
              {t('intake.new.submit')}
            </Button>
            {!token && <span className="muted">{t('intake.new.signInFirst')}</span>}
          </div>
          {ingest.isPending && (
            <div className="intake-working" role="status" data-testid="intake-working">
              <progress className="intake-progress" aria-label={t('intake.new.working')} />
              <p>
                <strong>{t('intake.new.working')}</strong>{' '}
                <span className="muted" aria-hidden="true">
                  {t('intake.new.elapsed', { seconds: elapsed })}
                </span>
              </p>
              <p className="hint">{t('intake.new.steps')}</p>
              {elapsed >= SLOW_AFTER_S && <p className="hint">{t('intake.new.slow')}</p>}
            </div>
          )}
          {ingest.error && <IntakeErrorMessage error={ingest.error} title={t('intake.new.failed')} />}
        </div>
      </form>
    </div>
  );
}

interface FieldProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}
