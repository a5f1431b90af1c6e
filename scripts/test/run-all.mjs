// `npm test`: every stage runs and reports, even after one fails, so one failure no longer hides
// the rest. Stages that test the build are skipped when the build failed (they would test an old one).
// Exits non-zero if any stage failed or was skipped. Each stage's own output (node:test's
// "# pass N", Playwright's "N passed") is left as it is for .ci/run to count.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export const STAGES = [
  { script: 'lint' },
  { script: 'typecheck' },
  { script: 'test:unit' },
  { script: 'test:integration' },
  { script: 'build' },
  { script: 'test:e2e', needs: 'build' },
  { script: 'test:modes', needs: 'build' },
  // Against `npm run dev`, not the build.
  { script: 'test:dev' },
];

/** Runs each stage with `run(script)` (which returns an exit code); returns the report lines and whether all passed. */
export function runStages(stages, run) {
  const results = [];
  for (const stage of stages) {
    const blocker = stage.needs && results.find((result) => result.script === stage.needs && result.status !== 'passed');
    if (blocker) {
      results.push({ script: stage.script, status: 'skipped', note: `${stage.needs} did not pass` });
      continue;
    }
    const started = Date.now();
    const code = run(stage.script);
    const seconds = Math.round((Date.now() - started) / 1000);
    results.push({ script: stage.script, status: code === 0 ? 'passed' : 'FAILED', note: `${seconds} s${code === 0 ? '' : `, exit ${code}`}` });
  }
  const bad = results.filter((result) => result.status !== 'passed');
  const lines = [
    ...results.map(({ script, status, note }) => `npm test: ${script.padEnd(11)} ${status} (${note})`),
    bad.length === 0 ? 'npm test: every stage passed' : `npm test: ${bad.length} of ${results.length} stages did not pass`,
  ];
  return { lines, passed: bad.length === 0 };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const { lines, passed } = runStages(STAGES, (script) => {
    console.log(`\n=== npm test: ${script} ===`);
    const run = spawnSync(npm, ['run', script], { stdio: 'inherit' });
    return run.status ?? 1;
  });
  console.log(`\n=== npm test: summary ===\n${lines.join('\n')}`);
  process.exit(passed ? 0 : 1);
}
