export const KATEX_DIR: string;
export function katexAssets(): Map<string, Buffer>;
