import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DATA_PRIVACY_BOARD, type SelectionCase, type SelectionResult, selectPanelist } from '@pdr/procedures';
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
export class PreviewSelectionQuery extends Query<Pick<SelectionResult, 'eligible' | 'excluded'>> {
  constructor(readonly selectionCase: SelectionCase, readonly exclude: readonly string[]) {
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

  /** Eligibility only: whom a draw would pick is never shown, so no one can steer an appointment (BBB-4.2). */
  async execute({ selectionCase, exclude }: PreviewSelectionQuery): Promise<Pick<SelectionResult, 'eligible' | 'excluded'>> {
    const { eligible, excluded } = selectPanelist({ board: DATA_PRIVACY_BOARD, panelists: await this.panelists.activeProfiles(), case: selectionCase, exclude, seed: 'preview' });
    return { eligible, excluded };
  }
}
