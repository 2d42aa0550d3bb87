/**
 * What a classified field reads as once its subject's key was destroyed (disposal, erasure). A string, so every
 * decider still folds and decides over it and every view shows it; branded, so code that must tell it apart can.
 */
export type Erased = string & { readonly __erased: true };

export const ERASED = '[erased]' as Erased;

export const isErased = (value: unknown): value is Erased => value === ERASED;
