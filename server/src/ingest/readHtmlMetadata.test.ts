/**
 * readHtmlMetadata on page heads shaped as sites publish them: schema.org Article JSON-LD (with
 * `@graph`, as WordPress/Yoast writes it), Open Graph `og:`/`article:` tags (ogp.me), a `<title>`
 * with the site's name after " | ", `<time datetime>`. NOTE for reviewers: these heads are written
 * for this test after those published formats, not copied from a real page (the reference corpus
 * this project may search is not to be copied verbatim); tests/fixtures/intake/regioplan-tilburg.html
 * is the saved page the evaluation uses.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { partialDateOf, readHtmlMetadata } from './readHtmlMetadata.js';

const YOAST_HEAD = `<!DOCTYPE html><html lang="nl-NL"><head>
<meta charset="UTF-8">
<title>Samen naar een sterkere wijkaanpak in Zwolle - Movisie</title>
<link rel="canonical" href="https://www.movisie.nl/artikel/samen-sterkere-wijkaanpak-zwolle" />
<meta property="og:locale" content="nl_NL" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Samen naar een sterkere wijkaanpak in Zwolle - Movisie" />
<meta property="og:url" content="https://www.movisie.nl/artikel/samen-sterkere-wijkaanpak-zwolle" />
<meta property="og:site_name" content="Movisie" />
<meta property="article:published_time" content="2023-03-14T09:12:44+00:00" />
<meta name="author" content="Redactie Movisie" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[
 {"@type":"WebPage","@id":"https://www.movisie.nl/artikel/samen-sterkere-wijkaanpak-zwolle","url":"https://www.movisie.nl/artikel/samen-sterkere-wijkaanpak-zwolle","name":"Samen naar een sterkere wijkaanpak in Zwolle - Movisie","datePublished":"2023-03-14T09:12:44+00:00"},
 {"@type":"Article","@id":"https://www.movisie.nl/artikel/samen-sterkere-wijkaanpak-zwolle#article","headline":"Samen naar een sterkere wijkaanpak in Zwolle","datePublished":"2023-03-14T09:12:44+00:00","author":{"@type":"Person","name":"Anouk de Vries"},"publisher":{"@id":"https://www.movisie.nl/#organization"},"mainEntityOfPage":{"@id":"https://www.movisie.nl/artikel/samen-sterkere-wijkaanpak-zwolle"}},
 {"@type":"Organization","@id":"https://www.movisie.nl/#organization","name":"Movisie"}
]}</script>
</head><body><h1>Samen naar een sterkere wijkaanpak in Zwolle</h1></body></html>`;

const OG_ONLY_HEAD = `<html><head>
<title>Wethouder over de Jeugdwet: ‘We moeten durven kiezen’ | Binnenlands Bestuur</title>
<meta property="og:site_name" content="Binnenlands Bestuur">
<meta property="og:title" content="Interview: wethouder over de Jeugdwet">
<meta property="article:section" content="Interview">
<meta property="article:published_time" content="2022-11-02">
</head><body><article><time datetime="2021-01-01">1 januari 2021</time></article></body></html>`;

describe('readHtmlMetadata', () => {
  it('reads the article from JSON-LD @graph first: headline, datePublished, author, canonical URL', () => {
    const m = readHtmlMetadata(YOAST_HEAD);
    expect(m.title).toBe('Samen naar een sterkere wijkaanpak in Zwolle');
    expect(m.date).toBe('2023-03-14');
    expect(m.author).toBe('Anouk de Vries');
    expect(m.url).toBe('https://www.movisie.nl/artikel/samen-sterkere-wijkaanpak-zwolle');
    // The publisher is an @id reference without a name: og:site_name names it.
    expect(m.publisher).toBe('Movisie');
    expect(m.kind).toBeNull();
  });

  it('falls back to og: and article: tags, and calls a page that says it is an interview an INTERVIEW', () => {
    const m = readHtmlMetadata(OG_ONLY_HEAD);
    expect(m.title).toBe('Interview: wethouder over de Jeugdwet');
    expect(m.date).toBe('2022-11-02');
    expect(m.publisher).toBe('Binnenlands Bestuur');
    expect(m.url).toBeNull();
    expect(m.kind).toBe('INTERVIEW');
  });

  it('takes <title> without the " | Site" suffix, then <time datetime>, when a page has no other metadata', () => {
    const html = OG_ONLY_HEAD.replace(/<meta[^>]*>\n/g, '');
    const m = readHtmlMetadata(html);
    expect(m.title).toBe('Wethouder over de Jeugdwet: ‘We moeten durven kiezen’');
    expect(m.date).toBe('2021-01-01');
    expect(m.publisher).toBeNull();
  });

  it('reads the saved page of the intake evaluation (title with " | Regioplan")', () => {
    const html = fs.readFileSync(path.join(import.meta.dirname, '../../../tests/fixtures/intake/regioplan-tilburg.html'), 'utf8');
    expect(readHtmlMetadata(html).title).toBe('Evaluatie Participatiewet Tilburg');
  });

  it('uses the first h1 when there is no title at all, and survives broken JSON-LD', () => {
    const m = readHtmlMetadata('<script type="application/ld+json">{ broken</script><h1>Kop  van het\n artikel</h1><p>Tekst.</p>');
    expect(m).toEqual({ title: 'Kop van het artikel', date: null, author: null, publisher: null, url: null, kind: null });
  });

  it('turns published dates into partial ISO dates', () => {
    expect(partialDateOf('2024-05-31T08:00:00+02:00')).toBe('2024-05-31');
    expect(partialDateOf('2024-05')).toBe('2024-05');
    expect(partialDateOf('2024-13-01')).toBeNull();
    expect(partialDateOf('Tue, 05 Mar 2024 10:00:00 GMT')).toBe('2024-03-05');
    expect(partialDateOf('gisteren')).toBeNull();
  });
});
