import type { EntityRef, Relation } from '../../api/types';

/** What the detail panel can ask the app to do. */
export interface PanelActions {
  selectEntity: (e: EntityRef) => void;
  selectRelation: (r: Relation) => void;
  expand: (id: string) => void;
  collapse: (id: string) => void;
  hide: (id: string) => void;
  pathFrom: (id: string) => void;
  comparable: (id: string) => void;
  clearSelection: () => void;
  isExpanded: (id: string) => boolean;
}
