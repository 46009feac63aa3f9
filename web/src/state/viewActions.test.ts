import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from './appState';
import { chooseOnMap, collapseNode, expandNode, hideNode, openNode, selectEntity, showInterlock, startAt } from './viewActions';

const s = { ...DEFAULT_STATE, ...startAt('a') };

describe('view actions', () => {
  it('starting at an entity expands and selects only it', () => {
    expect(startAt('a')).toMatchObject({ exp: ['a'], pin: [], sel: 'a' });
  });

  it('collapsing keeps the node on the map as a pinned node', () => {
    expect(collapseNode(s, 'a')).toEqual({ exp: [], pin: ['a'] });
  });

  it('expanding an already expanded node changes nothing but unhides it', () => {
    expect(expandNode(s, 'a')).toEqual({ exp: ['a'], hide: [], sel: 'a' });
  });

  it('hiding the selected node clears the selection', () => {
    expect(hideNode(s, 'a')).toMatchObject({ exp: [], hide: ['a'], sel: null });
  });

  it('opening an entity expands and selects it, also when it was hidden', () => {
    expect(openNode({ ...s, hide: ['b'] }, 'b')).toEqual({ exp: ['a', 'b'], hide: [], sel: 'b' });
  });

  it('choosing a gemeente on the map opens it and makes it the subject of comparable gemeenten', () => {
    expect(chooseOnMap({ ...s, cmp: 'x', cmpWith: 'y' }, 'b')).toEqual({ exp: ['a', 'b'], hide: [], sel: 'b', cmp: 'b', cmpWith: null });
  });

  it('selecting an entity that is not on the map pins it', () => {
    expect(selectEntity(s, 'b', new Set(['a']))).toMatchObject({ sel: 'b', pin: ['b'] });
    expect(selectEntity(s, 'c', new Set(['a', 'c']))).toMatchObject({ sel: 'c', pin: [] });
  });

  it('an interlock expands both ends and pins what they share', () => {
    expect(showInterlock(s, ['a', 'b'], ['a', 'b', 'k'])).toEqual({ exp: ['a', 'b'], pin: ['k'], hide: [] });
  });
});
