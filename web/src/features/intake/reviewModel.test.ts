import { describe, expect, it } from 'vitest';
import type { Proposal } from './intakeQueries';
import { changedEdits, isTypingTarget, mergeReviewed, nextPending, orderProposals, reviewShortcut, stepFrom } from './reviewModel';

function proposal(id: string, kind: Proposal['kind'], status: Proposal['status'] = 'PENDING'): Proposal {
  return {
    id,
    kind,
    status,
    quote: `${id}.`,
    quoteStart: 0,
    rule: 'FROG_NER',
    confidence: 0.5,
    entityType: kind === 'ENTITY' ? 'PERSON' : null,
    name: kind === 'ENTITY' ? id : null,
    mentions: [],
    linkedEntity: null,
    suggestions: [],
    start: null,
    end: null,
    engagementStatus: null,
    relationType: kind === 'RELATION' ? 'WORKS_AT' : null,
    role: null,
    title: null,
    from: null,
    to: null,
    entity: null,
    reviewedAt: null,
  };
}

const list = orderProposals([proposal('r1', 'RELATION'), proposal('e1', 'ENTITY'), proposal('e2', 'ENTITY', 'ACCEPTED'), proposal('r2', 'RELATION'), proposal('e3', 'ENTITY')]);
const ids = (ps: readonly (Proposal | null)[]) => ps.map((p) => p?.id ?? null);

describe('the review order', () => {
  it('shows entities first, then relationships, each in the server’s order', () => {
    expect(ids(list)).toEqual(['e1', 'e2', 'e3', 'r1', 'r2']);
  });

  it('moves on to the next pending proposal after a decision, wrapping round', () => {
    expect(nextPending(list, 'e1')?.id).toBe('e3');
    expect(nextPending(list, 'r2')?.id).toBe('e1');
    expect(nextPending(list, null)?.id).toBe('e1');
    expect(nextPending([proposal('x', 'ENTITY')], 'x')).toBeNull();
    expect(nextPending([proposal('x', 'ENTITY', 'REJECTED')], null)).toBeNull();
  });

  it('steps with j and k through every proposal and stops at either end', () => {
    expect(stepFrom(list, 'e1', 1)?.id).toBe('e2');
    expect(stepFrom(list, 'e1', -1)?.id).toBe('e1');
    expect(stepFrom(list, 'r2', 1)?.id).toBe('r2');
    expect(stepFrom(list, null, 1)?.id).toBe('e1');
    expect(stepFrom(list, null, -1)?.id).toBe('r2');
    expect(stepFrom([], null, 1)).toBeNull();
  });
});

describe('mergeReviewed', () => {
  it('puts the changed proposals and the new progress into the cached review, leaving the rest as it was', () => {
    const data = { source: { id: 's', title: 'T', publisher: null, date: null, url: null, kind: 'CLIENT_STORY' as const, text: 'x', review: null }, proposals: list };
    const progress = { total: 5, reviewed: 3, pending: 2, accepted: 2, edited: 0, rejected: 1 };
    const merged = mergeReviewed(data, [{ ...list[0], status: 'REJECTED' }, { ...list[3], status: 'REJECTED' }], progress);
    expect(merged.proposals.map((p) => p.status)).toEqual(['REJECTED', 'ACCEPTED', 'PENDING', 'REJECTED', 'PENDING']);
    expect(merged.source?.review).toEqual(progress);
    expect(merged.proposals[1]).toBe(list[1]);
  });
});

describe('the shortcuts', () => {
  const press = (key: string, target: object | null = { tagName: 'LI' }, mods = {}) => reviewShortcut({ key, ctrlKey: false, metaKey: false, altKey: false, target, ...mods });

  it('maps j, k, a, r and e to their actions', () => {
    expect(['j', 'k', 'a', 'r', 'e', 'x', 'J'].map((k) => press(k))).toEqual(['next', 'previous', 'accept', 'reject', 'edit', null, null]);
  });

  it('does not fire while typing in a field, nor with a modifier (Ctrl+R reloads)', () => {
    expect(press('a', { tagName: 'INPUT', type: 'text' })).toBeNull();
    expect(press('a', { tagName: 'input' })).toBeNull();
    expect(press('r', { tagName: 'TEXTAREA' })).toBeNull();
    expect(press('j', { tagName: 'SELECT' })).toBeNull();
    expect(press('e', { tagName: 'DIV', isContentEditable: true })).toBeNull();
    expect(press('r', { tagName: 'BODY' }, { ctrlKey: true })).toBeNull();
    expect(press('a', { tagName: 'BUTTON' })).toBe('accept');
    expect(press('a', { tagName: 'INPUT', type: 'checkbox' })).toBe('accept');
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'search' })).toBe(true);
  });
});

describe('changedEdits', () => {
  const form = { type: null, name: '', role: null, title: '', quote: '', link: null };
  const person = { ...proposal('p', 'ENTITY'), name: 'Femke Jansen', quote: 'Femke Jansen is beleidsadviseur.' };
  const worksAt = { ...proposal('w', 'RELATION'), title: 'beleidsadviseur', quote: 'Femke Jansen is beleidsadviseur.' };

  it('sends only what the curator changed', () => {
    expect(changedEdits(person, { ...form, type: 'PERSON', name: 'Femke Jansen', quote: person.quote })).toEqual({});
    expect(changedEdits(person, { ...form, type: 'ORGANIZATION', name: ' Femke  Jansen ', quote: person.quote })).toEqual({ type: 'ORGANIZATION', name: 'Femke  Jansen' });
    expect(changedEdits(person, { ...form, type: 'PERSON', name: 'Femke Jansen', quote: 'Een andere zin.', link: { id: 'person-x', name: 'X', type: 'PERSON' } })).toEqual({
      quote: 'Een andere zin.',
      linkToEntityId: 'person-x',
    });
  });

  it('changes a relationship’s title or role, never an entity’s fields on it', () => {
    expect(changedEdits(worksAt, { ...form, name: 'ignored', title: 'senior beleidsadviseur', quote: worksAt.quote })).toEqual({ title: 'senior beleidsadviseur' });
    const workedOn = { ...worksAt, relationType: 'WORKED_ON' as const, role: 'CONSULTANT' as const };
    expect(changedEdits(workedOn, { ...form, role: 'CLIENT_CONTACT', quote: worksAt.quote })).toEqual({ role: 'CLIENT_CONTACT' });
  });
});
