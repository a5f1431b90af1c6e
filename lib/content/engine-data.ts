/**
 * Data files other engines keep beside their posts, read at the content step so a copied blog folder
 * builds as it is: Docusaurus' `authors.yml` (`slorber: { name, url, … }`) and `tags.yml` (`hello:
 * { label }`), MkDocs' `.authors.yml` (`authors: { squidfunk: { name, url } }`). A post's author ids and
 * tag keys become the names and labels they give, in the generated fields (so pages, feeds and search
 * read them like any other) and in the author placeholders. A file applies to the posts of its folder and
 * the folders under it. content:check reads the same files (`readEngineDataFile`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { isMap, LineCounter, parseDocument } from 'yaml';
import type { PersonRef, PostFields } from './schema';

/** The data files read in each folder, in the order `engineDataFor` merges them (a later entry wins). */
const DATA_FILE_NAMES = ['tags', 'authors', '.authors'].flatMap((name) => [`${name}.yml`, `${name}.yaml`]);
export const ENGINE_DATA_FILES: ReadonlySet<string> = new Set(DATA_FILE_NAMES);
/** Eleventy's data for a folder's posts (`blog.11tydata.js`): noted by content:check, not read. */
export const ENGINE_SETTINGS_FILE = /\.11tydata\.(?:[cm]?js|json)$/;
/** Both kinds as contentlayer's globs, so that it reads none of them as a document. */
export const ENGINE_DATA_GLOBS = [`posts/**/{${DATA_FILE_NAMES.join(',')}}`, 'posts/**/*.11tydata.json'];

export interface EngineData {
  /** By the id a post names (`authors: [slorber]`); a picture as written, or relative to the post (`engineDataFor`) */
  authors: Record<string, { name: string; url?: string; picture?: string }>;
  /** By the key a post names (`tags: [hello]`): the label */
  tags: Record<string, string>;
  /** An Eleventy folder (its `*.11tydata.*` file, or one above it): its collection tags are no topics (`ELEVENTY_COLLECTIONS`) */
  eleventy?: true;
  /** Hugo Blox's cover, `./featured.png` beside the post (featuredImageOf): the cover when the post names none */
  featured?: string;
}

const FEATURED_NAMES = ['featured.jpg', 'featured.jpeg', 'featured.png', 'featured.webp'];

/**
 * Hugo Blox's (Wowchemy's) cover: `featured.jpg` (or `.jpeg`, `.png`, `.webp`) beside a post written as its
 * folder's `index.md`, which its theme shows above the post and in lists; its `image:` sets only the caption.
 */
export function featuredImageOf(markdownFile: string): string | undefined {
  if (!/^index\.(?:md|markdown|mdx)$/i.test(path.basename(markdownFile))) return undefined;
  const name = FEATURED_NAMES.find((candidate) => fs.existsSync(path.join(path.dirname(markdownFile), candidate)));
  return name ? `./${name}` : undefined;
}

/**
 * The tags Eleventy's blogs give every post to make a collection (`posts`, and `post` in its older starter):
 * its base blog lists no tag page for them, nor for `all` and `nav`. No topic here either.
 */
export const ELEVENTY_COLLECTIONS: ReadonlySet<string> = new Set(['all', 'nav', 'post', 'posts']);

export interface EngineDataProblem {
  line: number;
  severity: 'error' | 'info';
  message: string;
  fix?: string;
}

// What the site shows of an author and a tag; the other keys each engine knows are noted, unused.
// An author's picture: Docusaurus' `image_url`, MkDocs Material's `avatar`.
const PICTURE_KEYS = ['image_url', 'avatar'];
const AUTHOR_KEYS = ['name', 'url', ...PICTURE_KEYS];
const TAG_KEYS = ['label'];

const textOf = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/**
 * One data file's entries, with a problem for each entry it cannot read and a note for each key unused;
 * `pictures`: the authors' pictures with their lines, for content:check to check as a post's images.
 */
export function readEngineDataFile(name: string, text: string): { data: EngineData; problems: EngineDataProblem[]; pictures: { url: string; line: number }[] } {
  const data: EngineData = { authors: {}, tags: {} };
  const problems: EngineDataProblem[] = [];
  const pictures: { url: string; line: number }[] = [];
  const counter = new LineCounter();
  const doc = parseDocument(text, { schema: 'core', lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : counter.linePos(offset).line);
  if (doc.errors.length > 0) {
    return { data, pictures, problems: doc.errors.map((error) => ({ line: lineOf(error.pos[0]), severity: 'error', message: `Invalid YAML in ${name}: ${error.message.split('\n')[0]}`, fix: 'Quote values that contain `:` or `#`, and check indentation.' })) };
  }
  const tags = name.startsWith('tags.');
  // MkDocs nests its authors under `authors:`; Docusaurus lists them at the top.
  let entries = doc.contents;
  if (!tags && isMap(entries) && entries.items.length === 1 && String((entries.items[0]?.key as { value?: unknown } | undefined)?.value) === 'authors' && isMap(entries.items[0]?.value)) {
    entries = entries.items[0]?.value as typeof entries;
  }
  if (entries === null) return { data, problems, pictures };
  if (!isMap(entries)) return { data, pictures, problems: [{ line: 1, severity: 'error', message: `${name} is not a list of \`id: { … }\` entries.`, fix: tags ? 'Write each tag as `hello: { label: Hello }`.' : 'Write each author as `slorber: { name: Sébastien Lorber, url: https://… }`.' }] };
  for (const pair of entries.items) {
    const key = String((pair.key as { value?: unknown } | null)?.value ?? '');
    const line = lineOf((pair.key as { range?: readonly number[] } | null)?.range?.[0]);
    const value = (pair.value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? null;
    const record = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
    if (tags) {
      // Docusaurus: `hello:` alone, or `{ label, permalink, description }`; the key is the label without one.
      if (value !== null && !record) {
        problems.push({ line, severity: 'error', message: `The tag \`${key}\` in ${name} is not \`{ label: … }\`.`, fix: `Write \`${key}: { label: ${key} }\`.` });
        continue;
      }
      data.tags[key] = textOf(record?.label) ?? key;
    } else {
      const nameOf = textOf(record?.name);
      if (!nameOf) {
        problems.push({ line, severity: 'error', message: `The author \`${key}\` in ${name} has no \`name\`: posts that name \`${key}\` would show the id.`, fix: `Add \`name: …\` under \`${key}\`.` });
        continue;
      }
      const url = textOf(record?.url);
      const pictureKey = PICTURE_KEYS.find((field) => textOf(record?.[field]));
      const picture = pictureKey ? textOf(record?.[pictureKey]) : undefined;
      data.authors[key] = { name: nameOf, ...(url ? { url } : {}), ...(picture ? { picture } : {}) };
      if (picture && pictureKey && isMap(pair.value)) {
        const node = pair.value.items.find((item) => String((item.key as { value?: unknown } | null)?.value) === pictureKey);
        pictures.push({ url: picture, line: lineOf((node?.value as { range?: readonly number[] } | null)?.range?.[0]) });
      }
    }
    const unused = Object.keys(record ?? {}).filter((field) => !(tags ? TAG_KEYS : AUTHOR_KEYS).includes(field));
    if (unused.length > 0) {
      problems.push({ line, severity: 'info', message: `${unused.map((field) => `\`${field}\``).join(', ')} of \`${key}\` ${unused.length === 1 ? 'is' : 'are'} not shown here: the site shows ${tags ? 'a tag’s label' : 'an author’s name, link and picture'}.`, fix: 'Nothing to do.' });
    }
  }
  return { data, problems, pictures };
}

const remembered = new Map<string, { stamp: string; data: EngineData }>();
const settingsIn = new Map<string, { stamp: number; found: boolean }>();

/** Whether a folder holds Eleventy's data for its posts, read again only when the folder's entries change. */
function hasEleventySettings(dir: string): boolean {
  const stamp = fs.statSync(dir, { throwIfNoEntry: false })?.mtimeMs;
  if (stamp === undefined) return false;
  const known = settingsIn.get(dir);
  if (known?.stamp === stamp) return known.found;
  const found = fs.readdirSync(dir).some((name) => ENGINE_SETTINGS_FILE.test(name));
  settingsIn.set(dir, { stamp, found });
  return found;
}

/** A data file's entries, read again only when the file changes (the content step asks once per post). */
function dataOfFile(file: string): EngineData {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) return { authors: {}, tags: {} };
  const stamp = `${stat.mtimeMs}:${stat.size}`;
  const known = remembered.get(file);
  if (known?.stamp === stamp) return known.data;
  const { data } = readEngineDataFile(path.basename(file), fs.readFileSync(file, 'utf8'));
  remembered.set(file, { stamp, data });
  return data;
}

/**
 * The data files that apply to a post (`markdownFile`, absolute): those of its folder and of every folder
 * above it up to `postsDir`, the nearest winning.
 */
export function engineDataFor(markdownFile: string, postsDir: string): EngineData {
  const folders: string[] = [];
  for (let dir = path.dirname(markdownFile); ; dir = path.dirname(dir)) {
    const relative = path.relative(postsDir, dir);
    if (relative.startsWith('..') || path.isAbsolute(relative)) break;
    folders.unshift(dir);
    if (relative === '') break;
  }
  const data: EngineData = { authors: {}, tags: {} };
  for (const dir of folders) {
    for (const name of DATA_FILE_NAMES) {
      const found = dataOfFile(path.join(dir, name));
      // A picture beside the data file (`./avatars/ann.png`) is found from the post, as its own images are.
      for (const [id, author] of Object.entries(found.authors)) {
        const relative = author.picture !== undefined && !/^(?:[a-z][a-z\d+.-]*:|\/)/i.test(author.picture);
        data.authors[id] = relative ? { ...author, picture: path.relative(path.dirname(markdownFile), path.resolve(dir, author.picture ?? '')).split(path.sep).join('/') } : author;
      }
      Object.assign(data.tags, found.tags);
    }
    if (hasEleventySettings(dir)) data.eleventy = true;
  }
  const featured = featuredImageOf(markdownFile);
  if (featured) data.featured = featured;
  return data;
}

/**
 * A post's fields with its author ids and tag keys as the data files give them. An author id the site's
 * own profiles know (`profiles`, lib/site/config.ts) stays, for them to resolve.
 */
export function applyEngineData(fields: PostFields, data: EngineData, profiles: Readonly<Record<string, unknown>> = {}): PostFields {
  const author = fields.author.map((ref): PersonRef => {
    const found = !ref.url && !Object.hasOwn(profiles, ref.name) && Object.hasOwn(data.authors, ref.name) ? data.authors[ref.name] : undefined;
    // A picture the post gives its author wins over the data file's.
    return found ? { ...ref, ...found, ...(ref.picture ? { picture: ref.picture } : {}) } : ref;
  });
  const tags = fields.tags.filter((tag) => !(data.eleventy && ELEVENTY_COLLECTIONS.has(tag))).map((tag) => (Object.hasOwn(data.tags, tag) ? (data.tags[tag] ?? tag) : tag));
  return { ...fields, author, tags, ...(fields.cover === undefined && data.featured ? { cover: data.featured } : {}) };
}
