import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileBesideContent, stoppedOnContentBeingWritten, type Step } from '../../../scripts/build/compile-beside-content';

/** The panic Next's compile printed in a CI run, while the content step was writing the posts. */
const RACE = [
  'FATAL: An unexpected Turbopack error occurred:',
  '[project]/lib/content/generated.ts [app-route] (ecmascript)',
  'Caused by:',
  '- Path .contentlayer/generated/Post/_index.json could not be resolved because a component does not exist',
  'Error [TurbopackInternalError]: [project]/lib/content/generated.ts [app-route] (ecmascript)',
].join('\n');

/** Compiles that end with the given results in turn, counting starts and kills. */
function compiles(...results: { code: number; output: string }[]) {
  const record = { starts: 0, kills: 0 };
  const start = (): Step => {
    const result = results[record.starts] ?? { code: 0, output: 'extra start' };
    record.starts += 1;
    return { kill: () => (record.kills += 1), done: Promise.resolve(result) };
  };
  return { start, record };
}

describe("Next's compile beside the content step (scripts/build/compile-beside-content.ts)", () => {
  it('knows the race with the content step from other failures', () => {
    assert.equal(stoppedOnContentBeingWritten(RACE), true);
    assert.equal(stoppedOnContentBeingWritten(RACE.replaceAll('/', '\\')), true);
    assert.equal(stoppedOnContentBeingWritten("Type error: Property 'x' does not exist on type 'Post'"), false);
    // Turbopack's panic on something else (an output mode switch) is not this race.
    assert.equal(stoppedOnContentBeingWritten('FATAL: An unexpected Turbopack error occurred:\nInstrumentationEndpoint::node_chunk was canceled'), false);
    // A module error that names the folder, without Turbopack's internal error, is the site's own.
    assert.equal(stoppedOnContentBeingWritten("Module not found: Can't resolve '../.contentlayer/generated/index.mjs'"), false);
  });

  it('compiles once more after the content step has finished when the compile stopped on the race', async () => {
    const { start, record } = compiles({ code: 1, output: RACE }, { code: 0, output: 'Compiled successfully' });
    let finishContent: (code: number) => void = () => undefined;
    const contentStep = new Promise<number>((resolve) => (finishContent = resolve));
    const lines: string[] = [];
    const compile = compileBesideContent(start, contentStep, (line) => lines.push(line));
    await new Promise((resolve) => setImmediate(resolve));
    // Not while the content step is still writing.
    assert.equal(record.starts, 1);
    finishContent(0);
    assert.deepEqual(await compile.done, { code: 0, output: 'Compiled successfully' });
    assert.equal(record.starts, 2);
    assert.match(lines.join('\n'), /compiling again/);
  });

  it('returns any other failure as it is, and tries only once', async () => {
    const typeError = { code: 1, output: 'Type error: x' };
    const other = compiles(typeError);
    assert.deepEqual(await compileBesideContent(other.start, Promise.resolve(0), () => undefined).done, typeError);
    assert.equal(other.record.starts, 1);

    const twice = compiles({ code: 1, output: RACE }, { code: 1, output: RACE });
    assert.deepEqual(await compileBesideContent(twice.start, Promise.resolve(0), () => undefined).done, { code: 1, output: RACE });
    assert.equal(twice.record.starts, 2);
  });

  it('does not compile again when the content step failed or the build stopped the compile', async () => {
    const failed = compiles({ code: 1, output: RACE });
    assert.equal((await compileBesideContent(failed.start, Promise.resolve(1), () => undefined).done).code, 1);
    assert.equal(failed.record.starts, 1);

    const stopped = compiles({ code: 1, output: RACE });
    const compile = compileBesideContent(stopped.start, Promise.resolve(0), () => undefined);
    compile.kill();
    assert.equal((await compile.done).code, 1);
    assert.deepEqual(stopped.record, { starts: 1, kills: 1 });
  });
});
