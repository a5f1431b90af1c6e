export function imagesNamedBy(documents: string | readonly unknown[]): Set<string>;
export function imagesInUse(cwd: string): Set<string>;
export function pruneUnusedImages(cwd: string, inUse?: Set<string>): void;
