/**
 * GraphiQL from the app itself (issue 14): the page links only files of this server, every one of
 * them is served, and the page's policy allows its styles by a nonce made for that response. The
 * browser run, with every other host blocked, is in tests/e2e/walkthrough.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/testServer.js';

describe('GraphiQL served from the app', () => {
  const ctx = useTestApp();

  it('renders a page that links only files of this server, each served', async () => {
    const res = await fetch(`${ctx.app.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<title>Kennisgraaf GraphiQL</title>');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    // No inline script: the options are a JSON data block, the scripts files.
    expect(html.match(/<script(?![^>]*type="application\/json")(?![^>]*src=)[^>]*>/g)).toBeNull();
    const links = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(links).toEqual(expect.arrayContaining(['/graphiql/graphiql.js', '/graphiql/start.js', '/graphiql/graphiql.css']));
    for (const link of links) {
      const file = await fetch(`${ctx.app.url}${link}`);
      expect(file.status, link).toBe(200);
      if (link.endsWith('.css')) expect(await file.text(), 'fonts as files, not data: URLs').not.toContain('url(data:font');
      else await file.arrayBuffer();
    }
    const start = await (await fetch(`${ctx.app.url}/graphiql/start.js`)).text();
    for (const worker of start.match(/\/graphiql\/worker-[a-z]+\.js/g) ?? []) expect((await fetch(`${ctx.app.url}${worker}`)).status, worker).toBe(200);
    // The default query and title travel in the options.
    expect(html).toContain('WhoWorkedWith');
  });

  it("allows the page's styles by a nonce made per response, and nothing from elsewhere", async () => {
    const page = async () => {
      const res = await fetch(`${ctx.app.url}/graphql`, { headers: { accept: 'text/html' } });
      const csp = res.headers.get('content-security-policy') ?? '';
      const meta = /<meta name="style-nonce" content="([^"]+)"/.exec(await res.text())?.[1];
      return { csp, meta };
    };
    const a = await page();
    const b = await page();
    expect(a.meta).toBeTruthy();
    expect(a.meta).not.toBe(b.meta);
    expect(a.csp).toContain(`'nonce-${a.meta}'`);
    expect(a.csp).toContain("script-src 'self';");
    expect(a.csp).not.toMatch(/unsafe-eval|https?:|\*/);
    // A client cannot choose the nonce.
    const forged = await fetch(`${ctx.app.url}/graphql`, { headers: { accept: 'text/html', 'x-kennisgraaf-style-nonce': 'chosen' } });
    expect(forged.headers.get('content-security-policy')).not.toContain('chosen');
    expect(await forged.text()).not.toContain('chosen');
    // The app's own pages keep the policy without the editor's additions.
    const app = await fetch(`${ctx.app.url}/`);
    expect(app.headers.get('content-security-policy')).not.toMatch(/nonce|unsafe/);
  });
});
