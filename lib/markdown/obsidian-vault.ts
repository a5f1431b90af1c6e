import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { newlineToBreak } from 'mdast-util-newline-to-break';
import type { VFile } from 'vfile';
import { imageFolders, markdownFileOf } from './rehype-images';

/*
 * An Obsidian vault copied into content/posts/ with its settings (`.obsidian/`, which the site does not
 * publish: lib/content/post-extensions.mjs `hiddenFolderOf`). Obsidian shows a note's single line breaks
 * as breaks unless its "Strict line breaks" setting is on: a poem or an address written line by line would
 * otherwise run into one line. Its notes are read as Obsidian shows them.
 */

/** The vault a post file is in (its folder, or one above it up to content/posts/, holds `.obsidian/`), and whether it keeps line breaks. */
export function obsidianVaultOf(postFile: string, postsDir: string): { folder: string; lineBreaks: boolean } | undefined {
  const relative = path.relative(postsDir, path.dirname(postFile));
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  for (let folder = path.dirname(postFile); ; folder = path.dirname(folder)) {
    if (fs.existsSync(path.join(folder, '.obsidian'))) return { folder, lineBreaks: vaultKeepsLineBreaks(folder) };
    if (path.relative(postsDir, folder) === '') return undefined;
  }
}

/**
 * Whether a vault's notes show single line breaks: Obsidian's default, unless its `app.json` turns on
 * `strictLineBreaks` (VAULT_SETTINGS_FILE: the cache key and `npm run dev` watch it).
 */
export function vaultKeepsLineBreaks(folder: string): boolean {
  try {
    const settings = JSON.parse(fs.readFileSync(path.join(folder, '.obsidian', 'app.json'), 'utf8')) as { strictLineBreaks?: unknown };
    return settings.strictLineBreaks !== true;
  } catch {
    // No settings file, or one Obsidian would not read either: its defaults.
    return true;
  }
}

/** A note of a vault that keeps line breaks: each single line break in its text is a break, as Obsidian shows it. */
export function remarkVaultLineBreaks(options: { root: string }) {
  return (tree: Root, file: VFile) => {
    const postFile = markdownFileOf(file, options.root);
    if (postFile && obsidianVaultOf(postFile, imageFolders(options.root).postsDir)?.lineBreaks) newlineToBreak(tree);
  };
}
