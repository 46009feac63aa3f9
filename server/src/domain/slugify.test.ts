import { describe, expect, it } from 'vitest';
import { entityIdFor, slugify } from './slugify.js';

describe('slugify', () => {
  it('makes lower-case ASCII slugs', () => {
    expect(slugify('Sociale Dienst Drechtsteden')).toBe('sociale-dienst-drechtsteden');
    expect(slugify('Projectmatig Creëren')).toBe('projectmatig-creeren');
    expect(slugify('Hiemstra & De Vries')).toBe('hiemstra-en-de-vries');
  });

  it('prefixes ids by type and does not repeat "gemeente"', () => {
    expect(entityIdFor('MUNICIPALITY', 'Gemeente Den Helder')).toBe('gemeente-den-helder');
    expect(entityIdFor('CONSULTANCY', 'Kern Konsult')).toBe('consultancy-kern-konsult');
  });
});
