export function sha256(...parts: (string | Uint8Array)[]): string;
export function filesUnder(dir: string): string[];
export function assetsKey(root: string): string;
