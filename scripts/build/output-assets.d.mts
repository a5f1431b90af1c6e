export function completeStandalone(root: string): string[];
export function completeExport(root: string): number;
export function removeNotFoundPages(out: string, dir?: string): string[];
