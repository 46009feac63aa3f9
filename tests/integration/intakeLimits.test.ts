/**
 * What intake does with the machine it runs on, through the GraphQL API: the Frog the server starts
 * itself listens on 127.0.0.1 only; an article above INTAKE_MAX_WORDS is refused before Frog sees
 * it; an article that takes Frog longer than INTAKE_NLP_TIMEOUT_MS is refused and its Frog worker
 * (1.3 GB, deaf to SIGTERM) is stopped; a Frog port taken by another program is reported as such,
 * with the port and its setting. Every refusal names its reason (`extensions.reason`) and writes
 * nothing. Each describe has its own Frog folder and port, not the test Frog of the global setup.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPO_ROOT } from '../../server/src/config.js';
import { frogWorkers } from '../../server/src/nlp/frogWorkers.js';
import { freePort, processAlive, readState } from '../../supervisor/processSupervisor.js';
import { gql, useTestApp } from '../support/testServer.js';
import { graphFingerprint } from '../support/graphFingerprint.js';
import { loadFixtureGraph } from '../support/fixtureGraph.js';
import { FROG_SKIP_MESSAGE } from '../support/testFrog.js';
import { AUTH, expectRefused, type Json } from '../api/apiHelpers.js';

const frog = inject('frog');
const ARTICLE = fs.readFileSync(path.join(REPO_ROOT, 'tests', 'fixtures', 'intake', 'movisie-zwolle.txt'), 'utf8');
const INGEST = `mutation In($input: IngestArticleInput!) { ingestArticle(input: $input) { created added source { id } } }`;
const wordsOf = (text: string) => text.match(/\S+/g)?.length ?? 0;
/** The fixture article repeated (with a number, so no paragraph repeats) until it has `words` words. */
function articleOf(words: number): string {
  const parts: string[] = [];
  for (let i = 1, n = 0; n < words; i++) {
    const part = `Deel ${i}.\n\n${ARTICLE}`;
    parts.push(part);
    n += wordsOf(part);
  }
  return parts.join('\n\n');
}

const frogHome = (name: string) => path.join(REPO_ROOT, '.frog', 'test', `${name}-${process.pid}`);

/** Addresses (IPv4 or IPv6, as text) that listen on `port`, from the kernel's socket tables. */
function listenAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const out: string[] = [];
  for (const [table, v6] of [['/proc/net/tcp', false], ['/proc/net/tcp6', true]] as const) {
    for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f[3] !== '0A' || !f[1]?.endsWith(`:${hexPort}`)) continue; // 0A = LISTEN
      const hex = f[1].split(':')[0]!;
      // The kernel prints each 32-bit word in host (little-endian) byte order.
      const bytes = hex.match(/.{8}/g)!.flatMap((w) => w.match(/../g)!.reverse().map((b) => parseInt(b, 16)));
      out.push(v6 ? (bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff ? `::ffff:${bytes.slice(12).join('.')}` : bytes.map((b) => b.toString(16)).join(':')) : bytes.join('.'));
    }
  }
  return out;
}

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 200));
  }
  return true;
}

if (!frog.installed) {
  describe.skip(FROG_SKIP_MESSAGE, () => {
    it('needs Frog', () => {});
  });
} else {
  const ports = { own: await freePort(), slow: await freePort(), taken: await freePort() };

  describe('the Frog the server starts', () => {
    const home = frogHome('own');
    const ctx = useTestApp({ FROG_PORT: String(ports.own), FROG_HOME: home, INTAKE_MAX_WORDS: '3000' });
    const ingest = (input: Record<string, unknown>) => gql<Json>(ctx.app, INGEST, { input }, AUTH);
    afterAll(async () => {
      await loadFixtureGraph(ctx.db); // the article taken in goes
      fs.rmSync(home, { recursive: true, force: true });
    });

    it('listens on 127.0.0.1 only', async () => {
      const res = await ingest({ text: ARTICLE, title: 'Frog op de loopback' });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      const addresses = listenAddresses(ports.own);
      expect(addresses.length).toBeGreaterThan(0);
      for (const a of addresses) expect(['127.0.0.1', '::ffff:127.0.0.1'], `Frog listens on ${a}`).toContain(a);
    }, 180_000);

    it('refuses an article above INTAKE_MAX_WORDS before Frog sees it, and writes nothing', async () => {
      const before = await graphFingerprint(ctx.db);
      const text = articleOf(3_500);
      const error = expectRefused(await ingest({ text, title: 'Te lang' }), 'BAD_INPUT', /INTAKE_MAX_WORDS/);
      expect(error.extensions).toMatchObject({ reason: 'TOO_MANY_WORDS', limit: 3000, words: wordsOf(text) });
      expect(await graphFingerprint(ctx.db)).toEqual(before);
    });
  });

  describe('an article past Frog’s time budget', () => {
    const home = frogHome('slow');
    const ctx = useTestApp({ FROG_PORT: String(ports.slow), FROG_HOME: home, INTAKE_NLP_TIMEOUT_MS: '2000' });
    afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

    it('is refused with NLP_TIMEOUT after INTAKE_NLP_TIMEOUT_MS, its Frog worker is stopped, and nothing is written', async () => {
      const before = await graphFingerprint(ctx.db);
      // About 30,000 words: Frog needs half a minute or more for it.
      const res = await gql<Json>(ctx.app, INGEST, { input: { text: articleOf(30_000), title: 'Te veel werk' } }, AUTH);
      const error = expectRefused(res, 'BAD_INPUT', /INTAKE_NLP_TIMEOUT_MS/);
      expect(error.extensions).toMatchObject({ reason: 'NLP_TIMEOUT', limit: 2000 });
      const pid = readState(path.join(home, 'run', 'frog.json'))?.pid;
      expect(pid && processAlive(pid), 'Frog itself keeps running for the next article').toBeTruthy();
      expect(await waitUntil(() => frogWorkers(pid!).length === 0, 10_000), `Frog workers still running: ${frogWorkers(pid!).join(', ')}`).toBe(true);
      expect(await graphFingerprint(ctx.db)).toEqual(before);
    }, 180_000);
  });

  describe('a Frog port taken by another program', () => {
    const home = frogHome('taken');
    const squatter = net.createServer((socket) => socket.destroy());
    beforeAll(() => new Promise<void>((resolve) => squatter.listen(ports.taken, '127.0.0.1', resolve)));
    afterAll(async () => {
      await new Promise((r) => squatter.close(r));
      fs.rmSync(home, { recursive: true, force: true });
    });
    const ctx = useTestApp({ FROG_PORT: String(ports.taken), FROG_HOME: home });

    it('is reported with the port and the setting that changes it, not as a missing Frog', async () => {
      const res = await gql<Json>(ctx.app, INGEST, { input: { text: ARTICLE, title: 'Poort bezet' } }, AUTH);
      const error = expectRefused(res, 'BAD_INPUT', new RegExp(`port ${ports.taken}.*FROG_PORT`));
      expect(error.extensions).toMatchObject({ reason: 'NLP_PORT_IN_USE', port: ports.taken, setting: 'FROG_PORT' });
      expect(error.message).not.toMatch(/apt-get install/);
    });
  });
}
