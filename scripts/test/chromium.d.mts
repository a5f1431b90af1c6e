export const SYSTEM_CHROMIUM: string;
export const CHROMIUM_ARGS: string[];
export function chromiumPath(): string | undefined | null;
export function chromiumExecutable(): string;
