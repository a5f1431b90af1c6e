import net from 'node:net';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * One request written byte for byte over a socket: no client normalises `..`, `%2e` or
 * invisible characters on the way, so the server sees exactly the hostile path. The method and
 * target go out as given (`OPTIONS *`, `GET http://other.example/`). A server that closes the
 * connection without an answer yields status 0.
 */
export function rawRequest(baseURL: string, method: string, target: string, extraHeaders: Record<string, string> = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(baseURL);
  const head = [
    `${method} ${target} HTTP/1.1`,
    `Host: ${hostname}:${port}`,
    ...Object.entries(extraHeaders).map(([key, value]) => `${key}: ${value}`),
    'Connection: close',
    '',
    '',
  ].join('\r\n');
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(head));
    const chunks: Buffer[] = [];
    socket.setTimeout(30_000, () => socket.destroy(new Error(`no answer for ${method} ${target.slice(0, 80)}`)));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const [statusLine = '', ...lines] = text.slice(0, split).split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      const body = text.slice(split + 4);
      resolve({ status: Number(statusLine.split(' ')[1] ?? 0) || 0, headers, body: headers['transfer-encoding'] === 'chunked' ? unchunk(body) : body });
    });
  });
}

/** A chunked body's data without the chunk sizes (the sizes count bytes; the text is re-encoded per chunk). */
function unchunk(body: string): string {
  let rest = Buffer.from(body, 'utf8');
  const parts: Buffer[] = [];
  for (;;) {
    const lineEnd = rest.indexOf('\r\n');
    const size = Number.parseInt(rest.subarray(0, lineEnd).toString('latin1'), 16);
    if (lineEnd < 0 || !(size > 0)) return Buffer.concat(parts).toString('utf8');
    parts.push(rest.subarray(lineEnd + 2, lineEnd + 2 + size));
    rest = rest.subarray(lineEnd + 2 + size + 2);
  }
}

export function rawGet(baseURL: string, path: string, extraHeaders: Record<string, string> = {}): Promise<RawResponse> {
  return rawRequest(baseURL, 'GET', path, extraHeaders);
}
