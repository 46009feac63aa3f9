/**
 * GraphQL Code Generator: resolver types for the server and the enums for the web app, generated
 * from schema.graphql, so that TypeScript catches drift between the contract and the code. Output
 * is not committed; `npm run codegen` (run by `npm run check`, `npm run build:web`, `npm test` and
 * `npm start`) writes it.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  silent: true,
  generates: {
    // The enums for the web app (the only schema types it needs at run time); the app's response
    // shapes are typed by hand next to each query, from these.
    'web/src/api/generated/schema-enums.ts': {
      plugins: ['typescript'],
      config: { onlyEnums: true, enumsAsConst: true, sort: false },
    },
    'server/src/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: '../context.js#AppContext',
        enumsAsTypes: true,
        useIndexSignature: false,
        mappers: {
          Municipality: '../../db/entities.js#EntityRecord',
          Region: '../../db/entities.js#EntityRecord',
          Organization: '../../db/entities.js#EntityRecord',
          Consultancy: '../../db/entities.js#EntityRecord',
          Person: '../../db/entities.js#EntityRecord',
          Theme: '../../db/entities.js#EntityRecord',
          Engagement: '../../db/entities.js#EntityRecord',
          Entity: '../../db/entities.js#EntityRecord',
          Node: '../../db/entities.js#EntityRecord',
          Relation: '../../db/entities.js#RelationRecord',
          Employment: '../../db/entities.js#RelationRecord',
          Participation: '../../db/entities.js#RelationRecord',
          Source: '../../db/entities.js#SourceRecord',
          Provenance: '../mappers.js#ProvenanceRef',
          Path: '../../db/findShortestPaths.js#FoundPath',
          PathStep: '../mappers.js#PathStepRef',
          Collaboration: '../mappers.js#CollaborationRef',
          Interlock: '../mappers.js#InterlockRef',
          Comparable: '../mappers.js#ComparableRef',
          ComparableResult: '../mappers.js#ComparableResultRef',
          Health: '../mappers.js#HealthRef',
        },
      },
    },
  },
};
export default config;
