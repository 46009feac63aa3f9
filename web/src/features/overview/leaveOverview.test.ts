import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../../state/appState';
import { leavingOverview } from './leaveOverview';

describe('leaving the start page', () => {
  const start = { ...DEFAULT_STATE, view: 'overview' as const };

  it('opens the filters view beside the graph when an action puts something on the map or selects it', () => {
    expect(leavingOverview(start, { exp: ['a'], sel: 'a' })).toEqual({ exp: ['a'], sel: 'a', view: 'filters' });
    expect(leavingOverview(start, { pin: ['a'] }).view).toBe('filters');
    expect(leavingOverview(start, { sel: 'a' }).view).toBe('filters');
  });

  it('keeps a view the action chose, and changes nothing for other actions or outside the start page', () => {
    expect(leavingOverview(start, { view: 'comparable', cmp: 'gemeente-ede' })).toEqual({ view: 'comparable', cmp: 'gemeente-ede' });
    expect(leavingOverview(start, { sel: null })).toEqual({ sel: null });
    expect(leavingOverview(start, { layout: 'concentric' })).toEqual({ layout: 'concentric' });
    expect(leavingOverview({ ...DEFAULT_STATE, view: 'map' }, { exp: ['a'] })).toEqual({ exp: ['a'] });
  });
});
