/**
 * Runs once when a Node server of this site starts (`next start` and the standalone server.js
 * alike): installs lib/site/request-guard.ts in front of Next's request handler. Static exports have
 * no server: the file host answers those requests.
 *
 * The import sits inside the runtime test, as Next's docs show, so the Edge compile of this file
 * drops it; an early `return` instead left `node:http` in that compile and a warning in every build.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { installRequestGuard } = await import('./lib/site/request-guard');
    installRequestGuard();
  }
}
