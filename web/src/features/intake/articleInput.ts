/**
 * What the "Nieuw artikel" form checks before it sends anything: a text or a file of a kind intake
 * reads (.txt, .html/.htm, .pdf), not empty, not above the server's size limit, not binary where
 * text is expected; a title; a date as far as the article states it; a web address. Pure, so the
 * checks are unit-tested; the server checks again (and alone knows whether a PDF has a text layer).
 */

/** The extensions the server reads (IngestArticleInput.fileName), as the file picker offers them. */
const ARTICLE_EXTENSIONS = ['txt', 'html', 'htm', 'pdf'] as const;
export const ARTICLE_ACCEPT = ARTICLE_EXTENSIONS.map((e) => `.${e}`).join(',');

/** The server's default INTAKE_MAX_BYTES (5 MB): a client story is tens of kB, a PDF with images a few MB. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** How much of a file is looked at for binary content. */
export const HEAD_BYTES = 8192;

export type InputProblem = 'EMPTY' | 'TOO_LARGE' | 'UNSUPPORTED' | 'BINARY' | 'NOT_PDF' | 'TITLE' | 'DATE' | 'URL';

function fileExtension(name: string): string {
  return /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
}

/** A file's problem from its name, size and first bytes; null when intake can try it. */
export function checkFile(name: string, size: number, head: Uint8Array): InputProblem | null {
  const ext = fileExtension(name);
  if (!(ARTICLE_EXTENSIONS as readonly string[]).includes(ext)) return 'UNSUPPORTED';
  if (size === 0) return 'EMPTY';
  if (size > MAX_ARTICLE_BYTES) return 'TOO_LARGE';
  if (ext === 'pdf') return String.fromCharCode(...head.subarray(0, 5)) === '%PDF-' ? null : 'NOT_PDF';
  return head.subarray(0, HEAD_BYTES).includes(0) ? 'BINARY' : null;
}

/** Pasted text: not only white space, and within the limit once encoded as UTF-8. */
export function checkText(text: string): InputProblem | null {
  if (text.trim() === '') return 'EMPTY';
  return new TextEncoder().encode(text).length > MAX_ARTICLE_BYTES ? 'TOO_LARGE' : null;
}

/** "2023", "2023-05" or "2023-05-12": a date as far as the article states it. */
export function isPartialIsoDate(value: string): boolean {
  return /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(value);
}

export interface ArticleFields {
  title: string;
  date: string;
  url: string;
}

/** The problems of the describing fields, by field; empty when they are fine. */
export function checkFields(f: ArticleFields): Partial<Record<keyof ArticleFields, InputProblem>> {
  const problems: Partial<Record<keyof ArticleFields, InputProblem>> = {};
  if (f.title.trim() === '') problems.title = 'TITLE';
  if (f.date.trim() !== '' && !isPartialIsoDate(f.date.trim())) problems.date = 'DATE';
  if (f.url.trim() !== '' && !isWebAddress(f.url.trim())) problems.url = 'URL';
  return problems;
}

function isWebAddress(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/** A file's bytes as base64 (IngestArticleInput.fileBase64), in chunks so a large file does not overflow the call stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** A title to start from when a file is chosen and the title is still empty: its name, readable. */
export function titleFromFileName(name: string): string {
  return name
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/[_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
