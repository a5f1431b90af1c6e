export function listenAddress(
  env: Record<string, string | undefined>,
  machineName: string,
): { port: number; hostname: string | undefined };
export function siteUrlNotice(builtUrl: string | undefined, port: number): string | undefined;
