/**
 * A web page's own metadata in intake (issue 19): `articleMetadata` reads it for the form to
 * pre-fill, and `ingestArticle` stores what the input leaves out on the Source; the kind the curator
 * chooses is stored as given. The page is the intake evaluation's saved Regioplan page with a head as
 * sites publish it (canonical link, og:site_name, article:published_time, schema.org JSON-LD).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPO_ROOT } from '../../server/src/config.js';
import { gql, useTestApp } from '../support/testServer.js';
import { loadFixtureGraph } from '../support/fixtureGraph.js';
import { FROG_SKIP_MESSAGE, frogEnv, waitForTestFrog } from '../support/testFrog.js';
import { AUTH, query, type Json } from './apiHelpers.js';

const frog = inject('frog');
const SAVED = fs.readFileSync(path.join(REPO_ROOT, 'tests', 'fixtures', 'intake', 'regioplan-tilburg.html'), 'utf8');
const HEAD = `<link rel="canonical" href="https://www.regioplan.nl/project/evaluatie-participatiewet-tilburg/">
<meta property="og:site_name" content="Regioplan">
<meta property="article:published_time" content="2020-02-11T10:00:00+01:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Evaluatie Participatiewet Tilburg","author":{"@type":"Person","name":"Joris de Wit"}}</script>
</head>`;
const PAGE = SAVED.replace('</head>', HEAD);
const base64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

const METADATA = `query M($f: String!, $n: String!) { articleMetadata(fileBase64: $f, fileName: $n) { title date author publisher url kind } }`;
const INGEST = `mutation In($input: IngestArticleInput!) {
  ingestArticle(input: $input) { created source { id title kind url date publisher author } }
}`;

describe('a web page’s metadata in intake', () => {
  const ctx = useTestApp(frog.installed ? { ...frogEnv(frog) } : {});

  it('reads title, date, author, publisher and canonical address from the page, and writes nothing', async () => {
    const data = await query(ctx.app, METADATA, { f: base64(PAGE), n: 'regioplan-tilburg.html' });
    expect(data.articleMetadata).toEqual({
      title: 'Evaluatie Participatiewet Tilburg',
      date: '2020-02-11',
      author: 'Joris de Wit',
      publisher: 'Regioplan',
      url: 'https://www.regioplan.nl/project/evaluatie-participatiewet-tilburg/',
      kind: null,
    });
  });

  it('gives the title of a page with no metadata but its <title>, without the site name', async () => {
    const data = await query(ctx.app, METADATA, { f: base64(SAVED), n: 'regioplan-tilburg.html' });
    expect(data.articleMetadata).toMatchObject({ title: 'Evaluatie Participatiewet Tilburg', date: null, publisher: null, url: null });
  });

  if (!frog.installed) {
    it.skip(FROG_SKIP_MESSAGE, () => {});
    return;
  }

  describe('ingestArticle', () => {
    beforeAll(async () => {
      await waitForTestFrog(frog);
    }, 200_000);
    afterAll(async () => {
      await loadFixtureGraph(ctx.db);
    });

    it('stores the page’s date, publisher, author and address on the Source where the input leaves them out, as a client story by default', async () => {
      const res = await gql<Json>(ctx.app, INGEST, { input: { fileBase64: base64(PAGE), fileName: 'regioplan-tilburg.html', title: 'Evaluatie Participatiewet Tilburg' } }, AUTH);
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      expect(res.data.ingestArticle.source).toMatchObject({
        title: 'Evaluatie Participatiewet Tilburg',
        kind: 'CLIENT_STORY',
        date: '2020-02-11',
        publisher: 'Regioplan',
        author: 'Joris de Wit',
        url: 'https://www.regioplan.nl/project/evaluatie-participatiewet-tilburg/',
      });
    });

    it('stores the kind and the fields the curator chose over the page’s own', async () => {
      const page = PAGE.replace('De gemeente investeert sindsdien', 'De gemeente Tilburg investeert sindsdien');
      const input = { fileBase64: base64(page), fileName: 'interview.html', title: 'Gesprek over de Participatiewet', kind: 'INTERVIEW', date: '2020-03', publisher: 'Binnenlands Bestuur' };
      const res = await gql<Json>(ctx.app, INGEST, { input }, AUTH);
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      expect(res.data.ingestArticle.created).toBe(true);
      expect(res.data.ingestArticle.source).toMatchObject({ title: 'Gesprek over de Participatiewet', kind: 'INTERVIEW', date: '2020-03', publisher: 'Binnenlands Bestuur', author: 'Joris de Wit' });
    });
  });
});
