/**
 * Which properties the CBS reference data owns. A reference refresh (`npm run reference:import`,
 * writeGraph mode 'refresh') changes only these on entities and relationships that exist already;
 * every other property — and every curated fact — stays as it is. Pure.
 */
import type { EntityType } from '../domain/vocabulary.js';

/** A gemeente's reference attributes: the column of a reference file each comes from is in docs/DATA-MODEL.md. */
const MUNICIPALITY_REFERENCE_PROPERTIES = [
  'name',
  'cbsCode',
  'province',
  'provinceCode',
  'population',
  'populationDate',
  'populationYear',
  'men',
  'women',
  'areaTotalHa',
  'areaLandHa',
  'areaWaterHa',
  'density',
  'stedelijkheid',
  'arbeidsmarktregio',
  'jeugdzorgregio',
  'dissolved',
  'dissolvedYear',
  'dissolvedNote',
] as const;

/** A COROP region's or veiligheidsregio's. */
const REGION_REFERENCE_PROPERTIES = ['name', 'code', 'kind'] as const;

/**
 * On relationships: the end of a COROP/veiligheidsregio membership (`MEMBER_OF.validTo`) and the
 * year of a herindeling (`SUCCEEDED_BY.year`). `validFrom` is set when a membership is created and
 * never moved by a later file.
 */
export const RELATION_REFERENCE_PROPERTIES = ['validTo', 'year'] as const;

const NONE: readonly string[] = [];

/** The properties a refresh may change on an existing entity of this type (none on curated types). */
export function referenceOwnedProperties(type: EntityType): readonly string[] {
  return type === 'MUNICIPALITY' ? MUNICIPALITY_REFERENCE_PROPERTIES : type === 'REGION' ? REGION_REFERENCE_PROPERTIES : NONE;
}
