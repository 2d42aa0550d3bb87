import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { type SelectionCase, type SelectionResult, selectPanelist } from '@pdr/procedures';
import { type Page, type Panelist, PanelistQueries } from '@pdr/read-side';

export class ListPanelistsQuery extends Query<Page<Panelist>> {
  constructor(readonly page: number, readonly pageSize: number, readonly includeWithdrawn: boolean) {
    super();
  }
}

export class GetPanelistQuery extends Query<Panelist | null> {
  constructor(readonly panelistId: string) {
    super();
  }
}

/** What selection would decide now, for a Case described by its Parties; appoints no one. */
export class PreviewSelectionQuery extends Query<SelectionResult> {
  constructor(readonly selectionCase: SelectionCase, readonly exclude: readonly string[], readonly seed: string) {
    super();
  }
}

@QueryHandler(ListPanelistsQuery)
export class ListPanelistsHandler implements IQueryHandler<ListPanelistsQuery> {
  constructor(private readonly panelists: PanelistQueries) {}

  execute({ page, pageSize, includeWithdrawn }: ListPanelistsQuery): Promise<Page<Panelist>> {
    return this.panelists.list({ page, pageSize, includeWithdrawn });
  }
}

@QueryHandler(GetPanelistQuery)
export class GetPanelistHandler implements IQueryHandler<GetPanelistQuery> {
  constructor(private readonly panelists: PanelistQueries) {}

  execute({ panelistId }: GetPanelistQuery): Promise<Panelist | null> {
    return this.panelists.get(panelistId);
  }
}

@QueryHandler(PreviewSelectionQuery)
export class PreviewSelectionHandler implements IQueryHandler<PreviewSelectionQuery> {
  constructor(private readonly panelists: PanelistQueries) {}

  async execute({ selectionCase, exclude, seed }: PreviewSelectionQuery): Promise<SelectionResult> {
    return selectPanelist({ panelists: await this.panelists.activeProfiles(), case: selectionCase, exclude, seed });
  }
}
