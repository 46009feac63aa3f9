/**
 * An article as given — plain text, a saved web page, or a PDF — → its text (the snapshot the
 * quotes are checked against). Refuses what is not an article, each with a message that says what
 * to do: an empty file, a file above the size limit, a binary file, a PDF without a text layer.
 */
import { execFile } from 'node:child_process';
import type { IntakeFailureReason } from '../graphql/generated/resolvers-types.js';
import { htmlToText } from './htmlToText.js';
import { readHtmlMetadata, type HtmlMetadata } from './readHtmlMetadata.js';
import { reflowText } from './reflowText.js';

export type ArticleFormat = 'TEXT' | 'HTML' | 'PDF';

/**
 * Input that cannot be taken in; the message is for the user (BAD_INPUT, or the CLI's stderr), the
 * reason (schema.graphql's IntakeFailureReason) for the web app, which words it itself.
 */
export class IntakeInputError extends Error {
  constructor(
    readonly reason: IntakeFailureReason,
    message: string,
    /** More for `extensions` (a limit). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'IntakeInputError';
  }
}

export interface ExtractedArticle {
  text: string;
  format: ArticleFormat;
  /** The page's or document's own title, when it has one (readHtmlMetadata's order: JSON-LD, og:, <title>, <h1>). */
  title: string | null;
  /** What a web page says about itself (null for text and PDF). */
  metadata: HtmlMetadata | null;
}

const PDF_TIMEOUT_MS = 30_000;
/** Fewer letters than this is no article. */
const MIN_LETTERS = 40;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function formatOf(bytes: Buffer, fileName: string | null): ArticleFormat {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'PDF';
  const ext = /\.([a-z0-9]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  if (ext === 'pdf') return 'PDF';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'HTML';
  const head = bytes.subarray(0, 2048).toString('utf8').trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<(body|article|p|div)[\s>]/.test(head.slice(0, 1000))) return 'HTML';
  return 'TEXT';
}

/** UTF-8 text without NUL or other control characters (bar tab, line breaks, form feed). */
function decodeText(bytes: Buffer, what: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IntakeInputError('BINARY', `This ${what} is not UTF-8 text: a binary file? Intake takes plain text, HTML (.html, .htm) and PDF (.pdf).`);
  }
  let controls = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c <= 8 || (c >= 0x0e && c <= 0x1f) || c === 0x7f) controls++;
  }
  if (text.includes('\u0000') || controls > Math.max(5, text.length / 1000)) {
    throw new IntakeInputError('BINARY', `This ${what} holds binary data, not text. Intake takes plain text, HTML (.html, .htm) and PDF (.pdf).`);
  }
  return text.replace(/^\ufeff/, '');
}

function pdfToText(bytes: Buffer, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      command,
      ['-layout', '-enc', 'UTF-8', '-', '-'],
      { timeout: PDF_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024, encoding: 'buffer' },
      (error, stdout, stderr) => {
        if (error) {
          const e = error as NodeJS.ErrnoException & { killed?: boolean };
          if (e.code === 'ENOENT') reject(new IntakeInputError('PDF_READER_MISSING', 'Reading PDFs needs pdftotext: apt-get install poppler-utils.'));
          else if (e.killed) reject(new IntakeInputError('PDF_TIMEOUT', `pdftotext took longer than ${PDF_TIMEOUT_MS / 1000} s on this PDF; save it as text and take that in.`));
          else reject(new IntakeInputError('UNREADABLE', `This PDF cannot be read (pdftotext: ${stderr.toString('utf8').trim().split('\n')[0] || e.message}).`));
          return;
        }
        resolve(stdout.toString('utf8'));
      },
    );
    child.stdin?.on('error', () => {}); // pdftotext may stop reading a broken file early
    child.stdin?.end(bytes);
  });
}

export interface ExtractOptions {
  maxBytes: number;
  /** Most words of the extracted text (INTAKE_MAX_WORDS); more is refused before Frog spends minutes on it. */
  maxWords?: number;
  /** The pdftotext executable (poppler-utils). */
  pdftotext?: string;
}

export async function extractArticle(bytes: Buffer, fileName: string | null, opts: ExtractOptions): Promise<ExtractedArticle> {
  if (bytes.length > opts.maxBytes) {
    throw new IntakeInputError('TOO_LARGE', `The article is ${mb(bytes.length)}; intake takes at most ${mb(opts.maxBytes)} (INTAKE_MAX_BYTES). A client story is a few pages: take in the article itself, not a bundle.`, { limit: opts.maxBytes });
  }
  if (bytes.toString('utf8').trim() === '') throw new IntakeInputError('EMPTY', 'The article is empty: there is no text to read.');
  const format = formatOf(bytes, fileName);
  let raw: string;
  let title: string | null = null;
  let metadata: HtmlMetadata | null = null;
  if (format === 'PDF') {
    raw = await pdfToText(bytes, opts.pdftotext ?? 'pdftotext');
  } else if (format === 'HTML') {
    const html = decodeText(bytes, 'web page');
    metadata = readHtmlMetadata(html);
    title = metadata.title;
    raw = htmlToText(html);
  } else {
    raw = decodeText(bytes, 'file');
  }
  const text = reflowText(raw);
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters < MIN_LETTERS) {
    throw new IntakeInputError(
      format === 'PDF' ? 'PDF_WITHOUT_TEXT' : 'TOO_LITTLE_TEXT',
      format === 'PDF'
        ? 'This PDF has no text layer (a scan or images only): run OCR on it first, or paste the article as text.'
        : `There is too little text here to be an article (${letters} letters).`,
    );
  }
  const words = text.match(/\S+/g)?.length ?? 0;
  if (opts.maxWords !== undefined && words > opts.maxWords) {
    throw new IntakeInputError(
      'TOO_MANY_WORDS',
      `The article has ${words.toLocaleString('en')} words; intake takes at most ${opts.maxWords.toLocaleString('en')} (INTAKE_MAX_WORDS). Take in the article itself, or split a long report into its chapters.`,
      { limit: opts.maxWords, words },
    );
  }
  return { text, format, title, metadata };
}
