import { checkContent } from './build/content-check';
for (const dir of process.argv.slice(2)) {
  const r: any = await checkContent(dir);
  const probs = r.problems as any[];
  const by = (s: string) => probs.filter((p) => p.severity === s).length;
  console.log(dir, 'errors', by('error'), 'warnings', by('warning'), 'posts with error', new Set(probs.filter((p) => p.severity === 'error').map((p) => p.file)).size, 'of', r.files ?? '?');
}
