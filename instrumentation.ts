import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/**
 * Runs once when a Node server of this site starts (`next start` and the standalone server.js
 * alike): puts lib/site/request-guard.ts in front of Next's request handler. Next offers no hook
 * that sees the raw request before it resolves the URL, so the guard wraps the server's
 * 'request' event. Static exports have no server: the file host answers those requests.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const http = await import('node:http');
  const { guardRequest } = await import('./lib/site/request-guard');
  const server = http.Server.prototype as Server & { guarded?: boolean };
  if (server.guarded) return;
  server.guarded = true;
  const emit = server.emit;
  server.emit = function emitGuarded(this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request' && guardRequest(args[0] as IncomingMessage, args[1] as ServerResponse)) return true;
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  };
}
