/**
 * GraphQL Code Generator: resolver types for the server, and for the web app every operation's
 * result and variables types and its typed document, generated from schema.graphql and the
 * `graphql(…)` documents in web/src, so that TypeScript catches drift between the contract and the
 * code. Output is not committed; `npm run codegen` (run by `npm run check`, `npm run build:web`,
 * `npm test` and `npm start`) writes it.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  // Quiet when it works (it runs before every build, check and test); but a document that no longer
  // fits the schema must say why, and `silent` would swallow that too.
  silent: true,
  hooks: {
    onError: (error: string) => {
      console.error(error);
    },
  },
  generates: {
    // The web app's operations: `graphql()` in gql.ts returns a typed document for each document
    // string written beside the feature that uses it. String mode: the document is the query text
    // itself (what is sent, and what "Toon query" shows), so the app needs no GraphQL parser.
    // Fragments are not masked: a component gets the fields its query selects.
    'web/src/api/generated/': {
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/api/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { documentMode: 'string', useTypeImports: true, enumType: 'string-literal', skipTypename: true },
    },
    // Every enum as a constant too, for the values the app needs at run time (e.g. the ErrorCode
    // list, which no operation selects).
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
          Succession: '../../db/municipalities.js#SuccessionRecord',
          MunicipalityCount: '../../db/listEngagements.js#MunicipalityCountRecord',
          Proposal: '../../db/proposalRecords.js#ProposalRecord',
          IntakeResult: '../../db/proposalRecords.js#IntakeResultRef',
          ReviewResult: '../../db/proposalRecords.js#ReviewResultRef',
          AcceptRemainingResult: '../../db/proposalRecords.js#AcceptRemainingResultRef',
        },
      },
    },
  },
};
export default config;
