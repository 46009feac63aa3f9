/**
 * Talks to a Frog server (`frog -S <port>`): sends a text, reads Frog's tab-separated analysis,
 * and returns the sentences with every token's span in the original text.
 *
 * The protocol: the text's lines, then a line `EOT`; Frog answers with its analysis and a line
 * `READY`. Frog in server mode does not treat a line break as a boundary, so every non-empty line
 * gets Frog's utterance marker: a headline never runs into the paragraph after it, and no sentence
 * (and so no quote) spans a line break.
 */
import net from 'node:net';
import { parseFrogOutput } from './frogOutput.js';
import { alignTokens, type Sentence } from './alignTokens.js';
import { FrogRequestError, FrogTimeoutError } from './frogErrors.js';

/** Frog is started with `--uttmarker=<utt>` (frogServer.ts). */
export const UTTERANCE_MARKER = '<utt>';

/** The text as Frog should get it: one utterance per line, and no line that reads `EOT`. */
export function frogInput(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const clean = line.replaceAll(UTTERANCE_MARKER, ' ').replace(/\r$/, '');
      return clean.trim() ? `${clean} ${UTTERANCE_MARKER}` : '';
    })
    .join('\n');
}

export interface FrogRequestOptions {
  host?: string;
  timeoutMs?: number;
  /**
   * Called when `timeoutMs` has passed, before the connection is closed, with our end's port: to
   * stop the Frog worker that serves it (frogWorkers.ts). The request fails with FrogTimeoutError
   * once it resolves.
   */
  onTimeout?: (clientPort: number) => Promise<void>;
}

export function requestFrog(port: number, text: string, opts: FrogRequestOptions = {}): Promise<string> {
  const timeoutMs = opts.timeoutMs ?? 120_000;
  return new Promise((resolve, reject) => {
    const socket = net.connect({ port, host: opts.host ?? '127.0.0.1' });
    const chunks: Buffer[] = [];
    let settled = false;
    const finish = (e: Error | null, out?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      if (e) reject(e);
      else resolve(out!);
    };
    const timer = setTimeout(() => {
      if (settled) return;
      const cancel = socket.localPort && opts.onTimeout ? opts.onTimeout(socket.localPort) : Promise.resolve();
      const timeout = new FrogTimeoutError(timeoutMs);
      finish(timeout);
      void cancel.catch(() => {});
    }, timeoutMs);
    socket.setNoDelay(true);
    socket.on('connect', () => socket.write(`${frogInput(text)}\nEOT\n`, 'utf8'));
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      // The answer ends with a line READY (sometimes followed by an empty line).
      const tail = Buffer.concat(chunks.slice(-2)).toString('utf8');
      if (/(^|\n)READY\n*$/.test(tail)) {
        const all = Buffer.concat(chunks).toString('utf8');
        finish(null, all.replace(/(^|\n)READY\n*$/, '\n'));
      }
    });
    socket.on('error', (e) => finish(new FrogRequestError(`Cannot talk to Frog on port ${port}: ${e.message}`)));
    socket.on('close', () => finish(new FrogRequestError('Frog closed the connection before it answered.')));
  });
}

/** The text, analysed by Frog: sentences with tokens (word, lemma, POS, NER, chunk, span). */
export async function analyseWithFrog(port: number, text: string, opts: FrogRequestOptions = {}): Promise<Sentence[]> {
  const output = await requestFrog(port, text, opts);
  return alignTokens(text, parseFrogOutput(output));
}
