import type { ExplorerActions } from '../../state/useExplorerActions';

/** What the canvas, its toolbar, its context menu and its first screen can ask the explorer to do. */
export type GraphCanvasActions = Pick<
  ExplorerActions,
  'select' | 'expand' | 'collapse' | 'hide' | 'pathFrom' | 'comparable' | 'setLayout' | 'toggleTable' | 'clear' | 'start'
>;
