import { describe, expect, it } from 'vitest';
import { htmlTitle, htmlToText } from './htmlToText.js';

const PARA = 'Dit is een alinea van het artikel met genoeg woorden om te tellen als tekst.';

/** `depth` elements nested in each other around one paragraph. */
const nested = (depth: number, tag = 'div') => `<html><body>${`<${tag}>`.repeat(depth)}<h1>Diep</h1><p>${PARA}</p>${`</${tag}>`.repeat(depth)}</body></html>`;

describe('htmlToText', () => {
  it.each([5_000, 100_000])('reads a page that nests %i elements deep without overflowing the stack', (depth) => {
    const started = Date.now();
    expect(htmlToText(nested(depth))).toBe(`Diep\n\n${PARA}`);
    expect(htmlTitle(nested(depth))).toBe('Diep');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('reads 5,000 nested <article>s and list items, keeping the bullets', () => {
    expect(htmlToText(nested(5_000, 'article'))).toBe(`Diep\n\n${PARA}`);
    const list = `<body><main>${'<ul><li>punt'.repeat(5_000)}${'</li></ul>'.repeat(5_000)}<p>${PARA} ${PARA} ${PARA}</p></main></body>`;
    const text = htmlToText(list);
    expect(text.match(/• punt/g)).toHaveLength(5_000);
    expect(text.endsWith(`${PARA} ${PARA} ${PARA}`)).toBe(true);
  });

  it('leaves out boilerplate at any depth', () => {
    const html = `<body>${'<div>'.repeat(3_000)}<nav>Menu</nav><div class="cookie">Cookies</div><p>${PARA}</p>${'</div>'.repeat(3_000)}</body>`;
    expect(htmlToText(html)).toBe(PARA);
  });
});
