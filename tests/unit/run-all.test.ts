import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { STAGES, runStages } from '../../scripts/test/run-all.mjs';

describe('runStages (npm test)', () => {
  it('runs every stage after a failure and reports each one', () => {
    const ran: string[] = [];
    const { lines, passed } = runStages(STAGES, (script) => {
      ran.push(script);
      return script === 'lint' || script === 'test:e2e' ? 1 : 0;
    });
    assert.deepEqual(ran, ['lint', 'typecheck', 'test:unit', 'test:integration', 'build', 'test:e2e', 'test:modes', 'test:dev']);
    assert.equal(passed, false);
    assert.match(lines.find((line) => line.includes('lint'))!, /FAILED/);
    assert.match(lines.find((line) => line.includes('test:modes'))!, /passed/);
    assert.equal(lines.at(-1), 'npm test: 2 of 8 stages did not pass');
  });

  it('skips the stages that test the build when the build failed', () => {
    const { lines, passed } = runStages(STAGES, (script) => (script === 'build' ? 2 : 0));
    assert.equal(passed, false);
    assert.match(lines.find((line) => line.includes('test:e2e'))!, /skipped \(build did not pass\)/);
    assert.match(lines.find((line) => line.includes('test:modes'))!, /skipped/);
    // The author's loop runs `npm run dev`, not the build.
    assert.match(lines.find((line) => line.includes('test:dev'))!, /passed/);
  });

  it('passes when every stage passes, in lines .ci/run does not count as test results', () => {
    const { lines, passed } = runStages(STAGES, () => 0);
    assert.equal(passed, true);
    for (const line of lines) assert.doesNotMatch(line, /^# (pass|fail) \d+|^ *\d+ (passed|failed)/);
  });
});
