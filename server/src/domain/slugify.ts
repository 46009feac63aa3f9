/** Stable id slugs: "Sociale Dienst Drechtsteden" → "sociale-dienst-drechtsteden"; "Creëren" → "creeren". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' en ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}

const PREFIX: Record<string, string> = {
  MUNICIPALITY: 'gemeente',
  REGION: 'regio',
  ORGANIZATION: 'org',
  CONSULTANCY: 'consultancy',
  PERSON: 'person',
  ENGAGEMENT: 'eng',
};

/** The id a new entity gets when the curator gives none. Themes use camelCase ids and must be given one. */
export function entityIdFor(type: string, name: string): string {
  const slug = slugify(name).replace(/^(gemeente|regio)-/, '');
  return `${PREFIX[type] ?? type.toLowerCase()}-${slug}`;
}
