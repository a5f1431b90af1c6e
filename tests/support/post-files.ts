import { listFiles } from '../../lib/check/post-files';

/** The `.md` files under `dir` (the check's own file walk), as paths from the repository. */
export function markdownFilesUnder(dir: string): string[] {
  return listFiles(dir, process.cwd()).filter((file) => file.endsWith('.md'));
}
