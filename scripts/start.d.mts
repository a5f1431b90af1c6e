export function listenAddress(
  env: Record<string, string | undefined>,
  machineName: string,
): { port: number; hostname: string | undefined };
