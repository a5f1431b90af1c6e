export function completeStandalone(root: string): string[];
export function completeExport(root: string): number;
