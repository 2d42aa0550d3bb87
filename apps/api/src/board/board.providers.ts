import type { Provider } from '@nestjs/common';
import type { ReadStore } from '@pdr/application';
import { READ_STORE } from '@pdr/platform';
import { PanelistQueries } from '@pdr/read-side';
import { PanelistCommandHandler } from './panelist.commands';
import { GetPanelistHandler, ListPanelistsHandler, PreviewSelectionHandler } from './panelist-queries.handlers';
import { PanelistsController } from './panelists.controller';

/** The Board's controller and providers, registered in ApiModule beside the others (it needs ReadConsistency there). */
export const BOARD_CONTROLLERS = [PanelistsController];
export const BOARD_PROVIDERS: Provider[] = [
  { provide: PanelistQueries, useFactory: (store: ReadStore) => new PanelistQueries(store), inject: [READ_STORE] },
  PanelistCommandHandler,
  ListPanelistsHandler,
  GetPanelistHandler,
  PreviewSelectionHandler,
];
