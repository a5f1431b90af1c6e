export function imagesInUse(cwd: string): Set<string>;
export function pruneUnusedImages(cwd: string): void;
