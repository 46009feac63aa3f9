/**
 * The domain's vocabulary mirrors the SDL's enums: domain/ is pure and imports nothing from
 * graphql/, so the check that its lists and the generated enum types are the same sets lives here,
 * at the edge (both ways; tsc fails on a difference). vocabulary.test.ts checks the lists against
 * schema.graphql's text as well.
 */
import type * as Sdl from './generated/resolvers-types.js';
import type * as Vocabulary from '../domain/vocabulary.js';
import type { ErrorCode } from '../domain/errors.js';
import type { Family, PartKind, Preset } from '../domain/rankComparableMunicipalities.js';

/** `true` when A and B are the same union, else `false` (so `true satisfies Same<…>` fails tsc). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

// Never read: the `satisfies` are the check. schema.ts imports this file so it is part of the server.
const _domainMatchesSchema = [
  true satisfies Same<Vocabulary.EntityType, Sdl.EntityType>,
  true satisfies Same<Vocabulary.RelationType, Sdl.RelationType>,
  true satisfies Same<Vocabulary.ParticipationRole, Sdl.ParticipationRole>,
  true satisfies Same<Vocabulary.SourceKind, Sdl.SourceKind>,
  true satisfies Same<Vocabulary.EngagementStatus, Sdl.EngagementStatus>,
  true satisfies Same<Vocabulary.RegionKind, Sdl.RegionKind>,
  true satisfies Same<Vocabulary.ProposalKind, Sdl.ProposalKind>,
  true satisfies Same<Vocabulary.ProposalStatus, Sdl.ProposalStatus>,
  true satisfies Same<Vocabulary.IntakeRule, Sdl.IntakeRule>,
  true satisfies Same<Vocabulary.ClientType, Sdl.ClientType>,
  true satisfies Same<ErrorCode, Sdl.ErrorCode>,
  true satisfies Same<PartKind, Sdl.ScorePartKind>,
  true satisfies Same<Family, Sdl.ScoreFamily>,
  true satisfies Same<Preset, Sdl.ComparablePreset>,
];
