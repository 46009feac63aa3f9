import { describe, expect, it } from 'vitest';
import { graphDocumentSchema } from './graphDocument.js';

describe('graphDocumentSchema', () => {
  it('refuses a url or website that is not http(s) (issue 19: javascript: URLs were imported)', () => {
    const doc = (url: string, website: string) => ({
      format: 'kennisgraaf-graph',
      version: 1,
      sources: [{ id: 'src-a', title: 'A', kind: 'ARTICLE', properties: { url } }],
      entities: [{ id: 'consultancy-a', type: 'CONSULTANCY', name: 'A', properties: { website }, provenance: [{ source: 'src-a', quote: 'Een zin.' }] }],
      relations: [],
    });
    expect(graphDocumentSchema.safeParse(doc('https://a.nl', 'https://a.nl')).success).toBe(true);
    const refused = graphDocumentSchema.safeParse(doc('javascript:alert(1)', 'vbscript:x'));
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      expect.stringMatching(/^sources\.0\.properties\.url: "javascript:" addresses are not accepted/),
      expect.stringMatching(/^entities\.0\.properties\.website: "vbscript:" addresses are not accepted/),
    ]);
  });
});
