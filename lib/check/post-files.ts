import fs from 'node:fs';
import path from 'node:path';
import { ENGINE_DATA_FILES, ENGINE_SETTINGS_FILE } from '../content/engine-data';
import { readFrontmatter } from '../content/frontmatter';
import { SUBSTACK_CSV } from '../content/post-extensions.mjs';
import { vaultKeepsLineBreaks } from '../markdown/obsidian-vault';
import { hiddenFolderOf, HTML_FILE, IMAGE_FILE, isPostFile, POST_FILE, SECTION_FILE, UNDERSCORE_FILE } from '../content/schema';

/** What the build does with a file under `content/posts/`. */
export type PostFileKind =
  | { kind: 'post' }
  /** Beside posts on purpose (images a post links), or an editor/OS file: not content */
  | { kind: 'asset' }
  /** A Hugo or Zola section's page (`_index.md`): read by content:check (`sectionFileProblems`), not built */
  | { kind: 'section' }
  /** Any other post's file whose name starts with `_` (UNDERSCORE_FILE): left out, as Astro, Jekyll and Docusaurus leave it out */
  | { kind: 'unpublished' }
  /** Another engine's authors or tags (lib/content/engine-data.ts): read by the content step and content:check */
  | { kind: 'data' }
  /** Substack's posts.csv, its posts' fields (lib/content/substack.ts): read with each post, checked whole by content:check */
  | { kind: 'substack' }
  /** Notion's table of a database (`Blog <id>.csv`): each page holds its own properties (lib/content/notion.ts), so it is not read */
  | { kind: 'notion' }
  /** Eleventy's data for a folder's posts (`blog.11tydata.js`): its layout and collection, noted, not read */
  | { kind: 'settings' }
  | { kind: 'ignored'; message: string; fix: string };

// Other engines' markup languages (Pelican's and Sphinx' reStructuredText, Hugo's AsciiDoc and Org, Jekyll's
// Textile, Jupyter notebooks): a post the site cannot read, with pandoc's name for it.
const OTHER_MARKUP: Readonly<Record<string, { name: string; pandoc?: string; render?: (name: string, base: string) => string }>> = {
  '.rst': { name: 'reStructuredText', pandoc: 'rst' },
  '.adoc': { name: 'AsciiDoc', pandoc: 'asciidoc' },
  '.asciidoc': { name: 'AsciiDoc', pandoc: 'asciidoc' },
  '.org': { name: 'Org', pandoc: 'org' },
  '.textile': { name: 'Textile', pandoc: 'textile' },
  '.ipynb': { name: 'a Jupyter notebook', pandoc: 'ipynb' },
  // Quarto's and R Markdown's documents run their code chunks when they are rendered: only their own tools make the output.
  '.qmd': { name: 'Quarto (its code chunks run when Quarto renders it)', render: (name) => `quarto render ${name} --to gfm` },
  '.rmd': { name: 'R Markdown (its code chunks run when knitr renders it)', render: (name) => `Rscript -e 'rmarkdown::render("${name}", "md_document")'` },
};
const PLAIN_TEXT = /\.(?:txt|text)$/i;
// A page of Notion's HTML export: `<article id="…" class="page sans"><header>…<h1 class="page-title">`.
const NOTION_HTML = /<article\b[^>]*\bclass="page\b[^"]*"[^>]*>\s*<header>[\s\S]{0,2000}?<h1 class="page-title">/;

/**
 * A whole blog's export in one file, which the site does not read (it reads a post per file): told apart by
 * its opening, with the converter whose files the site reads as they are.
 */
const SITE_EXPORTS: readonly { extension: RegExp; opening: RegExp; name: string; fix: (file: string) => string }[] = [
  {
    extension: /\.xml$/i,
    opening: /xmlns:wp="https?:\/\/wordpress\.org\/export\//,
    name: 'WordPress’ export of a whole site (Tools → Export, a WXR file)',
    // wordpress-export-to-markdown's Markdown and its images beside each post build as they are (tests/fixtures/engines/wordpress).
    fix: (file) => `Convert it once: \`npx wordpress-export-to-markdown@2.2.2 --wizard=false --input=content/posts/${file} --output=content/posts/wordpress --post-folders=true --prefix-date=false\` writes each post, its images beside it, as the site reads them; then move ${file} out of content/posts/.`,
  },
  {
    extension: /\.xml$/i,
    opening: /<feed\b[\s\S]{0,3000}schemas\.google\.com\/blogger\//,
    name: 'Blogger’s export of a whole blog (Settings → Back up content)',
    // jekyll-import's Blogger posts build as they are (tests/fixtures/engines/jekyll).
    fix: (file) => `Convert it once with jekyll-import, whose posts build as they are: \`ruby -r jekyll-import -e 'JekyllImport::Importers::Blogger.run({"source" => "content/posts/${file}"})'\` writes _posts/; move its files into content/posts/ and ${file} out.`,
  },
  {
    extension: /\.json$/i,
    opening: /^\s*\{\s*"db"\s*:\s*\[\s*\{\s*"meta"/,
    name: 'Ghost’s export of a whole site (Settings → Advanced → Import/Export)',
    fix: (file) => `Write its posts as files, once: \`npm run import:ghost -- content/posts/${file} --url https://your-old-site\` writes each as content/posts/ghost/<slug>.html with Ghost's own fields, which the site reads (its images are downloaded from the old site); then move ${file} out of content/posts/.`,
  },
];
// Notion's export names a database's table by the database's title and Notion's id.
const NOTION_TABLE = /^.+ [0-9a-f]{32}(?:_all)?\.csv$/;

/**
 * Posts end in `.md`, `.mdx` or another Markdown extension, in lower case: contentlayer's patterns are
 * case-sensitive. An `.html` (or `.htm`) file is a post when its `text` opens with frontmatter, as in Jekyll.
 */
export function classifyPostFile(name: string, text: () => string = () => ''): PostFileKind {
  if (SECTION_FILE.test(name)) return { kind: 'section' };
  if (UNDERSCORE_FILE.test(name) && isPostFile(name, text)) return { kind: 'unpublished' };
  if (ENGINE_DATA_FILES.has(name)) return { kind: 'data' };
  if (name === SUBSTACK_CSV) return { kind: 'substack' };
  if (NOTION_TABLE.test(name)) return { kind: 'notion' };
  if (ENGINE_SETTINGS_FILE.test(name)) return { kind: 'settings' };
  if (isPostFile(name, text)) return { kind: 'post' };
  if (HTML_FILE.test(name) && NOTION_HTML.test(text().slice(0, 4000))) {
    return {
      kind: 'ignored',
      message: 'This is a page of Notion’s HTML export: the site reads Notion’s Markdown export instead (its pages, properties, images and callouts), so this file is not built.',
      fix: 'Export the pages again with Export → Markdown & CSV (with subpages), put that folder in content/posts/, and remove the HTML export.',
    };
  }
  if (HTML_FILE.test(name)) {
    return {
      kind: 'ignored',
      message: 'An HTML file is a post when it opens with frontmatter (a `---` block with its title and date), as in Jekyll and Hugo: this one has none, so it is not built, and pages are not published from beside posts.',
      fix: `Add frontmatter at its top (---, title: …, date: …, ---) to make it a post, or move it out of content/posts/.`,
    };
  }
  if (IMAGE_FILE.test(name) || name.startsWith('.')) return { kind: 'asset' };
  const base = name.replace(/\.[^.]*$/, '');
  if (/\.mdx$/i.test(name)) {
    return { kind: 'ignored', message: 'Only files ending in `.mdx` (lower case) are MDX posts: this file is not built.', fix: `Rename it to ${base}.mdx.` };
  }
  const extension = name.slice(base.length).toLowerCase();
  if (POST_FILE.test(extension) || PLAIN_TEXT.test(name)) {
    return {
      kind: 'ignored',
      message: 'Only files ending in `.md` or another Markdown extension in lower case (`.markdown`, …) are posts: this file is not built.',
      fix: `Rename it to ${base}${POST_FILE.test(extension) ? extension : '.md'}.`,
    };
  }
  const opening = SITE_EXPORTS.some((kind) => kind.extension.test(name)) ? text().slice(0, 4000) : '';
  const siteExport = SITE_EXPORTS.find((kind) => kind.extension.test(name) && kind.opening.test(opening));
  if (siteExport) {
    return { kind: 'ignored', message: `This file is ${siteExport.name}: the site reads a post per file, so none of the posts in it is built.`, fix: siteExport.fix(name) };
  }
  const language = OTHER_MARKUP[extension];
  // A Quarto document with no code chunk to run (```{python}; ```{.python} is code shown) is Markdown with
  // Pandoc's divs, which the site reads (lib/markdown/engine-syntax.ts): only its name keeps it out.
  if (extension === '.qmd' && !/^[ \t]*`{3,}[ \t]*\{[A-Za-z]/m.test(text())) {
    return {
      kind: 'ignored',
      message: 'This Quarto document runs no code: it is Markdown the site reads (its callouts and other divs too), but a `.qmd` file is not built.',
      fix: `Rename it to ${base}.md.`,
    };
  }
  if (language) {
    return {
      kind: 'ignored',
      message: `This post is written in ${language.name}, which the site does not read (posts are Markdown): it is not built.`,
      // `--standalone` with a YAML block keeps its title and fields as frontmatter.
      fix: language.render
        ? `Render it to Markdown with its own tool, its code's output included: \`${language.render(name, base)}\` writes ${base}.md beside it; add the frontmatter's title and date if the result lacks them, check it, then remove ${name}.`
        : `Convert it to Markdown, e.g. \`pandoc --from ${language.pandoc ?? ''} --to gfm+yaml_metadata_block --wrap=preserve --standalone ${name} --output ${base}.md\`, check the result, then remove ${name}.`,
    };
  }
  return {
    kind: 'ignored',
    message: 'This file is not a post (posts end in `.md`, `.markdown` or `.mdx`), and no post links it: it is not published.',
    fix: `Link it from a post beside it (e.g. [the file](./${name})), move it out of content/posts/, or rename it to .md if it is a post.`,
  };
}

/** Every file under `dir` but those in hidden folders, sorted, as paths relative to `root`; and the hidden folders, each with its number of files. */
export function listFiles(dir: string, root: string): { files: string[]; hidden: Map<string, number> } {
  const files: string[] = [];
  // Each hidden folder (content/posts/…/.obsidian), with the number of files in it: named, not read.
  const hidden = new Map<string, number>();
  if (!fs.existsSync(dir)) return { files, hidden };
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isDirectory()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const folder = hiddenFolderOf(path.relative(dir, full));
    if (folder === undefined) files.push(path.relative(root, full));
    else {
      const named = path.relative(root, path.join(dir, folder));
      hidden.set(named, (hidden.get(named) ?? 0) + 1);
    }
  }
  return { files: files.sort(), hidden };
}

// What the hidden folders authors bring hold, by name.
const HIDDEN_FOLDERS: Readonly<Record<string, string>> = {
  '.obsidian': 'an Obsidian vault’s settings',
  '.trash': 'the notes Obsidian deleted',
  '.git': 'Git’s history',
  '.github': 'GitHub’s settings',
  '.vscode': 'an editor’s settings',
  '.idea': 'an editor’s settings',
};

/**
 * A hidden folder under content/posts/ (`listFiles`, `folder` from `root`): not published, and said once. Of
 * an Obsidian vault's settings, what the site reads: whether its notes keep their line breaks.
 */
export function hiddenFolderProblem(folder: string, count: number, root: string): { file: string; line: number; severity: 'info'; message: string; fix: string } {
  const what = HIDDEN_FOLDERS[path.basename(folder)];
  const vault = path.basename(folder) === '.obsidian' ? path.dirname(path.join(root, folder)) : undefined;
  const lineBreaks = vault === undefined ? '' : vaultKeepsLineBreaks(vault) ? ' Its notes show each line break as Obsidian does (its “Strict line breaks” is off).' : ' Its notes join their lines as Markdown does (its “Strict line breaks” is on).';
  return {
    file: `${folder}/`,
    line: 1,
    severity: 'info',
    message: `A hidden folder${what ? `, ${what},` : ''} is not published: ${count === 1 ? 'its file is no post or image' : `its ${count} files are no posts or images`} of the site.${lineBreaks}`,
    fix: 'Nothing to do; or move it out of content/posts/.',
  };
}

/** An error for every file the build would not read, so no post is dropped without a word. */
export function unreadFileProblems(files: readonly string[], textOf: (file: string) => string = () => ''): { file: string; line: number; severity: 'error'; message: string; fix: string }[] {
  return files.flatMap((file) => {
    const kind = classifyPostFile(path.basename(file), () => textOf(file));
    return kind.kind === 'ignored' ? [{ file, line: 1, severity: 'error' as const, message: kind.message, fix: kind.fix }] : [];
  });
}

/**
 * A section's page copied with a Hugo or Zola blog (`_index.md`: the section's title, sorting, template):
 * the site's own lists take its place. Its settings are noted; text in its body, which no page here would
 * show, is an error naming where it starts.
 */
export function sectionFileProblems(file: string, text: string): { file: string; line: number; severity: 'error' | 'info'; message: string; fix: string }[] {
  const front = readFrontmatter(text);
  const body = front ? front.body : text.replace(/^\uFEFF/, '');
  const first = body.split('\n').findIndex((line) => line.trim() !== '');
  if (first === -1) {
    return [{ file, line: 1, severity: 'info', message: 'A section page of Hugo or Zola (`_index.md`) lists its folder’s posts: the site’s own lists (home, tags, archive) take its place, so it is not built.', fix: 'Nothing to do; you can remove it.' }];
  }
  return [
    {
      file,
      line: (front?.bodyLine ?? 1) + first,
      severity: 'error',
      message: 'This section page of Hugo or Zola (`_index.md`) has text of its own, and the site has no section pages: readers would never see it.',
      fix: 'Move the text into a post (a file of its own with a `title` and a `date`), or delete it from `_index.md`.',
    },
  ];
}

/** The name a file left out for its `_` (`_idea.md`) would be published under: `idea.md`. */
export const publishedName = (file: string): string => path.basename(file).replace(/^_+/, '');

/** A post's file whose name starts with `_` (`_idea.md`): left out, and said, so it is no post lost without a word. */
export function unpublishedFileProblem(file: string): { file: string; line: number; severity: 'info'; message: string; fix: string } {
  return {
    file,
    line: 1,
    severity: 'info',
    message: 'Its name starts with `_`, so it is not published, as Astro, Jekyll, Docusaurus and Gatsby leave such a file out (a draft put aside, or a part of a page).',
    fix: `To publish it, rename it ${publishedName(file)}; or use \`draft: true\` to see it in \`npm run dev\` only.`,
  };
}

/** Eleventy's data file for a folder (`blog.11tydata.js`): the layout and collection of its posts, which mean nothing here. */
export function settingsFileProblem(file: string): { file: string; line: number; severity: 'info'; message: string; fix: string } {
  return {
    file,
    line: 1,
    severity: 'info',
    message: 'Eleventy’s data for the posts of this folder (their layout, the `posts` collection) is not read here: every post has the one layout and is listed. Its posts’ tags `posts`, `post`, `all` and `nav` are its collections, not topics: they get no tag page, as in its base blog.',
    fix: 'If it gives these posts tags or other fields they should keep, write those in each post; then you can remove it.',
  };
}
