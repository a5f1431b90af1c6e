// The health-check URL for load balancers and uptime probes (docs/deploy.md). Static, so it
// exists in every output mode and answers without rendering anything.
export const dynamic = 'force-static';

export function GET() {
  return new Response('ok\n', { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
