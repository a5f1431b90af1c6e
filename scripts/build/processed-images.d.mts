export function imagesNamedBy(documents: unknown): Set<string>;
export function imagesInUse(cwd: string): Set<string>;
export function pruneUnusedImages(cwd: string, inUse?: Set<string>): void;
