import fs from 'node:fs';
import path from 'node:path';
import { GraphQLEnumType, buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../config.js';
import {
  CLIENT_TYPES,
  ENGAGEMENT_STATUSES,
  ENTITY_LABELS,
  ENTITY_TYPES,
  INTAKE_RULES,
  PARTICIPATION_ROLES,
  PROPOSAL_KINDS,
  PROPOSAL_STATUSES,
  REGION_KINDS,
  RELATION_TYPES,
  SOURCE_KINDS,
  entityIdFor,
  municipalityIdWithCode,
  referenceRegionIdFor,
  foldText,
  isId,
  isPartialDate,
  quoteProblem,
  slugify,
  urlProblem,
  yearOf,
} from './vocabulary.js';
import { ERROR_CODES } from './errors.js';

const schema = buildSchema(fs.readFileSync(path.join(REPO_ROOT, 'schema.graphql'), 'utf8'));
const enumValues = (name: string) => {
  const type = schema.getType(name);
  if (!(type instanceof GraphQLEnumType)) throw new Error(`schema.graphql has no enum ${name}`);
  return type.getValues().map((v) => v.name);
};

describe('the vocabulary agrees with schema.graphql', () => {
  it.each([
    ['EntityType', ENTITY_TYPES],
    ['RelationType', RELATION_TYPES],
    ['ParticipationRole', PARTICIPATION_ROLES],
    ['SourceKind', SOURCE_KINDS],
    ['EngagementStatus', ENGAGEMENT_STATUSES],
    ['RegionKind', REGION_KINDS],
    ['ProposalKind', PROPOSAL_KINDS],
    ['ProposalStatus', PROPOSAL_STATUSES],
    ['IntakeRule', INTAKE_RULES],
    ['ClientType', CLIENT_TYPES],
    ['ErrorCode', ERROR_CODES],
  ] as const)('%s has exactly the values of the SDL enum', (name, list) => {
    expect([...list].sort()).toEqual(enumValues(name).sort());
  });

  it('names a GraphQL object type (and Neo4j label) for every entity type', () => {
    for (const type of ENTITY_TYPES) expect(schema.getType(ENTITY_LABELS[type])?.name).toBe(ENTITY_LABELS[type]);
  });

  it('has client types that are entity types', () => {
    for (const t of CLIENT_TYPES) expect(ENTITY_TYPES).toContain(t);
  });
});

describe('ids', () => {
  it('accepts slugs and camelCase thesaurus ids, 2 to 120 characters, starting with a letter', () => {
    for (const id of ['gemeente-den-helder', 'eigenKracht', 'ab', `a${'b'.repeat(119)}`]) expect(isId(id)).toBe(true);
    for (const id of ['a', '1abc', '-abc', 'a b', 'a_b', 'gemeente|x', `a${'b'.repeat(120)}`]) expect(isId(id)).toBe(false);
  });

  it('makes lower-case ASCII slugs', () => {
    expect(slugify('Sociale Dienst Drechtsteden')).toBe('sociale-dienst-drechtsteden');
    expect(slugify('Projectmatig Creëren')).toBe('projectmatig-creeren');
    expect(slugify('Hiemstra & De Vries')).toBe('hiemstra-en-de-vries');
  });

  it('prefixes ids by type and does not repeat "gemeente"', () => {
    expect(entityIdFor('MUNICIPALITY', 'Gemeente Den Helder')).toBe('gemeente-den-helder');
    expect(entityIdFor('CONSULTANCY', 'Kern Konsult')).toBe('consultancy-kern-konsult');
    expect(entityIdFor('REGION', 'Regio Rivierenland')).toBe('regio-rivierenland');
  });

  it('gives a gemeente whose slug is taken the slug with its CBS code, and CBS regions a prefix per kind', () => {
    expect(municipalityIdWithCode('Groesbeek', 'GM0241')).toBe('gemeente-groesbeek-gm0241');
    expect(referenceRegionIdFor('COROP', 'Arnhem/Nijmegen')).toBe('regio-corop-arnhem-nijmegen');
    expect(referenceRegionIdFor('VEILIGHEIDSREGIO', 'Fryslân')).toBe('regio-vr-fryslan');
  });
});

describe('partial dates', () => {
  it('accept a year, a year-month or a date, and give their year', () => {
    for (const d of ['2016', '2016-12', '2016-12-01']) expect(isPartialDate(d)).toBe(true);
    for (const d of ['16', '2016-1', '2016/12', '2016-12-01T10:00', 'december 2016']) expect(isPartialDate(d)).toBe(false);
    expect(yearOf('2016-12')).toBe(2016);
  });
});

describe('quotes', () => {
  it('are required, at most one sentence of 400 characters, without line breaks', () => {
    expect(quoteProblem('Een zin uit de bron.')).toBeNull();
    expect(quoteProblem('')).toMatch(/required/);
    // Issue 19: the actual rule, not "a quote is required", for a quote that is there but too short.
    expect(quoteProblem('x')).toMatch(/^"x" is too short: a quote is the sentence of the source that supports the fact, verbatim: at least 3 and at most 400 characters/);
    expect(quoteProblem('x'.repeat(401))).toMatch(/400/);
    expect(quoteProblem('Eerste regel\ntweede regel')).toMatch(/line breaks/);
  });
});

describe('urlProblem', () => {
  it('accepts http(s) addresses only, and says what to send', () => {
    expect(urlProblem('https://www.movisie.nl/artikel?id=1#x')).toBeNull();
    expect(urlProblem('http://example.nl')).toBeNull();
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///etc/passwd', 'ftp://example.nl/x']) {
      expect(urlProblem(bad), bad).toMatch(/addresses are not accepted; send a full web address starting with http:\/\/ or https:\/\//);
    }
    for (const bad of ['www.example.nl', '/relatief', 'https://', 'https://exa mple.nl', 'java\tscript:alert(1)', ' https://x.nl']) expect(urlProblem(bad), bad).toMatch(/http:\/\/ or https:\/\//);
    expect(urlProblem(`https://x.nl/${'a'.repeat(2001)}`)).toMatch(/at most 2000/);
  });

});

describe('foldText', () => {
  it('folds case and diacritics the way the full-text analyzer does', () => {
    expect(foldText('Creëren Élan')).toBe('creeren elan');
  });
});
