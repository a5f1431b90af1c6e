import path from 'node:path';
import type { Frontmatter } from '../content/frontmatter';
import { SUBSTACK_CSV } from '../content/post-extensions.mjs';
import { parseSubstackCsv, substackCsvOf, substackIdOf } from '../content/substack';

export interface SubstackFinding {
  line: number;
  severity: 'error' | 'warning' | 'info';
  message: string;
  fix: string;
}

/** posts.csv as an author finds it, `content/posts/…/posts.csv`; with `:12`, a row of it. */
const shown = (csv: string, root: string) => path.relative(root, csv).split(path.sep).join('/');

/**
 * What content:check says of a post of Substack's export (`file`: its path on disk, `text` its text): where its
 * fields come from, or that its row is missing; what Substack did that the site does not (paid posts, podcasts,
 * pages, blocks drawn from data).
 */
export function substackPostFindings(front: Frontmatter, file: string, root: string, text: string): SubstackFinding[] {
  if (front.format !== 'substack') return [];
  const unread = substackUnread(text);
  const csv = substackCsvOf(file);
  if (!front.substack) {
    return [
      {
        line: 1,
        severity: 'error',
        message: `A post of Substack's export (named \`<id>.<slug>.html\`) takes its title, date and state from its row in ${SUBSTACK_CSV} beside its folder: ${shown(csv, root)} has no row \`${substackIdOf(file) ?? ''}\` (or is missing), so the post has no title or date.`,
        fix: `Copy ${SUBSTACK_CSV} from Substack's export beside the posts/ folder, or start this file with frontmatter (---, title: …, date: …, ---).`,
      },
      ...unread,
    ];
  }
  const { row } = front.substack;
  const where = `${shown(csv, root)}:${row.line}`;
  const { audience = 'everyone', type = 'newsletter', podcast_url: podcast = '' } = row.cells;
  const findings: SubstackFinding[] = [
    {
      line: 1,
      severity: 'info',
      message: `A post of Substack's export: its title, subtitle, date and state are read from ${where}; Substack's subscribe forms, its subscribe and share buttons and its paywall mark are left out, and footnotes are numbered notes under the text.`,
      fix: 'Nothing to do.',
    },
  ];
  if (front.data.draft === true) findings.push({ line: 1, severity: 'info', message: `Substack had not published it (\`is_published\` is false, ${where}): it is a draft, shown only in \`npm run dev\`.`, fix: `Nothing to do; to publish it, set \`is_published\` to true in ${SUBSTACK_CSV}.` });
  if (audience.trim() !== '' && audience.trim() !== 'everyone') {
    findings.push({
      line: 1,
      severity: 'warning',
      message: `On Substack only some readers could read it (\`audience\` is \`${audience.trim()}\`, ${where}): here every reader can.`,
      fix: `If it is to stay theirs alone, move it out of content/posts/ or set \`is_published\` to false in ${SUBSTACK_CSV} (a draft).`,
    });
  }
  if (type.trim() === 'page') findings.push({ line: 1, severity: 'info', message: `A page of the Substack publication (\`type\` is \`page\`, ${where}): here it is a post, listed with the others.`, fix: 'Nothing to do; or move it out of content/posts/.' });
  if (podcast.trim() !== '') {
    findings.push({
      line: 1,
      severity: 'error',
      message: `Its podcast episode (\`podcast_url\`, ${where}) is audio on Substack's servers, which the site does not play: its listeners would lose it.`,
      fix: `Download ${podcast.trim()} into public/audio/, add <audio controls src="/audio/its-name.mp3"></audio> to the post, then empty the \`podcast_url\` cell.`,
    });
  }
  return [...findings, ...unread];
}

/**
 * What content:check says of a posts.csv: what cannot be read, and each row whose post file is not in
 * the export's `posts/` folder (`files`: every file under content/, relative to `root`), which no page would show.
 */
export function substackCsvProblems(csvFile: string, text: string, files: readonly string[]): SubstackFinding[] {
  const { rows, problems } = parseSubstackCsv(text);
  const folder = path.join(path.dirname(csvFile), 'posts');
  const present = new Set(files.map((file) => path.normalize(file)));
  const missing = [...rows].filter(([id]) => !present.has(path.normalize(path.join(folder, `${id}.html`))));
  return [
    ...problems.map((problem) => ({ ...problem, severity: 'error' as const })),
    ...missing.map(([id, row]) => ({
      line: row.line,
      severity: 'error' as const,
      message: `Substack's post \`${id}\` (“${row.cells.title ?? ''}”) has its row here but no file: posts/${id}.html is not beside ${SUBSTACK_CSV}, so it would not be published.`,
      fix: `Copy posts/${id}.html from Substack's export into ${path.relative(path.dirname(csvFile), folder) || 'posts'}/, or remove its row.`,
    })),
  ];
}

// Substack's blocks whose content is only in their `data-attrs` (the export has no HTML of it): each is lost here.
const DATA_ONLY: Readonly<Record<string, string>> = {
  'latex-rendered': 'LaTeX block',
  'image-gallery-embed': 'image gallery',
  image3: 'image',
};
// The blocks substackBody (lib/content/substack.ts) reads or leaves out on purpose.
const READ_COMPONENTS = new Set(['FootnoteAnchorToDOM', 'FootnoteToDOM', 'Image2ToDOM', 'ButtonCreateButton', 'SubscribeWidgetToDOM', 'Youtube2ToDOM', 'PaywallToDOM']);

/** What a Substack post's file holds that the site does not show: each block kept only as data, by its line. */
export function substackUnread(text: string): SubstackFinding[] {
  const findings: SubstackFinding[] = [];
  text.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(/<[a-z][a-z\d]{0,10}\s[^<>]{0,5000}>/g)) {
      const classes = /\sclass="([^"]{0,300})"/.exec(match[0])?.[1]?.split(/\s+/) ?? [];
      const kind = classes.map((name) => (Object.hasOwn(DATA_ONLY, name) ? DATA_ONLY[name] : undefined)).find((found) => found !== undefined);
      if (!kind) continue;
      const expression = /persistentExpression&quot;:&quot;((?:(?!&quot;)[^"]){0,200})/.exec(match[0])?.[1];
      findings.push({
        line: index + 1,
        severity: 'error',
        message: `Substack's ${kind}${expression ? ` (\`${expression}\`)` : ''} is in the export only as data, which the site does not read: readers would lose it.`,
        fix: kind === 'LaTeX block' ? 'Write the post as Markdown (a .md file with its fields as frontmatter) and the formula as $$…$$.' : 'Save the images beside the post and add each as <img src="./name.jpg" alt="…"> in place of the block.',
      });
    }
    for (const match of line.matchAll(/data-component-name="([\w-]{1,100})"/g)) {
      const name = match[1] ?? '';
      if (READ_COMPONENTS.has(name) || /LatexBlock|ImageGallery|Image3/.test(name)) continue;
      findings.push({ line: index + 1, severity: 'warning', message: `Substack's \`${name}\` block is read as its HTML only: what Substack drew from its data is not shown.`, fix: 'Compare the page with the post on Substack, and write in the post what is missing.' });
    }
  });
  return findings;
}
