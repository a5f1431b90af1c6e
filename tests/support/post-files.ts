import { listFiles } from '../../lib/check/post-files';
import { POST_FILE } from '../../lib/content/schema';

/** The Markdown posts under `dir` (`.md`, `.markdown`…, not `.mdx`; the check's own file walk), as paths from the repository. */
export function markdownFilesUnder(dir: string): string[] {
  return listFiles(dir, process.cwd()).files.filter((file) => POST_FILE.test(file) && !file.endsWith('.mdx'));
}
