export function loadMermaid(): Promise<typeof import('mermaid').default>;
