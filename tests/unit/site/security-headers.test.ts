import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import nextConfig from '../../../next.config';
import { CONTENT_SECURITY_POLICY } from '../../../lib/site/security-headers';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

describe('Content-Security-Policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('has the strict base directives', () => {
    assert.deepEqual(csp.get('default-src'), ["'self'"]);
    assert.deepEqual(csp.get('object-src'), ["'none'"]);
    assert.deepEqual(csp.get('base-uri'), ["'self'"]);
    assert.deepEqual(csp.get('frame-ancestors'), ["'none'"]);
  });

  it('names no remote origin, scheme or wildcard anywhere', () => {
    for (const [name, sources] of csp) {
      for (const source of sources) assert.match(source, /^'(self|none|unsafe-inline|wasm-unsafe-eval)'$/, `${name} ${source}`);
    }
  });

  it("allows 'unsafe-inline' only for scripts and styles, never eval", () => {
    const inline = [...csp].filter(([, sources]) => sources.includes("'unsafe-inline'")).map(([name]) => name);
    assert.deepEqual(inline.sort(), ['script-src', 'style-src']);
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /'unsafe-eval'/);
  });

  it("allows WebAssembly (Pagefind search) only in script-src", () => {
    const wasm = [...csp].filter(([, sources]) => sources.includes("'wasm-unsafe-eval'")).map(([name]) => name);
    assert.deepEqual(wasm, ['script-src']);
  });
});

describe('next.config', () => {
  it('sends no x-powered-by and runs no image optimiser', () => {
    assert.equal(nextConfig.poweredByHeader, false);
    assert.equal(nextConfig.images?.unoptimized, true);
  });

  it('applies the security headers to every path, and HSTS only behind HTTPS', async () => {
    const rules = (await nextConfig.headers?.()) ?? [];
    const everywhere = rules.find((rule) => rule.source === '/:path*' && !rule.has);
    const keys = everywhere?.headers.map((header) => header.key.toLowerCase()) ?? [];
    for (const key of ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy']) {
      assert.ok(keys.includes(key), key);
    }
    assert.ok(!keys.includes('strict-transport-security'));
    // Left out on purpose (lib/site/security-headers.ts): it costs a renderer process swap on navigation.
    assert.ok(!keys.includes('cross-origin-opener-policy'));
    const hsts = rules.find((rule) => rule.headers.some((header) => header.key === 'Strict-Transport-Security'));
    assert.equal(hsts?.source, '/:path*');
    assert.deepEqual(hsts?.has, [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }]);
  });
});

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|jsx|mjs)$/.test(entry.name) ? [full] : [];
  });
}

describe('server surface', () => {
  it('has no middleware, and its one proxy only redirects tag spellings under /tags', () => {
    for (const base of ['', 'src']) {
      for (const name of ['middleware', 'proxy']) {
        for (const ext of ['ts', 'js', 'mjs', 'tsx']) {
          if (base === '' && name === 'proxy' && ext === 'ts') continue;
          const file = path.join(process.cwd(), base, `${name}.${ext}`);
          assert.equal(fs.existsSync(file), false, `${file} must not exist`);
        }
      }
    }
    const proxy = fs.readFileSync(path.join(process.cwd(), 'proxy.ts'), 'utf8');
    assert.match(proxy, /export const config = \{ matcher: '\/tags\/:path\+' \};/);
  });

  it('has no server actions', () => {
    const files = ['app', 'components', 'lib'].flatMap((dir) => sourceFiles(path.join(process.cwd(), dir)));
    assert.ok(files.length > 10, 'scanned the source');
    for (const file of files) {
      assert.doesNotMatch(fs.readFileSync(file, 'utf8'), /^\s*['"]use server['"]/m, file);
    }
  });
});
