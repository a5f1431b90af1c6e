import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

// Patched releases (framework security fixes); older ones must never be installed.
const FLOORS = { next: '16.4.6', react: '19.3.1', 'react-dom': '19.3.1' } as const;

/** -1, 0 or 1; a prerelease sorts before its release (16.4.6-canary.1 < 16.4.6). */
export function compareVersions(a: string, b: string): number {
  const parse = (version: string) => {
    const [core = '', pre] = version.split('-', 2);
    return { parts: core.split('.').map((part) => Number.parseInt(part, 10) || 0), pre };
  };
  const left = parse(a);
  const right = parse(b);
  for (let index = 0; index < 3; index += 1) {
    const diff = (left.parts[index] ?? 0) - (right.parts[index] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  if (left.pre && !right.pre) return -1;
  if (!left.pre && right.pre) return 1;
  return 0;
}

function installedVersion(name: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

describe('compareVersions', () => {
  it('orders versions numerically, prereleases first', () => {
    assert.equal(compareVersions('16.4.5', '16.4.6'), -1);
    assert.equal(compareVersions('16.10.0', '16.4.6'), 1);
    assert.equal(compareVersions('15.9.9', '16.4.6'), -1);
    assert.equal(compareVersions('16.4.6', '16.4.6'), 0);
    assert.equal(compareVersions('16.4.6-canary.3', '16.4.6'), -1);
    assert.equal(compareVersions('19.3.1', '19.3.0'), 1);
  });
});

describe('version floor', () => {
  for (const [name, floor] of Object.entries(FLOORS)) {
    it(`installed ${name} is ${floor} or newer`, () => {
      const version = installedVersion(name);
      assert.ok(compareVersions(version, floor) >= 0, `${name} ${version} is older than the patched ${floor}`);
    });
  }

  it('package.json pins exact patched versions, next in the 16 line', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    for (const [name, floor] of Object.entries(FLOORS)) {
      const declared = manifest.dependencies[name];
      assert.match(declared ?? '', /^\d+\.\d+\.\d+$/, `${name} is pinned exactly`);
      assert.ok(compareVersions(declared ?? '0.0.0', floor) >= 0, `${name} ${declared} >= ${floor}`);
    }
    assert.match(manifest.dependencies.next ?? '', /^16\./);
  });
});
