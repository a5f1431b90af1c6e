/**
 * `npm run content:check`: every problem of every post at once, by file and line.
 * Exits 1 on errors; `npm run build` runs it first so a broken post never ships.
 * `npm run dev` (scripts/dev.mts) runs the same check on every change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkPosts, formatProblem, type PostCheck, type Problem } from '../../lib/check';
import { diagramProblems } from '../../lib/check/diagrams';
import { checkImage } from '../../lib/check/images';
import { classifyPostFile, hiddenFolderProblem, listFiles, sectionFileProblems, settingsFileProblem, unpublishedFileProblem, type PostFileKind } from '../../lib/check/post-files';
import { readEngineDataFile } from '../../lib/content/engine-data';
import { substackCsvProblems } from '../../lib/check/substack';
import { downloadRemoteImages } from '../../lib/markdown/remote-images';
import { REMOTE_IMAGES_DIR } from '../../lib/markdown/remote-images-dir.mjs';
import { assetsKey, codeKey, sha256 } from './cache-keys.mjs';

/**
 * What a post's result depends on besides its own bytes: the checking code (all of lib/, over-broad
 * but safe), the packages it runs on, and the images and illustrations that exist. A change checks
 * every post again.
 */
function checkInputsKey(root: string): string {
  return sha256(codeKey(root, ['lib', 'components/mdx', 'scripts/build/content-check.ts', 'scripts/build/cache-keys.mjs']), assetsKey(root));
}

const CACHE_FILE = path.join('.contentlayer', '.cache', 'content-check.json');

/**
 * Checks every post under `<root>/content/posts`. With `cache`, remembers each post's result in
 * .contentlayer/.cache (beside contentlayer's own), so a rebuild checks only the posts that changed.
 */
export function checkContent(root = process.cwd(), { cache = false } = {}): { files: number; problems: Problem[] } {
  const { files: all, hidden } = listFiles(path.join(root, 'content', 'posts'), root);
  const textOf = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
  // Each file's kind once: telling some apart reads their text.
  const kinds = new Map<string, PostFileKind['kind']>();
  const kindOf = (file: string) => {
    let kind = kinds.get(file);
    if (kind === undefined) {
      kind = classifyPostFile(path.basename(file), () => textOf(file)).kind;
      kinds.set(file, kind);
    }
    return kind;
  };
  const isPost = (file: string) => kindOf(file) === 'post';
  const files = all
    .filter(isPost)
    .map((file) => ({ path: file, bytes: new Uint8Array(fs.readFileSync(path.join(root, file))) }));
  const cacheFile = path.join(root, CACHE_FILE);
  const key = cache ? checkInputsKey(root) : '';
  let stored: Record<string, PostCheck> = {};
  if (cache && fs.existsSync(cacheFile)) {
    try {
      const previous = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as { key: string; posts: Record<string, PostCheck> };
      if (previous.key === key) stored = previous.posts;
    } catch {
      // A damaged cache file is no cache.
    }
  }
  const kept: Record<string, PostCheck> = {};
  const ofKind = (kind: PostFileKind['kind']) => all.filter((file) => kindOf(file) === kind);
  const problems = [
    // Other engines' files beside the posts: section pages, folder settings, authors and tags.
    ...ofKind('section').flatMap((file) => sectionFileProblems(file, textOf(file))),
    ...ofKind('settings').map(settingsFileProblem),
    ...ofKind('unpublished').map(unpublishedFileProblem),
    ...[...hidden].map(([folder, count]) => hiddenFolderProblem(folder, count, root)),
    ...ofKind('data').flatMap((file) => {
      const { problems: found, pictures } = readEngineDataFile(path.basename(file), textOf(file));
      // Its authors' pictures, as a post's images: a picture on another site is downloaded like theirs.
      const images = pictures.flatMap((picture) => checkImage(picture.url, picture.line, path.join(root, file), root) ?? []);
      return [...found, ...images].map((problem) => ({ file, ...problem }));
    }),
    ...ofKind('notion').map((file) => ({ file, line: 1, severity: 'info' as const, message: 'Notion’s table of a database: each of its pages has its properties on its own lines, read from there, so this file is not read.', fix: 'Nothing to do; you can remove it.' })),
    ...ofKind('substack').flatMap((file) => substackCsvProblems(file, textOf(file), all).map((problem) => ({ file, ...problem }))),
    ...checkPosts(files, {
      hasPublicFile: (sitePath) => fs.existsSync(path.join(root, 'public', sitePath)),
      root,
      otherFiles: all.filter((file) => !isPost(file)),
      ...(cache && {
        memo: (file, check) => {
          const id = sha256(file.path, file.bytes);
          return (kept[id] = stored[id] ?? check());
        },
      }),
    }),
  ];
  if (cache) {
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
    fs.writeFileSync(cacheFile, JSON.stringify({ key, posts: kept }));
  }
  return { files: files.length, problems };
}

/**
 * checkContent with Mermaid's reading of each diagram (lib/check/diagrams.ts), after downloading the
 * copies of the images on other sites that the posts (and authors files) name and the site lacks
 * (lib/markdown/remote-images.ts): the check finds them, the downloads run, and the posts are checked
 * again (their cache key covers the copies). A download that fails stays an error naming why.
 */
export async function checkContentDownloading(
  root = process.cwd(),
  options: { cache?: boolean; log?: (line: string) => void; retryFailedAfterMs?: number } = {},
): Promise<{ files: number; problems: Problem[]; downloaded: boolean }> {
  const first = await withDiagrams(checkContent(root, options));
  const remote = [...new Set(first.problems.flatMap((problem) => (problem.remote ? [problem.remote] : [])))];
  if (remote.length === 0) return { ...first, downloaded: false };
  let attempted = 0;
  const failures = await downloadRemoteImages(remote, root, {
    ...(options.retryFailedAfterMs === undefined ? {} : { retryFailedAfterMs: options.retryFailedAfterMs }),
    onStart: (count) => {
      attempted = count;
      (options.log ?? console.log)(`content:check: downloading ${count} image${count === 1 ? '' : 's'} from other sites (kept in ${REMOTE_IMAGES_DIR}/)`);
    },
  });
  if (attempted === 0) return { ...first, downloaded: false };
  return { ...(await withDiagrams(checkContent(root, options))), downloaded: failures.size < attempted };
}

/** The check's result with an error for each diagram Mermaid cannot read (lib/check/diagrams.ts). */
async function withDiagrams(result: { files: number; problems: Problem[] }): Promise<{ files: number; problems: Problem[] }> {
  const errors = await diagramProblems(result.problems);
  if (errors.length === 0) return result;
  return { ...result, problems: [...result.problems, ...errors].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line) };
}

/** Prints the problems as `npm run content:check` does; returns the number of errors. */
export function reportProblems({ files, problems }: { files: number; problems: Problem[] }, { quiet = false } = {}): number {
  for (const problem of problems) {
    if (quiet && problem.severity === 'info') continue;
    console.log(formatProblem(problem));
  }
  const count = (severity: string) => problems.filter((problem) => problem.severity === severity).length;
  const errors = count('error');
  console.log(`\ncontent:check: ${files} posts, ${errors} errors, ${count('warning')} warnings, ${count('info')} notes`);
  if (errors > 0) console.error('content:check failed: fix the errors above (file:line) and build again.');
  return errors;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void checkContentDownloading(process.cwd(), { cache: true }).then((result) => {
    if (reportProblems(result, { quiet: process.argv.includes('--quiet') }) > 0) process.exit(1);
  });
}
