import { describe, expect, it } from 'vitest';
import { parseFrogOutput } from '../nlp/frogOutput.js';
import { alignTokens } from '../nlp/alignTokens.js';
import { frogInput } from '../nlp/frogClient.js';
import { htmlToText, htmlTitle } from './htmlToText.js';
import { reflowText } from './reflowText.js';
import { quoteOf } from './quotes.js';
import { newProposals } from '../db/saveProposals.js';
import { evaluate } from './evaluateIntake.js';
import { isConsultantTitle, isTitleWord } from './dutchWords.js';
import { toIntakeJson } from './intakeJson.js';
import type { IntakeDraft } from './intakeTypes.js';

const FROG = [
  '1\tHans\tHans\t\tSPEC(deeleigen)\t1.000000\tB-PER\tB-NP\t\t\t\t',
  '2\tvan\tvan\t\tSPEC(deeleigen)\t1.000000\tI-PER\tI-NP\t\t\t\t',
  '3\tder\tder\t\tSPEC(deeleigen)\t1.000000\tI-PER\tI-NP\t\t\t\t',
  '4\tVaart\tVaart\t\tSPEC(deeleigen)\t1.000000\tI-PER\tI-NP\t\t\t\t',
  '5\twerkt\twerken\t\tWW(pv,tgw,met-t)\t0.99\tO\tB-VP\t\t\t\t',
  '6\t.\t.\t\tLET()\t1.000000\tO\tO\t\t\t\t',
  '',
  '1\t“\t“\t\tLET()\t1\tO\tO\t\t\t\t',
  '2\tWijkteams\twijkteam\t\tN(soort,mv,basis)\t1\tO\tB-NP\t\t\t\t',
  '3\thelpen\thelpen\t\tWW(pv,tgw,mv)\t1\tO\tB-VP\t\t\t\t',
  '4\t.\t.\t\tLET()\t1\tO\tO\t\t\t\t',
  '5\t”\t”\t\tLET()\t1\tO\tO\t\t\t\t',
  '',
].join('\n');

describe('Frog output', () => {
  it('parses tokens with lemma, POS and NER, one list per sentence', () => {
    const s = parseFrogOutput(FROG);
    expect(s).toHaveLength(2);
    expect(s[0]![0]).toMatchObject({ word: 'Hans', pos: 'SPEC(deeleigen)', ner: 'B-PER', chunk: 'B-NP' });
    expect(s[1]![1]).toMatchObject({ word: 'Wijkteams', lemma: 'wijkteam' });
  });

  it('aligns tokens to the original text, so every sentence is a verbatim slice', () => {
    const text = 'Hans van der Vaart werkt.\n\n“Wijkteams  helpen.”';
    const sentences = alignTokens(text, parseFrogOutput(FROG));
    expect(sentences.map((s) => s.text)).toEqual(['Hans van der Vaart werkt.', '“Wijkteams  helpen.”']);
    for (const s of sentences) for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
  });

  it('marks every line as an utterance and never sends a line that reads EOT', () => {
    expect(frogInput('Kop\n\nEOT\nTekst <utt> hier.')).toBe('Kop <utt>\n\nEOT <utt>\nTekst   hier. <utt>');
  });
});

describe('text in', () => {
  it('keeps the article of a saved web page and drops navigation, banners, scripts and footers', () => {
    const html = `<html><head><title>T</title><script>var x = "<p>nee</p>";</script></head><body>
      <nav><a>Home</a></nav><div class="cookie-notice">Cookies?</div>
      <article><h1>Kop &amp; titel</h1><p>Eerste alinea met&nbsp;tekst, lang genoeg om een artikel te zijn.</p><p>Tweede alinea.</p></article>
      <footer>Adres</footer></body></html>`;
    expect(htmlToText(html)).toBe('Kop & titel\n\nEerste alinea met tekst, lang genoeg om een artikel te zijn.\n\nTweede alinea.');
    expect(htmlTitle(html)).toBe('Kop & titel');
  });

  it('takes the densest block when a page has no <article> or <main>', () => {
    const para = 'Dit is een alinea van het artikel met genoeg woorden om te tellen als tekst. ';
    const html = `<body><div id="menu"><p>Home</p><p>Contact</p></div><div class="content"><p>${para}</p><p>${para}</p><p>${para}</p></div><div class="x"><p>Kort.</p></div></body>`;
    expect(htmlToText(html)).toBe(Array(3).fill(para.trim()).join('\n\n'));
  });

  it('joins wrapped lines and hyphenated words, keeps headings and paragraphs apart', () => {
    const raw = 'Een kop\n\nDe gemeente wilde de ondersteu-\nning verbeteren en vroeg in\n2021 om hulp.\nNieuwe zin op een regel.\u00a0Met nbsp.';
    expect(reflowText(raw)).toBe('Een kop\n\nDe gemeente wilde de ondersteuning verbeteren en vroeg in 2021 om hulp.\nNieuwe zin op een regel. Met nbsp.');
  });
});

describe('quotes', () => {
  it('is the sentence, or the clauses around the words when the sentence is too long', () => {
    const short = { index: 0, start: 10, end: 30, text: '”Een korte zin hier.', tokens: [] };
    expect(quoteOf(short)).toEqual({ quote: 'Een korte zin hier.', start: 11 });
    const long = `${'a'.repeat(250)}, Regioplan deed het onderzoek, ${'b'.repeat(250)}.`;
    const q = quoteOf({ index: 0, start: 0, end: long.length, text: long, tokens: [] }, 252, 261)!;
    expect(q.quote.length).toBeLessThanOrEqual(400);
    expect(q.quote).toContain('Regioplan deed het onderzoek');
    expect(long.slice(q.start, q.start + q.quote.length)).toBe(q.quote);
  });
});

describe('job titles', () => {
  it('knows title words and which of them are a bureau’s', () => {
    expect(['wethouder', 'beleidsadviseur', 'kwartiermaker', 'Manager', 'seniorbeleidsmedewerker'].every(isTitleWord)).toBe(true);
    expect(isTitleWord('gemeente')).toBe(false);
    expect(isConsultantTitle('senior adviseur')).toBe(true);
    expect(isConsultantTitle('beleidsadviseur')).toBe(false);
    expect(isConsultantTitle('wethouder Sociaal Domein')).toBe(false);
  });
});

const draft: IntakeDraft = {
  entities: [
    { key: 'PERSON|jan', type: 'PERSON', name: 'Jan', mentions: [], linkedEntityId: null, quote: 'Jan werkt.', quoteStart: 0, confidence: 0.8, rule: 'FROG_NER' },
    { key: 'CONSULTANCY|movisie', type: 'CONSULTANCY', name: 'Movisie', mentions: [], linkedEntityId: null, quote: 'Bij Movisie.', quoteStart: 11, confidence: 0.9, rule: 'KNOWN_BUREAU' },
    { key: 'THEME|wmo 2015', type: 'THEME', name: 'Wmo', mentions: [], linkedEntityId: 'wmo', quote: 'De Wmo.', quoteStart: 30, confidence: 0.4, rule: 'THEME_LEMMA' },
  ],
  relations: [{ key: 'WORKS_AT|PERSON|jan|CONSULTANCY|movisie', type: 'WORKS_AT', from: 'PERSON|jan', to: 'CONSULTANCY|movisie', title: 'adviseur', quote: 'Jan werkt.', quoteStart: 0, confidence: 0.85, rule: 'JOB_TITLE' }],
};

describe('new proposals', () => {
  it('proposes everything once, then nothing; a rejected endpoint blocks its relations', () => {
    const rows = newProposals('src-x', [], draft, 'now');
    expect(rows.map((r) => r.kind)).toEqual(['ENTITY', 'ENTITY', 'ENTITY', 'RELATION']);
    const existing = rows.map((r) => ({ ...r, mentions: [] }) as never);
    expect(newProposals('src-x', existing, draft, 'now')).toEqual([]);
    const withoutRelation = rows.filter((r) => r.kind === 'ENTITY').map((r) => ({ ...r, status: r.key === 'PERSON|jan' ? 'REJECTED' : 'PENDING', mentions: [] }) as never);
    expect(newProposals('src-x', withoutRelation, draft, 'now')).toEqual([]);
  });
});

describe('the JSON document and its evaluation', () => {
  it('prints proposals above the threshold, relations only between printed entities', () => {
    const doc = toIntakeJson(draft);
    expect(doc.entities.map((e) => e.name)).toEqual(['Jan', 'Movisie']);
    expect(doc.relations).toEqual([{ type: 'WORKS_AT', from: 'Jan', to: 'Movisie', quote: 'Jan werkt.', confidence: 0.85 }]);
  });

  it('scores entities by folded name and relations by their matched ends', () => {
    const ev = evaluate(toIntakeJson(draft), {
      entities: [
        { type: 'PERSON', name: 'jan' },
        { type: 'CONSULTANCY', name: 'Regioplan' },
      ],
      relations: [{ type: 'WORKS_AT', from: 'jan', to: 'Regioplan' }],
    });
    expect(ev.entities.PERSON).toEqual({ tp: 1, predicted: 1, gold: 1 });
    expect(ev.entities.CONSULTANCY).toEqual({ tp: 0, predicted: 1, gold: 1 });
    expect(ev.relations).toEqual({ tp: 0, predicted: 1, gold: 1 });
    expect(ev.errors).toContain('entity missed: CONSULTANCY Regioplan');
  });
});
