/**
 * Selection-shaped reads: a top-level GraphQL field becomes ONE Cypher query that returns exactly
 * what its selection asks for — the properties of each entity that its fields read, and its
 * relationship fields (an engagement's clients, bureaus, themes and people; a gemeente's, region's,
 * organisation's, bureau's or theme's engagements, a page at a time) as `COLLECT {}` subqueries with
 * their own ORDER BY and LIMIT — instead of one query per level of the selection.
 *
 * The plan (`EntityPlan`) is data, built from the selection by graphql/planSelection.ts; this
 * module turns it into Cypher. Nothing from the request reaches the query text but the plan's
 * shape: property names come from the fixed tables of planSelection.ts, relationship fields from
 * `NESTED` below (labels and types are literals), response keys are GraphQL names (checked again
 * here), and every value (page sizes, cursors) is a $parameter.
 *
 * A record read this way carries what its nested fields asked for under `PREFETCHED` (by response
 * key); the field resolvers use it and fall back to the per-request loaders for anything the plan
 * did not cover. Such a record is partial (only the planned properties), so it is never put in the
 * entity loader's cache.
 */
import { int, type Params } from './database.js';

/** The relationship fields a plan can read in the same query. */
export type NestedField = 'clients' | 'consultancies' | 'themes' | 'follows' | 'followedBy' | 'participants' | 'people' | 'engagements' | 'engagementCount';

/** Where an entity's `engagements` come from, by its type. */
export type EngagementSource = 'MUNICIPALITY' | 'CLIENT' | 'CONSULTANCY' | 'THEME';

export interface EntityPlan {
  /** Stored properties to return besides `id` (always returned: the loaders go by it). */
  props: string[];
  /** The entity sits where GraphQL must be told its type (an interface): `type` is returned too. */
  abstract?: boolean;
  /** Every stored property instead (a whole EntityRecord, as the loaders return it). */
  all?: boolean;
  nested: NestedPlan[];
}

export interface NestedPlan {
  /** The GraphQL response key (the alias, or the field name). */
  key: string;
  field: NestedField;
  /** `engagements` and `engagementCount`: which relationship leads to them. */
  source?: EngagementSource;
  /** `engagements`: the page (by name, then id), after the engagement with id `after`. */
  page?: { first: number; after: string | null };
  /** `participants`: the relationship's own properties to return (`role` is always there). */
  relProps?: string[];
  /** The entity at the other end (for `participants`: the person); none for `engagementCount`. */
  plan?: EntityPlan;
}

/** Where the nested results sit on a record read with a plan. */
const PREFETCHED = '__prefetched';

/** Herindelingen are few and short; this bounds the walk back to predecessors. */
const MAX_SUCCESSION_STEPS = 20;

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;
function safe(name: string): string {
  if (!NAME.test(name)) throw new Error(`not a GraphQL name: ${name}`);
  return `\`${name}\``;
}

/** The MATCH of a relationship field from `x` to `y` (`w`: the relationship, where it is returned). */
const NESTED: Record<Exclude<NestedField, 'engagements' | 'engagementCount'>, (x: string, y: string, w: string) => string> = {
  clients: (x, y) => `MATCH (${x})-[:FOR]->(${y}:Entity)`,
  consultancies: (x, y) => `MATCH (${x})-[:BY]->(${y}:Consultancy)`,
  themes: (x, y) => `MATCH (${x})-[:ABOUT]->(${y}:Theme)`,
  follows: (x, y) => `MATCH (${x})-[:FOLLOWS]->(${y}:Engagement)`,
  followedBy: (x, y) => `MATCH (${x})<-[:FOLLOWS]-(${y}:Engagement)`,
  participants: (x, y, w) => `MATCH (${x})<-[${w}:WORKED_ON]-(${y}:Person)`,
  people: (x, y) => `MATCH (${x})<-[:WORKS_AT]-(${y}:Person)`,
};

const ENGAGEMENTS_OF: Record<EngagementSource, (x: string, y: string) => string> = {
  // A gemeente stands for itself and the gemeenten that went into it (West Betuwe for Geldermalsen).
  MUNICIPALITY: (x, y) => `MATCH (${x})<-[:SUCCEEDED_BY*0..${MAX_SUCCESSION_STEPS}]-(:Municipality)<-[:FOR]-(${y}:Engagement)`,
  CLIENT: (x, y) => `MATCH (${x})<-[:FOR]-(${y}:Engagement)`,
  CONSULTANCY: (x, y) => `MATCH (${x})<-[:BY]-(${y}:Engagement)`,
  THEME: (x, y) => `MATCH (${x})<-[:ABOUT]-(${y}:Engagement)`,
};

/** Builds one query's projections; collects the parameters the plans need. */
export class Projector {
  readonly params: Params = {};
  private counter = 0;

  private fresh(prefix: string): string {
    return `${prefix}${this.counter++}`;
  }

  private param(value: unknown): string {
    const name = `p${this.counter++}`;
    this.params[name] = value;
    return `$${name}`;
  }

  /** Cypher: the map that stands for entity `x` under `plan` (an EntityRecord plus PREFETCHED). */
  entity(x: string, plan: EntityPlan): string {
    const props = ['id', ...(plan.abstract ? ['type'] : []), ...plan.props];
    const parts = plan.all ? ['.*'] : [...new Set(props)].map((p) => `.${safe(p)}`);
    if (plan.nested.length) parts.push(`${PREFETCHED}: {${plan.nested.map((n) => `${safe(n.key)}: ${this.nested(x, n)}`).join(', ')}}`);
    return `${x} {${parts.join(', ')}}`;
  }

  /** Cypher: the engagements of `x` (by `source`) as a page, each under `plan`. */
  engagementPage(x: string, source: EngagementSource, page: { first: number; after: string | null }, plan: EntityPlan): string {
    return this.nested(x, { key: 'page', field: 'engagements', source, page, plan });
  }

  /** Cypher: the number of engagements of `x` (by `source`). */
  engagementCount(x: string, source: EngagementSource): string {
    return this.nested(x, { key: 'count', field: 'engagementCount', source });
  }

  private nested(x: string, n: NestedPlan): string {
    const y = this.fresh('y');
    if (n.field === 'engagementCount') {
      // One hop: one relationship per engagement (MERGE), so counting the pattern is counting them;
      // through predecessors an engagement could be reached twice.
      return n.source === 'MUNICIPALITY'
        ? `COUNT { ${ENGAGEMENTS_OF.MUNICIPALITY(x, y)} RETURN DISTINCT ${y} }`
        : `COUNT { ${ENGAGEMENTS_OF[n.source!](x, y)} }`;
    }
    const plan = n.plan ?? { props: [], nested: [] };
    if (n.field === 'engagements') {
      const page = n.page ?? { first: 50, after: null };
      const after = this.param(page.after);
      const first = this.param(int(page.first));
      const a = this.fresh('a');
      // Keyset paging: the engagements after the one whose id is `after`, in (name, id) order.
      return `COLLECT {
        OPTIONAL MATCH (${a}:Engagement {id: ${after}})
        WITH ${a}.name AS ${a}name
        ${ENGAGEMENTS_OF[n.source!](x, y)}
        WITH ${n.source === 'MUNICIPALITY' ? 'DISTINCT ' : ''}${y}, ${a}name
        WHERE ${after} IS NULL OR ${y}.name > ${a}name OR (${y}.name = ${a}name AND ${y}.id > ${after})
        WITH ${y} ORDER BY ${y}.name, ${y}.id LIMIT ${first}
        RETURN ${this.entity(y, plan)} AS v
      }`;
    }
    if (n.field === 'participants') {
      // What a Participation's fields read (role, person, evidence): its `engagement` is never planned.
      const w = this.fresh('w');
      const relProps = [...new Set(['role', ...(n.relProps ?? [])])].map((p) => `.${safe(p)}`).join(', ');
      return `COLLECT {
        ${NESTED.participants(x, y, w)}
        WITH ${w}, ${y} ORDER BY ${y}.name, ${y}.id
        RETURN {props: ${w} {${relProps}}, fromNode: ${this.entity(y, plan)}} AS v
      }`;
    }
    return `COLLECT {
        ${NESTED[n.field](x, y, '')}
        WITH DISTINCT ${y} ORDER BY ${y}.name, ${y}.id
        RETURN ${this.entity(y, plan)} AS v
      }`;
  }
}

/** What a field resolver finds on a record read with a plan, or undefined (then it loads). */
export function prefetched<T>(record: object, key: string): T | undefined {
  const pre = (record as { [PREFETCHED]?: Record<string, unknown> })[PREFETCHED];
  return pre && key in pre ? (pre[key] as T) : undefined;
}
