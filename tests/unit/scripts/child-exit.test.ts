import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';
import { DRAIN_MS, exited } from '../../../scripts/build/child-exit';

const node = (source: string) => spawn(process.execPath, ['-e', source], { stdio: ['ignore', 'pipe', 'pipe'] });

describe('waiting for a build step (scripts/build/child-exit.ts)', () => {
  it('gives the exit code once the output has been read', async () => {
    const child = node('process.stdout.write("done"); process.exit(3)');
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    assert.equal(await exited(child), 3);
    assert.equal(output, 'done');
  });

  it('does not wait on a grandchild that keeps the output open after the child exits', async () => {
    // The grandchild inherits the child's stdout and stderr and lives on, as contentlayer's esbuild service did.
    const child = node(
      `const g = require('node:child_process').spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'inherit', detached: true }); g.unref(); process.stdout.write(String(g.pid)); process.exit(0)`,
    );
    let grandchild = '';
    child.stdout.on('data', (chunk: Buffer) => (grandchild += chunk.toString()));
    const started = Date.now();
    const exitCode = await exited(child);
    const waited = Date.now() - started;
    process.kill(Number(grandchild));
    assert.equal(exitCode, 0);
    // Waiting for 'close' alone took the grandchild's whole 30 s.
    assert.ok(waited >= DRAIN_MS && waited < 20_000, `waited ${waited} ms`);
  });

  it('answers at once for a child already ended, by a code or by a signal', async () => {
    const coded = node('process.exit(2)');
    await new Promise((resolve) => coded.once('exit', resolve));
    assert.equal(await exited(coded), 2);
    const killed = node('setTimeout(() => {}, 30000)');
    killed.kill('SIGKILL');
    await new Promise((resolve) => killed.once('exit', resolve));
    assert.equal(await exited(killed), 1);
    assert.equal(await exited(undefined), 0);
  });
});
