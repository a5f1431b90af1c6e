import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A port on 127.0.0.1 the system gave out and took back: free for a server of the test's own (an image
 * host, the built site), or, left unused, one nothing listens on.
 */
export async function freePort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
