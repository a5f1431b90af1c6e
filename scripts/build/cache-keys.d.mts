export function sha256(...parts: (string | Uint8Array)[]): string;
export function filesUnder(dir: string): string[];
export function assetsKey(root: string): string;
export const OUTPUT_ENV: readonly string[];
export function codeKey(root: string, paths: readonly string[], env?: Record<string, string | undefined>): string;
export function shareCardKey(root: string): string;
export function compileKey(root: string, env?: Record<string, string | undefined>): string;
export function keepTurbopackCacheForMode(root: string, env?: Record<string, string | undefined>): boolean;
