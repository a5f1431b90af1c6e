import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { runCommand } from '../../support/run-command';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'run-command-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Whether a process still runs (a zombie waiting to be reaped has stopped). */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('commands of the integration tests (tests/support/run-command.ts)', () => {
  it('runs in the folder given, passes the arguments as "$@" and keeps the exit status and output', () => {
    const run = runCommand(dir, 'printf "%s|" "$@" "$(basename "$PWD")"; echo oops >&2; exit 3', { args: ['a b', 'c'], timeoutMs: 30_000 });
    assert.equal(run.status, 3);
    assert.equal(run.stdout, `a b|c|${path.basename(dir)}|`);
    assert.equal(run.stderr, 'oops\n');
    assert.doesNotMatch(run.output, /ran out of time/);
  });

  it('stops a command that runs out of time, with the children it started, and says so', () => {
    const pidFile = path.join(dir, 'child.pid');
    const started = Date.now();
    const run = runCommand(dir, `sleep 60 & echo $! > ${pidFile}; echo started; wait`, { timeoutMs: 1000 });
    assert.ok(Date.now() - started < 20_000, `returned after ${Date.now() - started} ms`);
    assert.equal(run.status, 124);
    assert.match(run.output, /^started\n/);
    assert.match(run.output, /ran out of time after 1 s and was stopped/);
    const child = Number(fs.readFileSync(pidFile, 'utf8'));
    const deadline = Date.now() + 5000;
    while (running(child) && Date.now() < deadline) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    assert.equal(running(child), false, `the background child ${child} still runs`);
  });
});
