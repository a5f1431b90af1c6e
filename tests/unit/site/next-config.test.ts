import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** next.config.ts reads the environment once, at load: each case loads it in a fresh process. */
function prerenderWorkers(buildWorkers: string | undefined): number {
  const env = { ...process.env };
  delete env.BUILD_WORKERS;
  if (buildWorkers !== undefined) env.BUILD_WORKERS = buildWorkers;
  const output = execFileSync(
    process.execPath,
    // tsx loads the config as CommonJS: its default export arrives one level down.
    ['--import', 'tsx', '-e', "import('./next.config.ts').then((m) => console.log(JSON.stringify((m.default.default ?? m.default).experimental.cpus)))"],
    { cwd: repoRoot, env, encoding: 'utf8' },
  );
  return JSON.parse(output.trim()) as number;
}

describe('next build prerender workers (BUILD_WORKERS)', () => {
  it('uses every core by default, not Next’s one fewer', () => {
    assert.equal(prerenderWorkers(undefined), os.availableParallelism());
  });

  it('takes a positive whole number from BUILD_WORKERS', () => {
    assert.equal(prerenderWorkers('1'), 1);
    assert.equal(prerenderWorkers('3'), 3);
  });

  it('ignores a value that is not a positive number', () => {
    for (const value of ['0', '-2', 'many', '']) assert.equal(prerenderWorkers(value), os.availableParallelism(), value);
  });
});
