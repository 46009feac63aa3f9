/**
 * Article intake (issue 10): the review queue's reads and the intake and review mutations.
 * The contract is in schema.graphql ("Article intake"); the implementation follows.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Resolvers } from '../generated/resolvers-types.js';
import { badInput } from '../../domain/errors.js';

const notYet = () => badInput('Article intake is not implemented yet on this server (issue 10).');

/** A seed article's text lives in seed/texts (the Source's `text` property names the file). */
function seedText(seedDir: string, file: unknown): string | null {
  if (typeof file !== 'string' || !/^texts\/[a-z0-9-]+\.txt$/.test(file)) return null;
  try {
    return fs.readFileSync(path.join(seedDir, file), 'utf8');
  } catch {
    return null;
  }
}

export const intakeResolvers: Resolvers = {
  Query: {
    proposal: () => null,
    proposals: () => [],
    reviewQueue: () => [],
  },
  Mutation: {
    ingestArticle: () => {
      throw notYet();
    },
    reviewProposal: () => {
      throw notYet();
    },
    acceptRemainingProposals: () => {
      throw notYet();
    },
  },
  Source: {
    text: (s, _a, ctx) => seedText(ctx.config.seedDir, s.text),
    review: () => null,
  },
  Proposal: {
    suggestions: () => [],
  },
};
