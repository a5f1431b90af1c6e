export function cacheInputsKey(cwd: string, env?: NodeJS.ProcessEnv): string;
export function buildContent(options?: {
  cwd?: string;
  clean?: boolean;
}): Promise<{ ok: true } | { ok: false; message: string; printed: boolean }>;
