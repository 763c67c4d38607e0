export function buildIsFresh(): boolean;
