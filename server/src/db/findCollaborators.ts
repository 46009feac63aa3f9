/** People who shared an engagement with a person, with the shared engagements (one query). */
import type { Database } from './database.js';
import type { EntityRecord } from './entities.js';

const COLLABORATORS = `
  MATCH (p:Person {id: $id})-[:WORKED_ON]->(e:Engagement)<-[:WORKED_ON]-(o:Person)
  WHERE o <> p
  WITH o, e ORDER BY e.name
  RETURN properties(o) AS person, collect(DISTINCT properties(e)) AS engagements
  ORDER BY size(engagements) DESC, person.name`;

export async function findCollaborators(db: Database, personId: string): Promise<{ person: EntityRecord; engagements: EntityRecord[] }[]> {
  return db.read('findCollaborators', COLLABORATORS, { id: personId });
}
