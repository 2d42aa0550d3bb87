export type PanelistState =
  | { readonly status: 'none' }
  | { readonly status: 'active' | 'withdrawn'; readonly panelistId: string };
