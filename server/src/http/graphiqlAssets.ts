/**
 * GraphiQL served from the app itself (issue 14): no CDN, nothing inline that the
 * Content-Security-Policy would have to allow. `@graphql-yoga/render-graphiql` bundles GraphiQL
 * (its script, stylesheet and Monaco's three workers) as strings; its own page puts all of them
 * inline and starts the workers from `blob:` URLs. Here yoga's `renderGraphiQL` renders a page
 * that links them instead, and this module serves them under `/graphiql/` from this origin:
 *
 * - `graphiql.js`, `graphiql.css` (the fonts it embeds as `data:` URLs moved to files of their own),
 * - `start.js`, which reads the options from a JSON data block (not executed, so not a script
 *   for the policy) and starts GraphiQL, with the workers at `/graphiql/worker-*.js`.
 *
 * Monaco builds one stylesheet at run time (its icon glyphs, 120 kB) as a <style> element. The page's
 * policy allows <style> elements only with the nonce of that response (createHttpServer.ts makes one
 * per page and hands it to yoga in a request header); start.js puts it on the style elements GraphiQL
 * creates, so markup injected into the page cannot add styles.
 *
 * The bundle (about 9 MB) is loaded on the first request for it, not at start-up.
 */
import { createHash } from 'node:crypto';
import type http from 'node:http';
import type { GraphiQLOptions } from 'graphql-yoga';

export const GRAPHIQL_ASSET_PATH = '/graphiql/';

/** The request header by which createHttpServer hands the page's style nonce to yoga (set by the server, never trusted from a client). */
export const STYLE_NONCE_HEADER = 'x-kennisgraaf-style-nonce';

/** GraphiQL's options as yoga passes them to `renderGraphiQL`, with the style nonce of the page. */
export type GraphiQLPageOptions = GraphiQLOptions & { styleNonce?: string | null };

/** Monaco asks for a worker by label; each is a file here. */
const WORKERS = { editorWorkerService: 'worker-editor.js', json: 'worker-json.js', graphql: 'worker-graphql.js' } as const;

const START_SCRIPT = `// Starts GraphiQL with the options the page carries in #graphiql-options.
const options = JSON.parse(document.getElementById('graphiql-options').textContent);
// The <style> elements GraphiQL creates carry the page's nonce (see graphiqlAssets.ts).
const styleNonce = document.querySelector('meta[name="style-nonce"]')?.content;
if (styleNonce) {
  const createElement = document.createElement.bind(document);
  document.createElement = function (tagName, elementOptions) {
    const element = createElement(tagName, elementOptions);
    if (String(tagName).toLowerCase() === 'style') element.setAttribute('nonce', styleNonce);
    return element;
  };
}
const workers = ${JSON.stringify(Object.fromEntries(Object.entries(WORKERS).map(([label, file]) => [label, GRAPHIQL_ASSET_PATH + file])))};
self.MonacoEnvironment = {
  globalAPI: false,
  getWorkerUrl: function (_moduleId, label) {
    return workers[label];
  },
};
// A plain fetcher: the query, the operation's name and variables go to the server as they are, so
// the server's answer is shown (e.g. which operation to choose), never a client-side error with its
// stack (the bundled executor's "Cannot infer operation" for a document of several operations).
options.fetcher = async function (params, fetcherOptions) {
  const response = await fetch(options.endpoint || location.pathname, {
    method: 'POST',
    credentials: 'same-origin',
    headers: Object.assign({ 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' }, fetcherOptions && fetcherOptions.headers),
    body: JSON.stringify({ query: params.query, operationName: params.operationName || undefined, variables: params.variables || undefined }),
  });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return { errors: [{ message: 'HTTP ' + response.status + ': ' + (text.slice(0, 300) || response.statusText) }] };
  }
};
YogaGraphiQL.renderYogaGraphiQL(document.querySelector('#root'), options);
`;

interface Asset {
  body: Buffer;
  type: string;
}

let assets: Promise<Map<string, Asset>> | null = null;

/** `</script>` or `<!--` inside the JSON would end or upset the data block; escape `<`. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Moves the `data:` fonts of the stylesheet into files of their own (`font-src 'self'` does not allow `data:`). */
function extractFonts(css: string, files: Map<string, Asset>): string {
  return css.replace(/url\(\s*(["']?)data:(font\/[a-z0-9+.-]+);base64,([A-Za-z0-9+/=]+)\1\s*\)/g, (_m, _q, type: string, data: string) => {
    const body = Buffer.from(data, 'base64');
    const ext = type.split('/')[1]?.replace(/[^a-z0-9]/g, '') ?? 'font';
    const name = `font-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.${ext}`;
    files.set(name, { body, type });
    return `url(${GRAPHIQL_ASSET_PATH}${name})`;
  });
}

async function loadAssets(): Promise<Map<string, Asset>> {
  const bundle = await import('@graphql-yoga/render-graphiql/graphiql');
  const files = new Map<string, Asset>();
  const js = (text: string): Asset => ({ body: Buffer.from(text), type: 'text/javascript; charset=utf-8' });
  files.set('graphiql.js', js(bundle.js));
  files.set('graphiql.css', { body: Buffer.from(extractFonts(bundle.css, files)), type: 'text/css; charset=utf-8' });
  files.set('start.js', js(START_SCRIPT));
  files.set(WORKERS.editorWorkerService, js(bundle.editorWorkerService));
  files.set(WORKERS.json, js(bundle.jsonWorker));
  files.set(WORKERS.graphql, js(bundle.graphqlWorker));
  const favicon = /^data:([^;]+);base64,(.*)$/.exec(bundle.favicon);
  if (favicon?.[1] && favicon[2]) files.set('favicon.ico', { body: Buffer.from(favicon[2], 'base64'), type: favicon[1] });
  return files;
}

/** The GraphiQL page for yoga's `renderGraphiQL`: links only, the options as a JSON data block. */
export function renderGraphiQLPage(pageOptions: GraphiQLPageOptions): string {
  const { styleNonce, ...options } = pageOptions;
  const title = escapeHtml(options.title ?? 'GraphiQL');
  const p = GRAPHIQL_ASSET_PATH;
  const nonceMeta = styleNonce ? `\n    <meta name="style-nonce" content="${escapeHtml(styleNonce)}" />` : '';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />${nonceMeta}
    <title>${title}</title>
    <link rel="icon" href="${p}favicon.ico" />
    <link rel="stylesheet" href="${p}graphiql.css" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>GraphiQL needs JavaScript.</noscript>
    <div id="root"></div>
    <script type="application/json" id="graphiql-options">${jsonForScript(options)}</script>
    <script src="${p}graphiql.js"></script>
    <script src="${p}start.js"></script>
  </body>
</html>
`;
}

/** Serves `/graphiql/<file>`; false when `pathname` is not one of its files. */
export async function serveGraphiQLAsset(pathname: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> {
  if (!pathname.startsWith(GRAPHIQL_ASSET_PATH)) return false;
  assets ??= loadAssets();
  const asset = (await assets).get(pathname.slice(GRAPHIQL_ASSET_PATH.length));
  if (!asset) return false;
  res.statusCode = 200;
  res.setHeader('content-type', asset.type);
  res.setHeader('content-length', asset.body.length);
  // The files change only with the installed package; a day is safe and saves 9 MB per visit.
  res.setHeader('cache-control', 'public, max-age=86400');
  res.end(req.method === 'HEAD' ? undefined : asset.body);
  return true;
}
