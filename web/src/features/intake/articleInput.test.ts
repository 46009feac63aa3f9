import { describe, expect, it } from 'vitest';
import { bytesToBase64, checkFields, checkFile, checkText, isPartialIsoDate, MAX_ARTICLE_BYTES, titleFromFileName } from './articleInput';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('the article form’s checks', () => {
  it('takes .txt, .html, .htm and .pdf, and refuses other kinds, empty and too large files', () => {
    expect(checkFile('verhaal.txt', 10, bytes('Gemeente X'))).toBeNull();
    expect(checkFile('verhaal.HTML', 10, bytes('<p>Gemeente</p>'))).toBeNull();
    expect(checkFile('verhaal.htm', 10, bytes('<p>Gemeente</p>'))).toBeNull();
    expect(checkFile('verhaal.docx', 10, bytes('PK'))).toBe('UNSUPPORTED');
    expect(checkFile('verhaal', 10, bytes('tekst'))).toBe('UNSUPPORTED');
    expect(checkFile('leeg.txt', 0, new Uint8Array())).toBe('EMPTY');
    expect(checkFile('groot.pdf', MAX_ARTICLE_BYTES + 1, bytes('%PDF-1.7'))).toBe('TOO_LARGE');
  });

  it('refuses a text file with binary content, and a .pdf that is no PDF', () => {
    expect(checkFile('foto.txt', 4, new Uint8Array([0xff, 0xd8, 0x00, 0x10]))).toBe('BINARY');
    expect(checkFile('scan.pdf', 8, bytes('%PDF-1.4'))).toBeNull();
    expect(checkFile('scan.pdf', 8, bytes('<html>'))).toBe('NOT_PDF');
  });

  it('wants pasted text that is more than white space', () => {
    expect(checkText('  \n\t ')).toBe('EMPTY');
    expect(checkText('De gemeente Westland werkte met Kern Konsult.')).toBeNull();
  });

  it('checks the title, a partial ISO date and a web address', () => {
    expect(checkFields({ title: ' ', date: '', url: '' })).toEqual({ title: 'TITLE' });
    expect(checkFields({ title: 'Klant in beeld', date: '2023-13', url: 'javascript:alert(1)' })).toEqual({ date: 'DATE', url: 'URL' });
    expect(checkFields({ title: 'Klant in beeld', date: '2023-05', url: 'https://example.nl/klant' })).toEqual({});
    for (const ok of ['2023', '2023-05', '2023-05-31']) expect(isPartialIsoDate(ok), ok).toBe(true);
    for (const bad of ['23', '2023-5', '2023-05-32', 'mei 2023', '2023-05-12T10:00']) expect(isPartialIsoDate(bad), bad).toBe(false);
  });

  it('encodes a file as base64 in chunks, the same as a one-shot encoding', () => {
    const big = new Uint8Array(100_000).map((_, i) => i % 256);
    let oneShot = '';
    for (const b of big) oneShot += String.fromCharCode(b);
    expect(bytesToBase64(big)).toBe(btoa(oneShot));
    expect(bytesToBase64(bytes('Één traject'))).toBe('w4nDqW4gdHJhamVjdA==');
  });

  it('makes a title to start from out of a file name', () => {
    expect(titleFromFileName('klant-in-beeld_de_zoektocht.pdf')).toBe('klant in beeld de zoektocht');
  });
});
