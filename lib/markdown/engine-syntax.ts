import { HTML_FILE, IMAGE_FILE, POST_FILE, slugOf, type BodyOptions } from '../content/schema';
import { postPath } from '../routes';
import { ATTRIBUTE, ATTRIBUTES, HEADING_ATTRIBUTES } from '../text/heading-attributes';
import { shorten } from '../text/quote';
import { ALERT_KINDS } from './alerts';
import { bilibiliVideo, embeddedPage, embedLink } from './embeds';
import { kramdownTableAt } from './kramdown-tables';
import { THEMED_IMAGE_MARK } from './picture';
import { blowfishIconShortcode, iconifyShortcode, packIconShortcode } from './icons';
import { MDC_BLOCK, MDC_INLINE, MDC_SLOT, mdcAttributes, mdcRole, mdcYamlProps, VUEPRESS_TAB, type MdcRole } from './mdc';
import GithubSlugger from 'github-slugger';
import { GALLERY_CLASS, headingId } from './rehype-plugins';
import { BARE_OUTPUT, bareValue, frontmatterValue, hugoParamValue, liquidValue, type TemplateValue } from './template-values';

/** One construct of another engine's template syntax rewritten as Markdown, at its line in the body (1-based). */
export interface EngineConversion {
  line: number;
  from: string;
  to: string;
  /** The slug of the post a Jekyll `post_url` or a Hugo `ref` links to: content:check makes sure it exists */
  post?: string;
  /** What content:check says of it, when "read as its Markdown equivalent" would not say enough */
  note?: string;
}

function attribute(params: string, name: string): string | undefined {
  return new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(params)?.[1];
}

/** The Markdown a Hugo shortcode stands for, when there is an exact one. */
export function hugoReplacement(name: string, params: string): string | undefined {
  if (name === 'figure') {
    const src = attribute(params, 'src');
    // A link, an anchor, a number or a title beside a caption would be lost: exact only without them. A size, a
    // class or Hugo Blox's lightbox was the old theme's look (the site sizes its images, and opens none larger).
    const names = [...params.matchAll(/\b(\w+)\s*=/g)].map((match) => match[1] ?? '');
    if (!src || names.some((key) => !['src', 'alt', 'caption', 'title', 'width', 'height', 'class', 'loading', 'lightbox'].includes(key)) || (names.includes('caption') && names.includes('title'))) return undefined;
    if (/[<>]/.test(src)) return undefined;
    const caption = attribute(params, 'caption') ?? attribute(params, 'title');
    const alt = (attribute(params, 'alt') ?? caption ?? '').replace(/[[\]\\]/g, '\\$&');
    return `![${alt}](${/[\s()]/.test(src) ? `<${src}>` : src}${caption ? ` "${caption}"` : ''})`;
  }
  // Hugo Blox's `{{< video src="clip.mp4" controls="yes" >}}`: the site's player of the file (a file beside the post).
  if (name === 'video') {
    const src = attribute(params, 'src');
    return src && /^[\w./%-]+$/.test(src) && !/^\/\//.test(src) ? `<video src="${src}" controls></video>` : undefined;
  }
  return linkReplacement(name, params);
}

/** A `post_url` or `ref` as the address it stands for. */
function linkReplacement(name: string, params: string): string | undefined {
  const link = postLink(name, params);
  return link ? `${link.slug === undefined ? '' : postPath(link.slug)}${link.anchor}` : undefined;
}

/**
 * The post (and the heading) a Jekyll `{% post_url 2023-08-14-welcome %}`, `{% link _posts/… %}` or a Hugo
 * `{{< ref "posts/welcome.md#setup" >}}` names; a ref to `"#setup"` alone stays on the page.
 */
function postLink(name: string, params: string): { slug?: string; anchor: string } | undefined {
  if (name === 'post_url') return params.trim() ? { slug: slugOf(undefined, `${params.trim()}.md`), anchor: '' } : undefined;
  // Hexo's `{% post_link hello-world [title] %}` and `{% post_path hello-world %}`: the post's file name.
  if (name === 'post_link' || name === 'post_path') {
    const [file] = hexoArguments(params);
    return file ? { slug: slugOf(undefined, `${file}.md`), anchor: '' } : undefined;
  }
  // Jekyll's `{% link _posts/2023-08-14-welcome.md %}`; a link to a page of the old site has no equivalent here.
  if (name === 'link') return /^_posts\/\S+$/.test(params.trim()) && (POST_FILE.test(params.trim()) || HTML_FILE.test(params.trim())) ? { slug: slugOf(undefined, params.trim()), anchor: '' } : undefined;
  if (name !== 'ref' && name !== 'relref') return undefined;
  const target = /"([^"]+)"/.exec(params)?.[1];
  if (!target) return undefined;
  const [file = '', anchor] = target.split('#');
  return { slug: file ? slugOf(undefined, file) : undefined, anchor: anchor ? `#${anchor}` : '' };
}

/** A Hexo tag's arguments: split at spaces, a quoted one (`"a b"`, `'a b'`) kept whole. */
export function hexoArguments(args: string): string[] {
  return [...args.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
}

/** A shortcode's or a tag's arguments: `key="value"` (or `key=value`) by name, the others in order, quotes off. */
// Quoted values as Hugo reads them, and as Zola's (Tera's) calls read them: a backslash escapes a quote there.
const ARGUMENT = /(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s,]+))|"([^"]*)"|'([^']*)'|([^\s,]+)/g;
const ESCAPED_ARGUMENT = /(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^\s,]+))|"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^\s,]+)/g;

/** A shortcode's arguments: `name="value"` (names in lower case) and the positional ones, in order. */
function shortcodeArguments(args: string, { escapes = false } = {}): { named: Record<string, string>; positional: string[] } {
  const named: Record<string, string> = {};
  const positional: string[] = [];
  const value = (text: string) => (escapes ? text.replace(/\\(["'\\])/g, '$1') : text);
  for (const part of args.matchAll(escapes ? ESCAPED_ARGUMENT : ARGUMENT)) {
    if (part[1]) named[part[1].toLowerCase()] = value(part[2] ?? part[3] ?? part[4] ?? '');
    else positional.push(value(part[5] ?? part[6] ?? part[7] ?? ''));
  }
  return { named, positional };
}

const ID = /^[\w-]+$/;

/** What Hexo's and Blowfish's buttons become. */
const BUTTON_NOTE = 'is a link: the site has no button look';

/** What a reader gets instead of another site's player: a link to it (lib/check says so). */
export const embedNote = (url: string) => `is shown as a link to ${shorten(url)}: the site embeds no other site's player`;

const EMBEDS = new Set(['youtube', 'vimeo', 'instagram', 'tweet', 'twitter', 'x', 'gist', 'bilibili', 'gitlab', 'jsfiddle']);

/**
 * The address of what an embed shortcode shows (Hugo's `{{< youtube id >}}`, `{{< vimeo >}}`, `{{< tweet
 * user="x" id="1" >}}`, `{{< gist user id >}}`, `{{< instagram >}}`; Hexo's and Jekyll's `{% youtube id %}`;
 * Zola's `{{ youtube(id="…") }}`), as a link with a note; undefined for any other name, or without an id.
 */
export function embedReplacement(written: string, args: string): { to: string; note: string } | undefined {
  // Hugo's `vimeo_simple` and `twitter_simple` embed the same thing with less of the player's page.
  const name = written.toLowerCase().replace(/_simple$/, '');
  if (!EMBEDS.has(name)) return undefined;
  const { named, positional } = shortcodeArguments(args);
  const id = named.id ?? positional[0] ?? '';
  const url = [named.url, id].find((value) => value !== undefined && /^https:\/\/\S+$/.test(value));
  const address = ((): string | undefined => {
    if (url) return url;
    // A gist is named `user/id` in Jekyll, and a fiddle in Hexo; every other id is one word.
    if (!ID.test(id) && !(name.toLowerCase() === 'gist' && /^[\w-]+\/[\da-f]+$/i.test(id)) && !(name === 'jsfiddle' && /^[\w-]+\/\w+$/.test(id))) return undefined;
    switch (name.toLowerCase()) {
      case 'youtube':
        return `https://www.youtube.com/watch?v=${id}`;
      case 'vimeo':
        return `https://vimeo.com/${id}`;
      // Stack's `{{< bilibili BV1… >}}` or `{{< bilibili av4983… >}}` (a bare number is an av id), and its
      // `{{< gitlab 2349278 >}}`, a snippet.
      case 'bilibili':
        // Its second argument is the part of a video in several.
        return bilibiliVideo(id, positional[1]);
      case 'gitlab':
        return /^\d+$/.test(id) ? `https://gitlab.com/-/snippets/${id}` : undefined;
      // Hexo's `{% jsfiddle heyitsjames/w7DMx [tabs] [skin] [width] [height] %}`.
      case 'jsfiddle':
        return `https://jsfiddle.net/${id}/`;
      case 'instagram':
        return `https://www.instagram.com/p/${id}/`;
      case 'tweet':
      case 'twitter':
      case 'x': {
        const user = named.user ?? (positional.length > 1 ? positional[0] : undefined);
        const status = named.id ?? positional.at(-1) ?? '';
        if (!/^\d+$/.test(status)) return undefined;
        return user && ID.test(user) ? `https://x.com/${user}/status/${status}` : `https://x.com/i/status/${status}`;
      }
      case 'gist': {
        // Hugo: `{{< gist user id [file] >}}`; Hexo: `{% gist id [file] %}`; Jekyll's jekyll-gist: `{% gist user/id %}`.
        const [user, gist] = /^[\w-]+\/[\da-f]+$/i.test(positional[0] ?? '') ? (positional[0] ?? '').split('/') : positional.length > 1 && positional[1] && /^[\da-f]+$/i.test(positional[1]) ? positional : [undefined, positional[0]];
        if (!gist || !/^[\da-f]+$/i.test(gist)) return undefined;
        return user ? `https://gist.github.com/${user}/${gist}` : `https://gist.github.com/${gist}`;
      }
      default:
        return undefined;
    }
  })();
  return address ? { to: embedMarkdown(address, named.title), note: embedNote(address) } : undefined;
}

/** What a reader gets instead of another site's preview card (DEV's `{% github %}`, `{% link %}`): a link to the page. */
const cardNote = (url: string) => `is shown as a link to ${shorten(url)}: the site shows no other site's preview card`;
/** The note for a page shown as a link: a player's (a known site's) or a card's. */
const linkNote = (url: string) => (embedLink(url).words ? embedNote(url) : cardNote(url));

const webAddress = (value: string) => (/^https?:\/\/[^\s"'<>]+$/i.test(value) ? value : undefined);
const idAddress = (pattern: RegExp, page: (id: string) => string) => (value: string) => webAddress(value) ?? (pattern.test(value) ? page(value) : undefined);
const DEV_PROFILE = /^[\w-]{1,80}$/;

/**
 * DEV's (Forem's) Liquid tags that show another page, by the address or the id they are given: `{% embed URL %}`,
 * `{% github owner/repo %}`, `{% codepen URL %}`, `{% stackblitz id %}`, `{% user name %}`… Options after it
 * (`no-readme`, `default-tab=result`) only shaped the card.
 */
const DEV_PAGES: Record<string, (value: string) => string | undefined> = {
  ...Object.fromEntries(['embed', 'link', 'codepen', 'jsfiddle', 'soundcloud', 'reddit', 'medium', 'wikipedia', 'podcast', 'speakerdeck', 'slideshare', 'asciinema', 'twitch', 'loom', 'dotnetfiddle', 'kotlin', 'blogcast', 'parler', 'nextjs'].map((name) => [name, webAddress])),
  github: idAddress(/^[\w.-]{1,100}\/[\w.-]{1,100}$/, (id) => `https://github.com/${id}`),
  stackblitz: idAddress(/^[\w-]{1,100}$/, (id) => `https://stackblitz.com/edit/${id}`),
  codesandbox: idAddress(/^[\w-]{1,100}$/, (id) => `https://codesandbox.io/s/${id}`),
  glitch: idAddress(/^[\w-]{1,100}$/, (id) => `https://glitch.com/~${id}`),
  replit: idAddress(/^@[\w-]{1,80}\/[\w-]{1,100}$/, (id) => `https://replit.com/${id}`),
  spotify: (value) => webAddress(value) ?? /^spotify:(track|album|playlist|episode|show|artist):(\w+)$/.exec(value)?.slice(1, 3).join('/').replace(/^/, 'https://open.spotify.com/'),
  user: idAddress(DEV_PROFILE, (id) => `https://dev.to/${id}`),
  organization: idAddress(DEV_PROFILE, (id) => `https://dev.to/${id}`),
  tag: idAddress(DEV_PROFILE, (id) => `https://dev.to/t/${id}`),
};

/** A DEV tag's page as a link, worded for a player's page and noted as a card's otherwise; undefined for any other tag. */
function devReplacement(name: string, args: string): { to: string; note: string } | undefined {
  const page = Object.hasOwn(DEV_PAGES, name) ? DEV_PAGES[name]?.(args.trim().split(/\s+/)[0] ?? '') : undefined;
  if (!page) return undefined;
  return { to: embedMarkdown(page), note: linkNote(page) };
}

/**
 * Hexo's tags that show another page: its `{% iframe url [width] [height] %}` (a link to the page, as an
 * `<iframe>` of a player is), and NexT's `{% button url, text[, icon] %}` (Butterfly's `btn`): a link, or its
 * text alone when it led nowhere (`#`, how posts draw a key to press).
 */
function hexoPageTag(tag: string, args: string): { to: string; note: string } | undefined {
  if (tag === 'iframe') {
    const [src = ''] = hexoArguments(args);
    const page = embeddedPage(src) ?? webAddress(src) ?? (/^\/[^\s"'<>()]{0,500}$/.test(src) ? src : undefined);
    if (!page) return undefined;
    const note = embedLink(page).words ? embedNote(page) : `is shown as a link to ${shorten(page)}: the site frames no page in a post`;
    return { to: page.startsWith('/') ? `[${escapeText(page)}](${page})` : embedMarkdown(page), note };
  }
  if (tag === 'button' || tag === 'btn') {
    const [url = '', text = ''] = args.split(',').map((part) => part.trim());
    if (!text || /[[\]{}]/.test(text)) return undefined;
    if (url === '#' || url === '') return { to: escapeText(text), note: 'is its text: the site has no button look, and it led nowhere' };
    if (!/^(?:https?:\/\/|\/|#)[^\s"'<>()]{0,500}$/.test(url)) return undefined;
    return { to: `[${escapeText(text)}](${url})`, note: BUTTON_NOTE };
  }
  return undefined;
}

/** Markdown's own characters in text that goes inside `[…]` or `**…**`, escaped. */
const escapeText = (text: string) => text.replace(/[\\`*_[\]<>]/g, '\\$&');
/** A link destination as Markdown reads it whole (spaces or brackets: in `<…>`). */
const destination = (url: string) => (/[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url);
/** A link to an embed's page in Markdown: worded for what is there, or the address itself for another site. */
function embedMarkdown(page: string, title?: string): string {
  const link = embedLink(page, title);
  return link.words ? `[${escapeText(link.text)}](${destination(page)})` : `<${page}>`;
}
/** Each quoted string of a tag's arguments, in order, without its quotes. */
const quotedStrings = (text: string) => [...text.matchAll(/"([^"]*)"|'([^']*)'/g)].map((match) => match[1] ?? match[2] ?? '');
/** Hexo's words after a file or an address, without its `true`/`false` flags (`escape`, `external`): a title. */
const hexoTitle = (parts: readonly string[]) => parts.filter((part) => !/^(true|false)$/.test(part)).join(' ');

/**
 * Hexo's `{% asset_img [classes] photo.jpg [width] [height] ["title" ["alt"]] %}` and `{% img … %}` as a
 * Markdown image: the alt text (the title when there is none), and the title as a caption when both are
 * given. The file is found in the post's asset folder (lib/markdown/image-source.ts). The classes and the
 * size are the theme's: the site sizes images from the file.
 */
function hexoImage(args: string): string | undefined {
  const parts = hexoArguments(args);
  const at = parts.findIndex((part) => /\.[a-z\d]+(?:[?#].*)?$/i.test(part) || part.startsWith('/') || /^https?:\/\//i.test(part));
  if (at < 0) return undefined;
  let rest = parts.slice(at + 1);
  while (rest.length > 0 && /^\d+$/.test(rest[0] ?? '')) rest = rest.slice(1);
  const quoted = quotedStrings(args.slice(args.indexOf(parts[at] ?? '') + (parts[at] ?? '').length));
  const [title, alt] = quoted.length > 0 ? quoted : [rest.join(' ') || undefined];
  const text = alt ?? title ?? '';
  if (/"/.test(title ?? '')) return undefined;
  return `![${escapeText(text)}](${destination(parts[at] ?? '')}${title && alt && title !== alt ? ` "${title}"` : ''})`;
}

/** Hexo's `{% link text url [external] [title] %}`: text, then the address (a URL or a site path). */
function hexoLink(args: string): string | undefined {
  const parts = hexoArguments(args);
  const at = parts.findIndex((part, index) => index > 0 && (/^https?:\/\//i.test(part) || part.startsWith('/')));
  if (at < 1) return undefined;
  const title = hexoTitle(parts.slice(at + 1));
  if (title.includes('"')) return undefined;
  return `[${escapeText(parts.slice(0, at).join(' '))}](${destination(parts[at] ?? '')}${title ? ` "${title}"` : ''})`;
}

/**
 * A Jekyll theme's figure include as a Markdown image, its caption the title shown under it: Minimal Mistakes'
 * `{% include figure image_path="/assets/images/a.jpg" alt="…" caption="…" %}` and the common `image.html`
 * and `figure.html` includes (`url`/`src`, `description`/`caption`). The path is a site path: the file is in
 * public/ (`/assets/…` copied there). Values that are Liquid variables, or anything else the include takes
 * (a link), have no exact form.
 */
function jekyllFigure(args: string): string | undefined {
  const [name = '', ...rest] = args.trim().split(/\s+/);
  if (!['figure', 'figure.html', 'figure.liquid', 'image', 'image.html'].includes(name)) return undefined;
  const values: Record<string, string> = {};
  for (const part of rest.join(' ').matchAll(/(\w+)=(?:"([^"]*)"|'([^']*)'|(\S+))/g)) {
    // An unquoted value is a Liquid variable (`image_path=page.teaser`), unless it is a plain word such as `true`.
    if (part[4] !== undefined && !/^(?:true|false|\d+)$/.test(part[4])) return undefined;
    values[(part[1] ?? '').toLowerCase()] = part[2] ?? part[3] ?? part[4] ?? '';
  }
  // al-folio's `figure.liquid`: `path`, and how it sized and framed it (`zoomable`, `loading`).
  if (Object.keys(values).some((key) => !['image_path', 'url', 'src', 'path', 'alt', 'caption', 'description', 'title', 'popup', 'class', 'width', 'height', 'zoomable', 'loading', 'max-width', 'sizes'].includes(key))) return undefined;
  // One image: an include given two paths (an image and a link) has no one image to show.
  const sources = ['image_path', 'url', 'src', 'path'].filter((key) => key in values);
  const written = sources.length === 1 ? values[sources[0] ?? ''] : undefined;
  // al-folio's `path` is under the site's root (its include runs it through `relative_url`).
  const src = written !== undefined && sources[0] === 'path' && !/^(?:[a-z][a-z\d+.-]*:|\/)/i.test(written) ? `/${written}` : written;
  const caption = values.caption ?? values.description ?? values.title ?? '';
  if (!src || /[{}]/.test(src + caption) || /<\/?[a-z]/i.test(caption)) return undefined;
  return `![${escapeText(values.alt ?? caption)}](${destination(src)}${caption ? ` "${caption.replace(/"/g, '\\"')}"` : ''})`;
}

/**
 * Chirpy's `{% include embed/youtube.html id='…' %}` (and `vimeo`, `twitter`), and a blog's own include named
 * for the player, given the video's id as the tutorials write one (`youtube.html`, `youtubePlayer.html`,
 * `vimeo.liquid`): a link to the page.
 */
function embedInclude(args: string): string | undefined {
  const embed = /^(?:embed\/)?(youtube|vimeo|twitter)(?:[-_]?player)?(?:\.html|\.liquid)?\s+id=(?:"([\w-]+)"|'([\w-]+)'|([\w-]+))\s*$/i.exec(args.trim());
  if (!embed) return undefined;
  return embedReplacement((embed[1] ?? '').toLowerCase(), embed[2] ?? embed[3] ?? embed[4] ?? '')?.to;
}

/**
 * Minimal Mistakes' `{% include gallery caption="…" %}` (`id="gallery2"` for another list than `gallery`;
 * `class` and `layout` only arranged it): the frontmatter list's images in a grid, each linked to its `url`,
 * its `title` a tooltip, then the caption in italics, on the include's one line.
 */
function galleryMarkdown(args: string, galleries: BodyOptions['galleries']): string | undefined {
  const include = /^gallery(?:\.html)?(?:\s+([^]*))?$/.exec(args.trim());
  if (!include) return undefined;
  const { named, positional } = shortcodeArguments(include[1] ?? '');
  const name = named.id ?? 'gallery';
  const images = galleries && Object.hasOwn(galleries, name) ? galleries[name] : undefined;
  const caption = (named.caption ?? '').trim();
  if (!images || positional.length > 0 || /[{}\n]/.test(caption) || Object.keys(named).some((key) => !['id', 'caption', 'class', 'layout'].includes(key))) return undefined;
  const shown = images.map((image) => {
    const title = image.title ? ` "${image.title.replace(/["\\]/g, '\\$&')}"` : '';
    const picture = `![${escapeText(image.alt ?? '')}](${destination(image.src)}${title})`;
    return image.href ? `[${picture}](${destination(image.href)})` : picture;
  });
  // In a grid of thumbnails, as the theme showed them (app/markdown.css).
  return `<span class="${GALLERY_CLASS}">${shown.join(' ')}</span>${caption ? `<br>*${caption}*` : ''}`;
}

/**
 * A theme's video include: Minimal Mistakes' `{% include video id="…" provider="youtube" %}` (and its older
 * `responsive_video`), al-folio's `{% include video.liquid path="…" %}`. A player's page is a link to it, as
 * any embed here; a video file of the site is its player (how the include sized it, and autoplay, go).
 */
function includedVideo(args: string): string | undefined {
  const include = /^(?:video|responsive_video)(?:\.html|\.liquid)?\s+(.+)$/.exec(args.trim());
  if (!include) return undefined;
  const { named, positional } = shortcodeArguments(include[1] ?? '');
  if (positional.length > 0) return undefined;
  if (named.id && named.provider && !named.path) return embedReplacement(named.provider, named.id)?.to;
  const file = named.path;
  if (!file || named.id || Object.keys(named).some((key) => !['path', 'class', 'controls', 'autoplay', 'loop', 'muted'].includes(key))) return undefined;
  const page = embeddedPage(file);
  if (page) return `[${embedLink(page).text}](${page})`;
  // al-folio's `path` is under the site's root, as its figures' are.
  if (/^[a-z][a-z\d+.-]*:|["<>\s]/i.test(file)) return undefined;
  const flags = ['loop', 'muted'].filter((flag) => named[flag] === 'true');
  return `<video src="${file.startsWith('/') ? file : `/${file}`}" controls${flags.map((flag) => ` ${flag}`).join('')}></video>`;
}

/** The Markdown a Liquid (or Hexo) tag stands for on its own, when there is an exact one (blocks: below). */
export function liquidReplacement(tag: string, args: string): string | undefined {
  if (tag === 'highlight') return `\`\`\`${args.trim().replace(/^["']/, '').split(/[\s"']+/)[0] ?? ''}`;
  if (tag === 'endhighlight') return '```';
  // Nothing here runs Liquid, so what `raw` protects is shown as written without it.
  if (tag === 'raw' || tag === 'endraw') return '';
  // Hexo's arguments with an escaped quote: not read here, left to content:check.
  const escapedQuote = /\\["']/.test(args);
  // Jekyll's `{% link _posts/… %}` names one file; Hexo's `{% link text url %}` more.
  if (tag === 'link' && hexoArguments(args).length > 1) return escapedQuote ? undefined : hexoLink(args);
  if (tag === 'post_url' || tag === 'link' || tag === 'post_path') return linkReplacement(tag, args);
  if (escapedQuote) return undefined;
  // Hexo's post asset folder: the file named, found there as any relative path is (lib/markdown/image-source.ts).
  if (tag === 'asset_img' || tag === 'img') return hexoImage(args);
  const [first = '', ...rest] = hexoArguments(args);
  if (tag === 'asset_path') return rest.length === 0 && first ? destination(first) : undefined;
  if (tag === 'asset_link') return first ? `[${escapeText(hexoTitle(rest) || first)}](${destination(first)})` : undefined;
  // Eleventy's `{% image "./possum.png", "A possum" %}` (its image plugin's shortcode): quoted, comma-separated.
  if (tag === 'image') {
    // Its widths (`[300, 600]`) and sizes only size the files: not needed here, where every image is sized.
    const parts = /^\s*(?:"[^"]*"|'[^']*')(?:\s*,\s*(?:"[^"]*"|'[^']*'|[\w.]+|\[[\w\s.,"']*\]))*\s*$/.test(args) ? quotedStrings(args) : [];
    const [src, alt = ''] = parts;
    return src ? `![${escapeText(alt)}](${destination(src)})` : undefined;
  }
  // Minimal Mistakes' `{% include toc %}`: every post here has its table of contents.
  if (tag === 'include' && /^toc(?:\.html)?(?:\s|$)/.test(args.trim())) return '';
  if (tag === 'include') return jekyllFigure(args) ?? embedInclude(args) ?? includedVideo(args);
  // Without a title, Hexo shows the post's own: an empty link to a post gets it (lib/markdown/links.ts).
  if (tag === 'post_link') {
    const link = linkReplacement(tag, args);
    return link === undefined ? undefined : `[${escapeText(hexoTitle(rest))}](${link})`;
  }
  return undefined;
}

/** The text a Liquid output stands for, when there is an exact one: links here are site paths already. */
export function liquidOutputReplacement(expression: string): string | undefined {
  if (/^(?:site\.baseurl|site\.url)$/.test(expression)) return '';
  const url = /^(?:"([^"]*)"|'([^']*)')\s*\|\s*(?:relative_url|absolute_url)$/.exec(expression);
  if (!url) return undefined;
  // Jekyll's filters put the path under the site's root: `'docs/x' | relative_url` is `/docs/x`.
  const written = url[1] ?? url[2] ?? '';
  return /^[a-z][a-z\d+.-]*:|^[/#?]/i.test(written) ? written : `/${written}`;
}

// Not the `{{% … %}}` of Hugo shortcodes.
// A `%` not closing the tag is its text: DEV's `{% embed https://…?file=src%2Fapp.ts %}`.
export const LIQUID_TAG = /(?<!\{)\{%-?\s*(\w+)((?:[^%]|%(?!\})){0,1000}?)-?%\}/g;
// Only what is clearly Liquid: a Jekyll variable, a filtered string, or a variable through one of Jekyll's own
// filters (`{{ notice | markdownify }}`, which Minimal Mistakes' posts write) (a post may show `{{ x }}` of Vue).
const JEKYLL_FILTERS = 'markdownify|relative_url|absolute_url|date_to_string|date_to_long_string|date_to_xmlschema|date_to_rfc822|xml_escape|cgi_escape|uri_escape|jsonify|slugify|smartify|number_of_words|array_to_sentence_string|normalize_whitespace|strip_html|where_exp|group_by_exp|sassify|scssify';
export const LIQUID_OUTPUT = new RegExp(`\\{\\{-?\\s*((?:site|page|post|include|paginator)\\.[^{}]*?|"[^"]*"\\s*\\|[^{}]*?|'[^']*'\\s*\\|[^{}]*?|[\\w.-]+\\s*\\|\\s*(?:${JEKYLL_FILTERS})\\b[^{}]*?)\\s*-?\\}\\}`, 'g');
// `{{< ref "x" >}}` or `{{% ref "x" %}}`: the same for these, which have no inner content.
const HUGO_INLINE = /\{\{([<%])\s*(figure|video|ref|relref|youtube|vimeo|vimeo_simple|tweet|twitter|twitter_simple|x|gist|instagram|bilibili|gitlab|katex)\b([^>%{]*?)\/?\s*(?:>\}\}|%\}\})/g;
// Hugo themes' shortcodes around text on one line: Stack's `{{< footnote >}}…{{< /footnote >}}` (a popup note),
// Blowfish's `{{< button href="…" >}}…{{< /button >}}` and `{{< badge >}}…{{< /badge >}}`.
const HUGO_PAIRED = /\{\{([<%])\s*(footnote|button|badge)\b([^<>%{}\n]{0,300}?)\s*[>%]\}\}([^{}\n]{1,2000}?)\{\{[<%]\s*\/\s*\2\s*[>%]\}\}/g;
// Blowfish's `{{< icon "github" >}}`: one icon of its sets, inline.
const HUGO_ICON = /\{\{([<%])\s*icon\s+(?:"([\w-]{1,60})"|'([\w-]{1,60})'|([\w-]{1,60}))\s*[>%]\}\}/g;
// Hugo Blox's `{{< icon name="python" pack="fab" >}}` (its pack Font Awesome's brands, solid or regular icons).
const HUGO_NAMED_ICON = /\{\{([<%])\s*icon((?:\s+(?:name|pack)\s*=\s*"[\w-]{1,60}"){1,2})\s*[>%]\}\}/g;
// The same over lines, opening and closing on lines of their own (Blowfish's documentation writes them so).
const HUGO_PAIRED_OPEN = /^\s*\{\{[<%]\s*(footnote|button|badge)\b[^<>%{}\n]{0,300}?\s*[>%]\}\}\s*$/;
// Blowfish's `{{< lead >}}` around a paragraph it sets larger, on lines of their own.
const HUGO_LEAD = /^\s*\{\{[<%]\s*\/?\s*lead\s*[>%]\}\}\s*$/;

/** A paired shortcode's exact Markdown: the note as a footnote, the button a link, the badge its text. */
function hugoPaired(name: string, args: string, inner: string): { to: string; note: string } | undefined {
  const text = inner.trim();
  if (name === 'footnote') return { to: `^[${text}]`, note: 'is a footnote: its text is among the post’s notes, where the theme showed it in a popup' };
  if (name === 'badge') return args.trim() === '' ? { to: text, note: 'is its text: the site has no badge look' } : undefined;
  const { named, positional } = shortcodeArguments(args);
  const href = named.href;
  if (positional.length > 0 || !href || /[\s()<>]/.test(href) || Object.keys(named).some((key) => !['href', 'target'].includes(key))) return undefined;
  return { to: `[${text}](${href})`, note: BUTTON_NOTE };
}

// A frontmatter value by its path: VuePress' and VitePress' `{{ $frontmatter.title }}`, Hugo's `{{< param "title" >}}`.
const FRONTMATTER_VALUE = /\{\{\s*\$(?:frontmatter|doc)\.([\w.-]{1,200})\s*\}\}|\{\{[<%]\s*param\s+(?:"([\w.-]{1,200})"|'([\w.-]{1,200})'|([\w.-]{1,200}))\s*[>%]\}\}/g;
// Every ASCII punctuation character, which a backslash makes literal in Markdown.
const PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** A template's value in a Markdown line: its text as written (no Markdown read in it), and where it came from. */
function shownAsText(value: TemplateValue | undefined): { to: string; note: string } | undefined {
  if (value === undefined) return undefined;
  return { to: value.text.replace(PUNCTUATION, '\\$&').replace(/\r?\n/g, ' '), note: valueNote(value) };
}
const valueNote = (value: TemplateValue) => `is ${value.source}: ${shorten(value.text)}`;
/** A field named alone, as text (bareValue); one the site cannot show stays, and content:check names it. */
const filledIn = (value: ReturnType<typeof bareValue>) => (value === 'unfilled' ? undefined : shownAsText(value));

// Zola's shortcodes in Markdown: `{{ youtube(id="…") }}`.
const ZOLA_CALL = /\{\{-?\s*([A-Za-z_]\w*)\s*\(([^(){}\n]*)\)\s*-?\}\}/g;

// A highlight block's first line, alone on its line: Jekyll's `{% highlight ruby linenos %}`, Hugo's
// `{{< highlight go "linenos=table,hl_lines=2 4-5" >}}`, Hexo's `{% codeblock a.js lang:js %}`.
// Eleventy's syntax-highlight plugin quotes the language, with lines to mark: `{% highlight "js 1,3-4" %}`.
const JEKYLL_BLOCK = /^\s*\{%-?\s*highlight\s+(?:"([\w+#.-]+)((?:\s+[\d,-]+)?)"|'([\w+#.-]+)((?:\s+[\d,-]+)?)'|([\w+#.-]+)((?:\s+[^%]*?)?))\s*-?%\}\s*$/;

/** A highlight block's opening line: its language, and its options as fence meta (undefined when one is unknown). */
function highlightAt(line: string): { language: string; options: string; meta: string | undefined } | undefined {
  const match = JEKYLL_BLOCK.exec(line);
  if (!match) return undefined;
  const [, doubled, doubledLines, single, singleLines, bare, bareOptions] = match;
  const language = doubled ?? single ?? bare ?? '';
  const marked = (doubledLines ?? singleLines ?? '').trim();
  if (bare === undefined) return { language, options: marked, meta: marked ? ` {${marked}}` : '' };
  return { language, options: (bareOptions ?? '').trim(), meta: jekyllFenceOptions(bareOptions ?? '') };
}
const JEKYLL_END = /^\s*\{%-?\s*endhighlight\s*-?%\}\s*$/;
const HUGO_BLOCK = /^\s*\{\{<\s*highlight\s+([\w+#.-]+)(?:\s+"([^"]*)")?\s*>\}\}\s*$/;
const HUGO_END = /^\s*\{\{<\s*\/highlight\s*>\}\}\s*$/;
// A Mermaid diagram in a block of its own: Hugo themes' `{{< mermaid >}}` (options such as `align="center"`
// are the theme's look), Zola's `{% mermaid() %}` … `{% end %}` and jekyll-mermaid's `{% mermaid %}`. And a
// chart: Blowfish's and Docsy's `{{< chart >}}` … `{{< /chart >}}` (Chart.js), shown as its source, as al-folio's
// ```chartjs is (content:check warns).
const DIAGRAM_BLOCKS: readonly { open: RegExp; end: RegExp; language: string }[] = [
  { open: /^\s*\{\{[<%]\s*mermaid\b[^>%}]{0,200}[>%]\}\}\s*$/, end: /^\s*\{\{[<%]\s*\/mermaid\s*[>%]\}\}\s*$/, language: 'mermaid' },
  { open: /^\s*\{%-?\s*mermaid\s*\([^)%}]{0,200}\)\s*-?%\}\s*$/, end: /^\s*\{%-?\s*end\s*-?%\}\s*$/, language: 'mermaid' },
  { open: /^\s*\{%-?\s*mermaid\s*-?%\}\s*$/, end: /^\s*\{%-?\s*endmermaid\s*-?%\}\s*$/, language: 'mermaid' },
  { open: /^\s*\{\{[<%]\s*chart\b[^>%}]{0,200}[>%]\}\}\s*$/, end: /^\s*\{\{[<%]\s*\/chart\s*[>%]\}\}\s*$/, language: 'chartjs' },
];
const HEXO_CODE = /^\s*\{%-?\s*(codeblock|code)\b((?:\s+[^%]*?)?)\s*-?%\}\s*$/;
const HEXO_QUOTE = /^\s*\{%-?\s*blockquote\b((?:\s+[^%]*?)?)\s*-?%\}\s*$/;
const HEXO_QUOTE_END = /^\s*\{%-?\s*endblockquote\s*-?%\}\s*$/;
// Hexo's `{% pullquote [class] %}` … `{% endpullquote %}`: a quote of the post's own words, unsigned (its
// arguments are the theme's classes).
const HEXO_PULLQUOTE = /^\s*\{%-?\s*pullquote\b[^%]*?-?%\}\s*$/;
const HEXO_PULLQUOTE_END = /^\s*\{%-?\s*endpullquote\s*-?%\}\s*$/;
// Hugo themes' quote (Stack's, Blowfish's): `{{< quote author="…" source="…" url="…" >}}` … `{{< /quote >}}`.
const HUGO_QUOTE = /^\s*\{\{[<%]\s*quote\b([^>%}]{0,500}?)\s*[>%]\}\}\s*$/;
const HUGO_QUOTE_END = /^\s*\{\{[<%]\s*\/quote\s*[>%]\}\}\s*$/;
export const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A line without its quote marks: a fence inside a quote (or a callout, quoted) is code too. */
export const unquote = (line: string) => line.replace(/^(?:[ \t]*>[ \t]?)+/, '');
/** Whether an unquoted line closes the fenced code block `fence` opened: the same mark, as long or longer, alone. */
export const closesFence = (unquoted: string, fence: string) => {
  const mark = FENCE.exec(unquoted)?.[1];
  return mark !== undefined && mark[0] === fence[0] && mark.length >= fence.length && unquoted.trim() === mark;
};
/** The backticks of a fence around `code`: longer than any run at a line's start in it, so the code cannot close it. */
const fenceAround = (code: readonly string[]) => '`'.repeat(Math.max(3, 1 + Math.max(0, ...code.map((text) => /^ {0,3}(`+)/.exec(text)?.[1]?.length ?? 0))));
// An indented code block's line, and CodeHilite's language line at its top (`:::python`, `#!python`).
const INDENTED = /^(?: {4}|\t)/;
const CODEHILITE = /^(?: {4}|\t)[ \t]*(:::|#!)([\w+#.-]+)[ \t]*$/;
// A Hugo figure that opens on its own line and closes on a later one, as Hugo's docs write it.
const HUGO_FIGURE_OPEN = /^(\s*)\{\{<\s*figure\b((?:(?!>\}\}|\{\{).)*)$/;
const HUGO_FIGURE_CLOSE = /^((?:(?!\{\{|>\}\}).)*?)\/?\s*>\}\}\s*$/;

/**
 * Jekyll's highlight options (`linenos`, `linenos=table`, `mark_lines="1 3"`) as fence meta, or undefined
 * when one of them is not these: the block is then left for content:check to name.
 */
function jekyllFenceOptions(options: string): string | undefined {
  const meta: string[] = [];
  for (const option of options.match(/\w+(?:=(?:"[^"]*"|\S+))?/g) ?? []) {
    const [key = '', raw = ''] = option.split(/=(.*)/s);
    const value = raw.replace(/^"|"$/g, '').trim();
    if (key === 'linenos' && /^(|table|inline)$/.test(value)) meta.push('showLineNumbers');
    else if (key === 'mark_lines' && /^\d+(\s+\d+)*$/.test(value)) meta.push(`{${value.split(/\s+/).join(',')}}`);
    else return undefined;
  }
  return meta.length > 0 ? ` ${meta.join(' ')}` : '';
}

/**
 * Hexo's `{% codeblock [title] [lang:js] [mark:1,3-4] [first_line:10] [line_number:true] %}` (or `code`) as
 * fence info, or undefined when its caption links somewhere (no fence title does).
 */
function hexoFenceInfo(args: string): string | undefined {
  let rest = args;
  const option = (name: string, value: string) => {
    const match = new RegExp(`(?:^|\\s)${name}:(${value})(?=\\s|$)`, 'i').exec(rest);
    if (match) rest = rest.replace(match[0], ' ');
    return match?.[1];
  };
  const language = option('lang', '[\\w+#.-]+') ?? '';
  const lineNumbers = option('line_number', 'true|false');
  const firstLine = option('first_line', '\\d+');
  const mark = option('mark', '[\\d,-]+');
  const highlight = option('highlight', 'true|false');
  option('wrap', 'true|false');
  option('line_threshold', '\\d+');
  const caption = rest.trim().replace(/\s+/g, ' ');
  if (/https?:\/\//i.test(caption) || caption.includes('"')) return undefined;
  const meta = [caption ? `title="${caption}"` : '', mark ? `{${mark}}` : '', firstLine ? `showLineNumbers{${firstLine}}` : lineNumbers === 'true' ? 'showLineNumbers' : ''].filter(Boolean);
  return `${highlight === 'false' ? '' : language}${meta.length > 0 ? ` ${meta.join(' ')}` : ''}`;
}

/** The fence a highlight or code block of another engine opens on this line, and how its end line reads. */
function codeBlockAt(line: string): { info: string; end: RegExp } | undefined {
  const jekyll = highlightAt(line);
  if (jekyll) return jekyll.meta === undefined ? undefined : { info: `${jekyll.language}${jekyll.meta}`, end: JEKYLL_END };
  const hugo = HUGO_BLOCK.exec(line);
  if (hugo) return { info: `${hugo[1]}${hugoFenceOptions(hugo[2])}`, end: HUGO_END };
  const diagram = DIAGRAM_BLOCKS.find((block) => block.open.test(line));
  if (diagram) return { info: diagram.language, end: diagram.end };
  const hexo = HEXO_CODE.exec(line);
  const info = hexo ? hexoFenceInfo(hexo[2] ?? '') : undefined;
  return hexo && info !== undefined ? { info, end: new RegExp(`^\\s*\\{%-?\\s*end${hexo[1]}\\s*-?%\\}\\s*$`) } : undefined;
}

/**
 * A Hugo theme's quote's signature, as Stack and Blowfish show it: the author, and the source (linked to its
 * `url`); '' for none, undefined when it has an argument the site would not show (so content:check names it).
 */
function hugoQuoteFooter(args: string): string | undefined {
  const { named, positional } = shortcodeArguments(args);
  if (positional.length > 0 || Object.keys(named).some((name) => !['author', 'source', 'url', 'cite', 'caption'].includes(name))) return undefined;
  const author = named.author?.trim();
  const source = (named.source ?? named.cite ?? named.caption)?.trim();
  const url = named.url?.trim();
  if (url !== undefined && !/^https?:\/\/[^\s()<>]+$/i.test(url)) return undefined;
  const cited = source ? (url ? `[*${escapeText(source)}*](${url})` : `*${escapeText(source)}*`) : url ? `<${url}>` : '';
  return [author ? `**${escapeText(author)}**` : '', cited].filter(Boolean).join(', ');
}

/**
 * A Hexo blockquote's signature as Hexo reads its arguments: `author, source`, `author https://… [link
 * title]`, or the author alone; '' for none, undefined when it has no exact Markdown.
 */
function hexoQuoteFooter(args: string): string | undefined {
  const text = args.trim();
  if (text === '') return '';
  if (/"/.test(text)) return undefined;
  const cited = /^(\S.*?)\s+(https?:\/\/\S+)(?:\s+(.+))?$/i.exec(text);
  if (cited) return `**${escapeText(cited[1] ?? '')}**, [${escapeText(cited[3] ?? cited[2] ?? '')}](${cited[2]})`;
  const source = /^([^,]+),\s*([^,]+)$/.exec(text);
  if (source) return `**${escapeText((source[1] ?? '').trim())}**, *${escapeText((source[2] ?? '').trim())}*`;
  return `**${escapeText(text)}**`;
}

// Docusaurus' `:::tip`, `:::tip[Title]`, `:::tip Title` and VitePress' `::: tip Title`, inside a quote too.
const COLON_OPEN = /^\s*(?:>\s?)*(:{3,})[ \t]*([A-Za-z]+)(?:\[([^\]]*)\]|\{title="([^"]*)"\}|[ \t]+([^\s{[][^{]*?))?[ \t]*$/;
// MkDocs' (Python-Markdown's) `!!! tip "Title"` and the folding `??? tip`, `???+ tip`, with `inline end` marks.
const BANG_OPEN = /^(\s*)(?:!!!|\?\?\?\+?)[ \t]+([A-Za-z]+)(?:[ \t]+(?:inline|end))*(?:[ \t]+"([^"]*)")?[ \t]*$/;

// Pandoc's and Quarto's fenced divs: `::: {.callout-note title="…" collapse="true"}` (Quarto's callouts; `::: callout-tip`
// too), and any other `::: {.class #id key=value}`, whose classes were the old theme's look.
const PANDOC_DIV = /^\s*(?:>\s?)*(:{3,})[ \t]*(?:\{([^{}\n]*)\}|(callout-[a-z]+))[ \t]*$/;
const DIV_FENCE_OPEN = /^\s*(?:>\s?)*:{3,}[ \t]*\S/;
const DIV_FENCE_CLOSE = /^\s*(?:>\s?)*:{3,}[ \t]*$/;

/** A Pandoc div opening on this line: its classes, its title and whether it folds (`collapse`); undefined for none. */
function pandocDiv(line: string): { classes: string[]; title?: string; collapse?: string } | undefined {
  const match = PANDOC_DIV.exec(line);
  if (!match) return undefined;
  const attributes = match[2] ?? `.${match[3] ?? ''}`;
  const title = /\btitle\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attributes);
  const collapse = /\bcollapse\s*=\s*"?(true|false)"?/.exec(attributes)?.[1];
  return { classes: [...attributes.matchAll(/(?:^|\s)\.([\w-]+)/g)].map((found) => found[1] ?? ''), ...(title ? { title: title[1] ?? title[2] ?? '' } : {}), ...(collapse ? { collapse } : {}) };
}

/** The callout a Pandoc div's class names (Quarto's `.callout-tip`, Pandoc's `.warning`), if any. */
function pandocCalloutKind(classes: readonly string[]): string | undefined {
  return classes.map((name) => name.replace(/^callout-/, '').toLowerCase()).find((name) => Object.hasOwn(ALERT_KINDS, name));
}

const divEnds = new WeakMap<readonly string[], Map<number, number>>();

/**
 * Where a fenced div opening on this line ends: its closing `:::`, past the divs inside it; -1 for none.
 * Every `:::` of a post is paired once, in one pass (a post of divs that never close is read once, not once
 * per opening); the conversions that follow keep each line where it is.
 */
function divEnd(lines: readonly string[], index: number): number {
  let ends = divEnds.get(lines);
  if (!ends) {
    ends = new Map();
    const open: number[] = [];
    let fence: string | undefined;
    lines.forEach((line, at) => {
      const unquoted = unquote(line);
      if (fence !== undefined) {
        if (closesFence(unquoted, fence)) fence = undefined;
        return;
      }
      fence = FENCE.exec(unquoted)?.[1];
      if (fence !== undefined) return;
      if (DIV_FENCE_CLOSE.test(line)) {
        const opening = open.pop();
        if (opening !== undefined) ends?.set(opening, at);
      } else if (DIV_FENCE_OPEN.test(line)) open.push(at);
    });
    divEnds.set(lines, ends);
  }
  return ends.get(index) ?? -1;
}

// Hugo themes' callouts: Relearn's `{{% notice tip "Title" %}}` (or `style="tip"`), LoveIt's `{{< admonition tip "Title" >}}`,
// Hextra's `{{< callout type="warning" >}}`, Docsy's `{{% alert title="Title" color="warning" %}}`, Book's
// `{{< hint info >}}` and `{{< details "Title" >}}`.
const HUGO_CALLOUT = /^\s*\{\{([<%])\s*(notice|admonition|callout|alert|hint|details|spoiler)\b(.*?)\s*[>%]\}\}\s*$/;
// Colours some themes name instead of a kind: the plain callout.
const PLAIN_COLOURS = new Set(['', 'default', 'primary', 'secondary', 'light', 'dark']);
const HEXO_NOTE = /^\s*\{%-?\s*note\b([^%]*?)\s*-?%\}\s*$/;
const DEV_FOLD = /^\s*\{%-?\s*(details|spoiler|collapsible)\b((?:[^%]|%(?!\})){0,500}?)-?%\}\s*$/;
const HEXO_NOTE_END = /^\s*\{%-?\s*endnote\s*-?%\}\s*$/;
// Butterfly's colours, as the callout of the nearest look.
const NOTE_COLOURS: Readonly<Record<string, string>> = { blue: 'note', pink: 'note', purple: 'important', green: 'tip', orange: 'warning', red: 'caution' };

/** A Hugo callout shortcode's kind and title, from its named (`type=`, `color=`, `title=`) or positional parameters. */
function hugoCallout(line: string): { name: string; kind: string; title?: string; open?: boolean } | undefined {
  const match = HUGO_CALLOUT.exec(line);
  if (!match || (match[1] === '<' ? !line.trimEnd().endsWith('>}}') : !line.trimEnd().endsWith('%}}'))) return undefined;
  const name = match[2] ?? '';
  const { named, positional } = shortcodeArguments(match[3] ?? '');
  if (name === 'details') {
    const title = named.title ?? named.summary ?? positional[0];
    return { name, kind: 'note', ...(title ? { title } : {}), open: named.open === 'true' };
  }
  // A theme's `{{< spoiler text="Show the answer" >}}`: folded under its text, as `details`.
  if (name === 'spoiler') return { name, kind: 'note', title: named.text ?? named.title ?? positional[0] ?? 'Spoiler', open: false };
  const word = (named.type ?? named.style ?? named.color ?? (name === 'callout' || name === 'alert' ? '' : positional[0]) ?? '').toLowerCase();
  const kind = Object.hasOwn(ALERT_KINDS, word) ? word : PLAIN_COLOURS.has(word) ? 'note' : undefined;
  if (!kind) return undefined;
  const title = named.title ?? (name === 'notice' || name === 'admonition' ? positional[1] : undefined);
  return { name, kind, ...(title ? { title } : {}) };
}

/** The quote marks (and the spaces around them) a line opens with: `> > ` for a line two quotes deep. */
const quotePrefix = (line: string) => /^\s*(?:>\s?)*/.exec(line)?.[0] ?? '';

/**
 * How many lines the searches for a block's end may read in one post, per line of it: a post of blocks
 * that never close (hostile, or broken) would otherwise be read once per opening line. Past it, a block
 * counts as unclosed, which content:check names at its line.
 */
const SCAN_LINES_PER_LINE = 64;
const scanBudgets = new WeakMap<readonly string[], { left: number }>();

/** The first line after `index` that `matches` (where a block another engine opened ends), or -1. */
function lineAfter(lines: readonly string[], index: number, matches: (line: string) => boolean, { skipCode = false } = {}): number {
  const budget = scanBudgets.get(lines);
  let fence: string | undefined;
  for (let at = index + 1; at < lines.length; at++) {
    if (budget && budget.left-- <= 0) return -1;
    const candidate = lines[at] ?? '';
    // In a container's body, a line of a fenced code block (quoted or not) is code, never its end.
    if (skipCode && fence !== undefined) {
      if (closesFence(unquote(candidate), fence)) fence = undefined;
      continue;
    }
    const opening = skipCode ? FENCE.exec(unquote(candidate))?.[1] : undefined;
    if (opening) {
      fence = opening;
      continue;
    }
    if (matches(candidate)) return at;
  }
  return -1;
}

/**
 * The shortcodes Hugo sites write to put HTML or TeX in a post as it is, past Hugo's Markdown (which leaves
 * raw HTML out by default and eats TeX's backslashes): `{{< rawhtml >}}` … `{{< /rawhtml >}}`, its template
 * `{{ .Inner }}`, and Hugo Blox's `{{< math >}}` around `$$…$$`. Here HTML in a post is read as any
 * (sanitised) and math is typeset, so the markers alone go.
 */
const RAW_HTML_NAMES = 'rawhtml|raw-html|raw_html|html|raw|math';
const RAW_HTML_OPEN = new RegExp(String.raw`^\s*\{\{([<%])\s*(${RAW_HTML_NAMES})\s*[>%]\}\}\s*$`, 'i');
const RAW_HTML_INLINE = new RegExp(String.raw`\{\{([<%])\s*(${RAW_HTML_NAMES})\s*[>%]\}\}(.*?)\{\{[<%]\s*\/\s*\2\s*[>%]\}\}`, 'gi');
const RAW_HTML_NOTE = 'is left out with its end: the shortcode printed what is between them as it is, and here it is read as any HTML or math in a post';

/** The line that closes a raw HTML shortcode opened on line `index`, or -1. */
function rawHtmlBlockEnd(lines: readonly string[], index: number): number {
  const name = RAW_HTML_OPEN.exec(lines[index] ?? '')?.[2];
  if (name === undefined) return -1;
  const closing = new RegExp(String.raw`^\s*\{\{[<%]\s*\/\s*${name}\s*[>%]\}\}\s*$`, 'i');
  return lineAfter(lines, index, (candidate) => closing.test(candidate));
}

// The last Liquid tag a line opens, and what follows it: a tag whose `%}` is not on the line when nothing does.
const LAST_TAG_OPEN = /(?<!\{)\{%-?[ \t]*([a-z_]\w*)(?:(?!\{%|%\}).)*$/;
// Tags whose lines after the opening are their content (code, text shown as written): never joined.
const BLOCK_CONTENT_TAGS = new Set(['highlight', 'codeblock', 'raw', 'comment']);
const MOST_TAG_LINES = 20;

/**
 * A Liquid tag that opens on line `index` and closes on a later line (Minimal Mistakes'
 * `{% include figure` then its `image_path=…`, `caption="…" %}` on lines of their own), as one line: the
 * lines joined with a space, up to the end of the line with its `%}`. Undefined when the tag closes on its
 * line, when a blank line, another tag or a fence comes first, or after MOST_TAG_LINES lines.
 */
function liquidTagOverLines(lines: readonly string[], index: number): { text: string; last: number } | undefined {
  const line = lines[index] ?? '';
  if (!line.includes('{%')) return undefined;
  const open = LAST_TAG_OPEN.exec(line);
  if (!open || BLOCK_CONTENT_TAGS.has(open[1] ?? '')) return undefined;
  const parts = [line.trimEnd()];
  for (let at = index + 1; at < lines.length && at <= index + MOST_TAG_LINES; at++) {
    const next = lines[at] ?? '';
    if (next.trim() === '' || next.includes('{%') || FENCE.test(next)) return undefined;
    parts.push(next.trim());
    if (next.includes('%}')) return { text: parts.join(' '), last: at };
  }
  return undefined;
}

/**
 * Where the body indented by `indent` under line `index` ends (MkDocs' admonitions and content tabs): the
 * line after its last, blank lines after it not counted. Undefined when text right after the body would
 * join it (a lazy continuation), which content:check names.
 */
function indentedBodyEnd(lines: readonly string[], index: number, indent: number): number | undefined {
  const inBody = (text: string) => text.trim() === '' || new RegExp(`^(?: {${indent}}|${' '.repeat(Math.max(0, indent - 4))}\\t)`).test(text);
  let end = index + 1;
  while (end < lines.length && inBody(lines[end] ?? '')) end++;
  if (end < lines.length && end > index + 1 && (lines[end - 1] ?? '').trim() !== '') return undefined;
  while (end > index + 1 && (lines[end - 1] ?? '').trim() === '') end--;
  return end;
}

/** The lines from `start` up to `end` (not included) that are no line of a fenced code block. */
function linesOutsideCode(lines: readonly string[], start: number, end: number): number[] {
  const outside: number[] = [];
  let fence: string | undefined;
  for (let at = start; at < end; at++) {
    const unquoted = unquote(lines[at] ?? '');
    if (fence !== undefined) {
      if (closesFence(unquoted, fence)) fence = undefined;
      continue;
    }
    fence = FENCE.exec(unquoted)?.[1];
    if (fence === undefined) outside.push(at);
  }
  return outside;
}

/** A Nuxt Content (MDC) block component opening on line `index`: its name, attributes (props too), end, and what it is here. */
function mdcBlockAt(lines: readonly string[], index: number, inTabs = false): { name: string; attributes: Record<string, string>; end: number; role: MdcRole | undefined; propsEnd?: number } | undefined {
  const match = MDC_BLOCK.exec(lines[index] ?? '');
  if (!match) return undefined;
  const closing = new RegExp(`^\\s*${match[2] ?? '::'}\\s*$`);
  const end = lineAfter(lines, index, (candidate) => closing.test(candidate), { skipCode: true });
  if (end < 0) return undefined;
  const name = match[3] ?? '';
  const props = mdcYamlProps(lines, index);
  const attributes = { ...mdcAttributes(match[4] ?? ''), ...(props && props.last < end ? props.attributes : {}) };
  return { name, attributes, end, role: mdcRole(name, attributes, { inTabs }), ...(props && props.last < end ? { propsEnd: props.last } : {}) };
}

const NOTION_ASIDE = /^[ \t]{0,3}<aside>[ \t]*$/;
const NOTION_ASIDE_END = /^[ \t]{0,3}<\/aside>[ \t]*$/;

/**
 * The callout another tool opens on this line, with where it ends: its kind as written (alerts.ts maps it),
 * its title, the indent its body lines lose, whether its last line is a closing `:::` (MkDocs' body ends
 * where the indent does), and whether it folds (`-`: closed at first, as VitePress' `::: details` and MkDocs'
 * `???`; `+`: open, `???+`). Undefined when the line opens none, or when its end is missing.
 */
function calloutAt(lines: readonly string[], index: number): { kind: string; title?: string; end: number; indent: number; closer: boolean; fold: '' | '+' | '-'; link?: string } | undefined {
  const line = lines[index] ?? '';
  const colon = COLON_OPEN.exec(line);
  const colonKind = colon?.[2]?.toLowerCase();
  if (colon && colonKind && (Object.hasOwn(ALERT_KINDS, colonKind) || colonKind === 'details')) {
    const prefix = quotePrefix(line);
    const closing = new RegExp(`^\\s*${prefix.replace(/[^>]/g, '').split('').map(() => '>\\s?').join('')}${colon[1]}\\s*$`);
    const end = lineAfter(lines, index, (candidate) => closing.test(candidate), { skipCode: true });
    if (end < 0) return undefined;
    const title = (colon[3] ?? colon[4] ?? colon[5] ?? (colonKind === 'details' ? 'Details' : '')).trim();
    return { kind: colonKind === 'details' ? 'note' : colonKind, ...(title ? { title } : {}), end, indent: 0, closer: true, fold: colonKind === 'details' ? '-' : '' };
  }
  // Nuxt Content's `::tip`, `::callout{color="warning"}`, `::collapsible{label="…"}` … `::`.
  const mdc = MDC_BLOCK.test(line) ? mdcBlockAt(lines, index) : undefined;
  if (mdc?.role?.role === 'callout') return { kind: mdc.role.kind, ...(mdc.role.title ? { title: mdc.role.title } : {}), end: mdc.end, indent: 0, closer: true, fold: mdc.role.fold, ...(mdc.role.link ? { link: mdc.role.link } : {}) };
  const div = pandocDiv(line);
  const divKind = div ? pandocCalloutKind(div.classes) : undefined;
  if (div && divKind) {
    const end = divEnd(lines, index);
    if (end < 0) return undefined;
    return { kind: divKind, ...(div.title ? { title: div.title } : {}), end, indent: 0, closer: true, fold: div.collapse === 'true' ? '-' : div.collapse === 'false' ? '+' : '' };
  }
  const hugo = hugoCallout(line);
  if (hugo) {
    const closing = new RegExp(`^\\s*\\{\\{[<%]\\s*/${hugo.name}\\s*[>%]\\}\\}\\s*$`);
    const end = lineAfter(lines, index, (candidate) => closing.test(candidate), { skipCode: true });
    if (end < 0) return undefined;
    return { kind: hugo.kind, ...(hugo.title ? { title: hugo.title } : {}), end, indent: 0, closer: true, fold: hugo.name === 'details' || hugo.name === 'spoiler' ? (hugo.open ? '+' : '-') : '' };
  }
  // DEV's `{% details Summary %}` … `{% enddetails %}` (and its `spoiler` and `collapsible`): folded, as there.
  const fold = DEV_FOLD.exec(line);
  if (fold) {
    const closing = new RegExp(`^\\s*\\{%-?\\s*end${fold[1] ?? ''}\\s*-?%\\}\\s*$`);
    const end = lineAfter(lines, index, (candidate) => closing.test(candidate), { skipCode: true });
    if (end < 0) return undefined;
    return { kind: 'note', title: (fold[2] ?? '').trim() || 'Details', end, indent: 0, closer: true, fold: '-' };
  }
  // Hexo's NexT and Butterfly themes: `{% note info %}` … `{% endnote %}` (a class or a colour first).
  const note = HEXO_NOTE.exec(line);
  if (note) {
    const end = lineAfter(lines, index, (candidate) => HEXO_NOTE_END.test(candidate), { skipCode: true });
    if (end < 0) return undefined;
    const word = (note[1] ?? '').trim().split(/\s+/)[0]?.toLowerCase() ?? '';
    // Its own word when the callouts know it (`info` keeps "Info" as the title), else the nearest look.
    const kind = (Object.hasOwn(ALERT_KINDS, word) ? word : undefined) ?? NOTICE_KINDS[word === 'default' ? '' : word] ?? NOTE_COLOURS[word] ?? (PLAIN_COLOURS.has(word) || /^(?:no-icon|simple|modern|flat|disabled|fa[bsr]?|fa-)/.test(word) ? 'note' : undefined);
    if (!kind) return undefined;
    return { kind, end, indent: 0, closer: true, fold: '' };
  }
  // Notion's callout in its Markdown export: `<aside>` … `</aside>`, each alone on its line (its icon, an emoji, opens the text).
  if (NOTION_ASIDE.test(line)) {
    const end = lineAfter(lines, index, (candidate) => NOTION_ASIDE_END.test(candidate), { skipCode: true });
    if (end < 0) return undefined;
    return { kind: 'note', end, indent: 0, closer: true, fold: '' };
  }
  const bang = BANG_OPEN.exec(line);
  const bangKind = bang?.[2]?.toLowerCase();
  if (!bang || !bangKind || !Object.hasOwn(ALERT_KINDS, bangKind)) return undefined;
  const indent = (bang[1] ?? '').length + 4;
  const end = indentedBodyEnd(lines, index, indent);
  if (end === undefined) return undefined;
  return { kind: bangKind, ...(bang[3] ? { title: bang[3].trim() } : {}), end, indent, closer: false, fold: line.trim().startsWith('???+') ? '+' : line.trim().startsWith('?') ? '-' : '' };
}

/** Hugo's highlight options (`linenos=table,hl_lines=2 4-5`) in the fence form lib/markdown/code-meta.ts reads. */
function hugoFenceOptions(options: string | undefined): string {
  const parts = (options ?? '').split(',').map((part) => part.trim()).filter(Boolean).map((part) => {
    const [key = '', value = ''] = part.split(/=(.*)/s);
    if (key.trim().toLowerCase() !== 'hl_lines') return `${key.trim()}=${value.trim()}`;
    const lines = value.trim().split(/\s+/).map((range) => (range.includes('-') ? `"${range}"` : range));
    return `hl_lines=[${lines.join(',')}]`;
  });
  return parts.length > 0 ? ` {${parts.join(',')}}` : '';
}

/** A line with its inline code spans blanked: the syntax inside `backticks` is shown on purpose. */
export function outsideInlineCode(line: string): string {
  return line.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
}

type Found = (from: string, to: string, post?: string, note?: string) => void;

/**
 * Replaces the matches of `pattern` that lie outside inline code, where `replace` has an exact replacement
 * (with what content:check says of it, when the replacement alone would not say enough).
 */
function replaceOutsideCode(line: string, pattern: RegExp, replace: (match: RegExpExecArray) => string | { to: string; note: string } | undefined, found: Found, post: (match: RegExpExecArray) => ReturnType<typeof postLink> = () => undefined): string {
  const visible = outsideInlineCode(line);
  let result = '';
  let last = 0;
  for (const match of visible.matchAll(pattern)) {
    const replaced = replace(match);
    if (replaced === undefined) continue;
    const { to, note } = typeof replaced === 'string' ? { to: replaced, note: undefined } : replaced;
    result += line.slice(last, match.index) + to;
    last = match.index + match[0].length;
    found(match[0], to, post(match)?.slug, note);
  }
  return result + line.slice(last);
}

/**
 * A WordPress shortcode, as wordpress-export-to-markdown leaves it (brackets escaped: `\[gallery ids="1,2"\]`)
 * or as written (`[embed]…[/embed]`): `/` for a closing one, the name, the attributes. Not a link's text.
 */
export const WP_SHORTCODE = /\\?\[(\/?)([A-Za-z][\w-]*)((?:[ \t=](?:[^[\]\\\n]|\\[^[\]\n])*)?)\\?\](?![([:])/g;
// `[caption …]image caption[/caption]` on one line.
const WP_CAPTION = /\\?\[caption\b((?:[^[\]\\\n]|\\[^\]\n])*)\\?\]((?:(?!\\?\[caption\b).)*?)\\?\[\/caption\\?\]/g;
// `[embed]URL[/embed]`, Jetpack's `[youtube URL]` and `[youtube=URL]`.
const WP_EMBED = /\\?\[embed\b[^\]\n]*?\\?\]\s*(https?:\/\/(?:[^\s[\]\\]|\\[^\s[\]])+)\s*\\?\[\/embed\\?\]|\\?\[(?:youtube|vimeo)[ \t=]+(https?:\/\/(?:[^\s[\]\\]|\\[^\s[\]])+)\s*\\?\]/g;
/** The shortcodes WordPress and its common plugins write, read as such even without attributes. */
export const WP_SHORTCODE_NAMES = new Set(['caption', 'wp_caption', 'gallery', 'embed', 'audio', 'video', 'playlist', 'youtube', 'vimeo', 'soundcloud', 'tweet', 'googlemaps', 'contact-form', 'contact-form-7', 'code', 'sourcecode', 'wpvideo', 'slideshow']);
/** turndown's backslashes before Markdown's characters, taken off text that is not Markdown (attributes, a URL). */
const unescapeMarkdown = (text: string) => text.replace(/\\([\\`*_[\]{}()#+\-.!<>"'|~])/g, '$1');

/**
 * WordPress' `[caption]` around an image (Markdown or `<img>`, maybe in a link to its full-size file) and its
 * caption (or a `caption="…"` attribute) as a Markdown image whose title is the caption, shown under it. A
 * caption with a link or markup, or a link to a page, has no exact form.
 */
function wordpressCaption(attributes: string, inner: string): string | { to: string; note: string } | undefined {
  const written = inner.trim();
  const markdown = /^(\[)?!\[((?:[^\]\\]|\\.)*)\]\(\s*(<[^>\n]*>|[^\s)]+)(?:\s+"[^"]*")?\s*\)(?:\]\(\s*([^\s)]+)(?:\s+"[^"]*")?\s*\))?/.exec(written);
  const html = markdown ? null : /^(?:<a\b[^>]*?\bhref="([^"]*)"[^>]*>)?\s*<img\b([^>]*?)\/?>\s*(<\/a>)?/i.exec(written);
  if ((markdown && Boolean(markdown[1]) !== Boolean(markdown[4])) || (html && Boolean(html[1]) !== Boolean(html[3]))) return undefined;
  const src = markdown ? (markdown[3] ?? '').replace(/^<|>$/g, '') : html ? attribute(html[2] ?? '', 'src') : undefined;
  if (!src) return undefined;
  const rest = written.slice((markdown ?? html)?.[0].length ?? 0).trim();
  const caption = rest || (attribute(unescapeMarkdown(attributes), 'caption') ?? '');
  if (/\]\(|<\/?[a-z]/i.test(caption)) return undefined;
  const link = markdown ? markdown[4] : html?.[1];
  if (link && !IMAGE_FILE.test(link.replace(/[?#].*$/, ''))) return undefined;
  const alt = markdown ? (markdown[2] ?? '') : escapeText(attribute(html?.[2] ?? '', 'alt') ?? '');
  const title = caption ? ` "${caption.replace(/"/g, '\\"')}"` : '';
  const to = `![${alt || caption.replace(/[[\]]/g, '\\$&')}](${destination(src)}${title})`;
  return link ? { to, note: `is shown as ${shorten(to)}: its link to the image's file on the old site (${shorten(link)}) is dropped` } : to;
}

/** Text as HTML shows it: `&`, `<`, `>` and `"` escaped. */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * `[caption]` around an `<img>` in an HTML post, as a figure with its caption (HTML, as WordPress wrote it);
 * a link around the image to its file on the old site goes, with a note, and any other link stays.
 */
function htmlCaption(attributes: string, inner: string): { to: string; note?: string } | undefined {
  const written = inner.trim();
  const image = /^(?:<a\b[^>]*?\bhref="([^"]*)"[^>]*>)?\s*(<img\b[^>]*?\/?>)\s*(<\/a>)?/i.exec(written);
  if (!image || Boolean(image[1]) !== Boolean(image[3])) return undefined;
  const caption = written.slice(image[0].length).trim() || escapeHtml(attribute(attributes, 'caption') ?? '');
  const link = image[1];
  const toFile = link !== undefined && IMAGE_FILE.test(link.replace(/[?#].*$/, ''));
  const img = link && !toFile ? `<a href="${link}">${image[2] ?? ''}</a>` : (image[2] ?? '');
  const to = caption ? `<figure>${img}<figcaption>${caption}</figcaption></figure>` : img;
  return { to, ...(toFile ? { note: `is shown as a figure${caption ? ' with its caption' : ''}: its link to the image's file on the old site (${shorten(link)}) is dropped` } : {}) };
}

// An end tag whose `/` jekyll-import's WordPress importer wrote as `&#47;` (`<&#47;p>`): shown as text otherwise.
const ESCAPED_END_TAG = /<&#0*47;([a-z][a-z\d]*)\s*>/gi;

/**
 * What another engine left in an HTML post, as the HTML it made. WordPress' (jekyll-import writes them so):
 * `[caption]` around an image as a figure, `[embed]URL[/embed]` and Jetpack's `[youtube=URL]` as a link
 * (lib/markdown/embeds.ts), end tags written `<&#47;p>` as `</p>`. Jekyll's Liquid, where it has an exact
 * result: `{% highlight ruby %}` … `{% endhighlight %}` as a `<pre><code>` of the language (its lines
 * escaped, as Jekyll does), `{{ site.baseurl }}`, `{{ "/x" | relative_url }}`, `{% post_url %}` and
 * `{% link _posts/… %}` as the path, `{% raw %}` markers left out. Anything else stays, and content:check
 * names it.
 */
export function convertHtmlBody(body: string, options: BodyOptions = {}): ConvertedBody {
  if (options.liquid === false) return withoutLiquid(body, convertHtmlBody);
  if (!['[', '<&#', '{{', '{%'].some((mark) => body.includes(mark))) return { text: body, conversions: [], outsideRaw: body };
  const conversions: EngineConversion[] = [];
  const lines = body.split('\n');
  scanBudgets.set(lines, { left: SCAN_LINES_PER_LINE * lines.length });
  // `{% raw %}` … `{% endraw %}`, over any number of lines: the markers go, and what is between them is
  // shown as written (Liquid's rule), code or not. Each line as pieces, inside raw or not.
  let raw = false;
  const pieces = lines.map((line, index) => {
    if (!raw && !line.includes('{%') && !line.includes('{{')) return [{ text: line, raw }];
    const split = rawPieces(line, line, raw, (from, to, note) => conversions.push({ ...liquidConversion(index, from, to), ...(note === undefined ? {} : { note }) }));
    raw = split.raw;
    return split.pieces;
  });
  const startsRaw = (index: number) => pieces[index]?.[0]?.raw === true;
  // Highlight blocks next: their lines are code, shown as written, escaped as Jekyll does. `<pre>` ends its
  // line, so the newline after it is no part of the code (HTML's rule), and every line keeps its number.
  const done = new Map<number, { text: string; raw: boolean }[]>();
  const escaped = (index: number) => (pieces[index] ?? []).map((piece) => ({ raw: piece.raw, text: escapeHtml(piece.text) }));
  for (let index = 0; index < lines.length; index++) {
    const open = startsRaw(index) ? undefined : highlightAt(lines[index] ?? '');
    const end = open ? lineAfter(lines, index, (candidate) => JEKYLL_END.test(candidate)) : -1;
    if (!open || end < 0) continue;
    const language = escapeHtml(open.language);
    const opening = `<code class="language-${language}">`;
    conversions.push({ line: index + 1, from: (lines[index] ?? '').trim(), to: `<pre>${opening}`, note: `and its {% endhighlight %} are read as a <pre><code> of ${language}${open.options ? `, without its options (${shorten(open.options)})` : ''}` });
    if (end === index + 1) {
      done.set(index, [{ text: `<pre>${opening}`, raw: false }]);
    } else {
      done.set(index, [{ text: '<pre>', raw: false }]);
      done.set(index + 1, [{ text: opening, raw: false }, ...escaped(index + 1)]);
      for (let at = index + 2; at < end; at++) done.set(at, escaped(at));
    }
    done.set(end, [{ text: '</code></pre>', raw: false }]);
    index = end;
  }
  const converted = lines.map((_, index) => {
    const endTags = new Set<string>();
    return done.get(index) ?? (pieces[index] ?? []).map((piece) => ({ raw: piece.raw, text: piece.raw ? piece.text : convertHtmlPiece(piece.text, index, conversions, endTags, options.fields) }));
  });
  return {
    text: converted.map((parts) => parts.map((piece) => piece.text).join('')).join('\n'),
    conversions,
    outsideRaw: converted.map((parts) => parts.map((piece) => (piece.raw ? ' '.repeat(piece.text.length) : piece.text)).join('')).join('\n'),
  };
}

// A Jekyll output (LIQUID_OUTPUT, its expression the first group) or a field named alone (BARE_OUTPUT, the second).
const HTML_OUTPUT = new RegExp(`${LIQUID_OUTPUT.source}|${BARE_OUTPUT.source}`, 'g');

/** convertHtmlBody's rewriting of one piece of a line outside `{% raw %}` (its end tags noted once a line). */
function convertHtmlPiece(text: string, index: number, conversions: EngineConversion[], endTags: Set<string>, fields: BodyOptions['fields']): string {
  return text
    .replace(ESCAPED_END_TAG, (whole: string, name: string) => {
      const to = `</${name}>`;
      if (!endTags.has(whole)) conversions.push({ line: index + 1, from: whole, to, note: `is read as ${to}: WordPress' importer wrote the end tag's / as &#47;` });
      endTags.add(whole);
      return to;
    })
    // One pass over both kinds of output, so that no value put in is read again as a template.
    .replace(HTML_OUTPUT, (whole: string, expression: string | undefined, bare: string | undefined) => {
      const to = expression === undefined ? undefined : liquidOutputReplacement(expression);
      const found = expression === undefined ? bareValue(bare ?? '', fields) : to === undefined ? liquidValue(expression, fields) : undefined;
      const value = found === 'unfilled' ? undefined : found;
      if (value) conversions.push({ line: index + 1, from: whole, to: value.text, note: valueNote(value) });
      else if (to !== undefined) conversions.push(liquidConversion(index, whole, to));
      return to === undefined && !value ? whole : escapeHtml(to ?? value?.text ?? '');
    })
    .replace(LIQUID_TAG, (whole: string, tag: string, args: string) => {
      const to = tag === 'post_url' || (tag === 'link' && hexoArguments(args).length === 1) ? linkReplacement(tag, args) : undefined;
      if (to === undefined) return whole;
      conversions.push(liquidConversion(index, whole, to));
      return escapeHtml(to);
    })
    .replace(WP_CAPTION, (whole: string, attributes: string, inner: string) => {
      const figure = htmlCaption(attributes, inner);
      if (!figure) return whole;
      conversions.push({ line: index + 1, from: whole, to: figure.to, note: figure.note ?? `is shown as ${shorten(figure.to)}` });
      return figure.to;
    })
    .replace(WP_EMBED, (whole: string, embedded?: string, player?: string) => {
      const url = embedded ?? player ?? '';
      const to = `<a href="${escapeHtml(url)}">${escapeHtml(embedLink(url).text)}</a>`;
      conversions.push({ line: index + 1, from: whole, to, note: embedNote(url) });
      return to;
    });
}

// Liquid's tags and outputs on one line; not Hugo's `{{< … >}}` and `{{% … %}}` shortcodes.
const LIQUID_SYNTAX = /\{%[^\n]*?%\}|\{\{(?![<%])[^\n]*?\}\}/g;
// Where a piece of Liquid stood while the rest was read: characters of Unicode's private use area.
const HELD = /\uE000(\d+)\uE001/g;

/**
 * A body whose Liquid is off (Jekyll's `render_with_liquid: false`): every `{% … %}` and `{{ … }}` is shown as
 * written, and no check reports it, while what is not Liquid (kramdown's attributes, WordPress' captions) is
 * read as in any post. Each piece of Liquid is held out under a mark no rewriting matches, then put back;
 * in `outsideRaw` it is blank, as what `{% raw %}` protects is.
 */
function withoutLiquid(body: string, convert: (body: string) => ConvertedBody): ConvertedBody {
  // A body that has such characters already is read as it is (its Liquid read): none has been seen.
  if (/[\uE000\uE001]/.test(body)) return convert(body);
  const held: string[] = [];
  const converted = convert(body.replace(LIQUID_SYNTAX, (liquid) => `\uE000${held.push(liquid) - 1}\uE001`));
  const restore = (text: string) => text.replace(HELD, (_, at: string) => held[Number(at)] ?? '');
  return {
    text: restore(converted.text),
    conversions: converted.conversions.map((conversion) => ({ ...conversion, from: restore(conversion.from), to: restore(conversion.to) })),
    outsideRaw: converted.outsideRaw.replace(HELD, (_, at: string) => ' '.repeat(held[Number(at)]?.length ?? 0)),
  };
}

/** What content:check says of template syntax that goes, having nothing to show. */
export const TEMPLATE_NOTE = 'is left out: the site runs no templates, so it has nothing to do';

/** Liquid read as its result in an HTML post: what goes, or the path it names (not "its Markdown equivalent"). */
function liquidConversion(index: number, from: string, to: string): EngineConversion {
  return { line: index + 1, from, to, note: to === '' ? TEMPLATE_NOTE : `is read as ${shorten(to)}` };
}

// kramdown, Jekyll's Markdown: an attribute list after a span or on a line of its own (`{: .notice--info}`,
// `{:target="_blank"}`, `{:toc}`), an extension block (`{::comment}` … `{:/comment}`), Minimal Mistakes' notices.
export const KRAMDOWN_IAL = /\{:(?![:/])[^{}\n]*\}/g;
const KRAMDOWN_LINE = /^\s*(?:\{:(?![:/])[^{}\n]*\}\s*)+$/;
const KRAMDOWN_TOC = /^\s*\{:\s*toc\s*\}\s*$/;
const TOC_NOTE = 'is left out: every post has its table of contents';
// The other engines' table-of-contents markers on a line of their own: markdown-it's and VitePress' `[[toc]]`,
// Python-Markdown's (MkDocs) and Typora's `[TOC]`, VuePress' `@[toc]`, `${toc}`, GitLab's `[[_TOC_]]`, and the
// themes' Hugo shortcode `{{< toc >}}`.
const TOC_MARKER = /^[ \t]*(?:\[\[_?toc_?\]\]|@?\[toc\]|\$\{toc\}|\{\{[<%][ \t]*toc[ \t]*\/?[>%]\}\})[ \t]*$/im;
// …unless the post defines `[toc]` as a link's address: then `[TOC]` is that link.
const TOC_DEFINITION = /^ {0,3}\[toc\]:/im;
const KRAMDOWN_OPEN = /^\s*\{::(comment|nomarkdown|options)\b[^}]*?(\/)?\}\s*$/;
// kramdown's end-of-block marker: `^` alone on its line ends the list, quote or paragraph before it.
const KRAMDOWN_END = /^ {0,3}\^[ \t]*$/m;
// …and the other Jekyll themes' boxes: Chirpy's `{: .prompt-tip }` and al-folio's `{: .block-tip }` (under a quote),
// Beautiful Jekyll's `{: .box-note}`, TeXt's `{:.success}`.
const NOTICE = /^\s*\{:\s*\.(?:notice(?:--(\w+))?|(?:prompt|block|box)-(\w+)|(success|info|warning|error))\s*\}\s*$/;
// The other themes' words as the site's callouts.
const BOX_KINDS: Readonly<Record<string, string>> = { tip: 'tip', note: 'note', info: 'note', warning: 'warning', danger: 'caution', error: 'caution', success: 'tip' };
const CODE_FILE = /^\s*\{:\s*(?:\.[\w-]+\s+)*file=(["'])([^"'\n]{1,300})\1\s*(?:\.[\w-]+\s*)*\}\s*$/;
// Minimal Mistakes' notice colours as the site's callouts.
export const NOTICE_KINDS: Readonly<Record<string, string>> = { '': 'note', primary: 'important', info: 'note', warning: 'warning', success: 'tip', danger: 'caution' };
const ATTRIBUTES_NOTE = "is left out: kramdown's classes, ids and link targets are the old theme's, which the site does not use";

// A heading's attributes, as goldmark (Hugo), Pandoc, MkDocs and kramdown write them: `## Install {#install .big}`,
// `{: #install}` after the text or on the line under the heading (kramdown). The id stays, as `{#install}`
// (lib/markdown/heading-ids.ts); classes and other attributes are the old theme's.
const HEADING_LINE = /^\s*(?:>\s?)*\s{0,3}#{1,6}(?:[ \t]|$)/;
/** An id a heading keeps as written: what the pipeline's heading ids accept (lib/markdown/rehype-plugins.ts). */
const KEPT_ID = /^[a-z0-9][\w-]*$/i;

/** The heading line with its attributes as `{#id}` (or none, when it has no id it can keep), and what was left out. */
function headingAttributes(heading: string, attributes: string): { line: string; note?: string } {
  const parts = attributes.match(ATTRIBUTE) ?? [];
  const id = parts.find((part) => part.startsWith('#'))?.slice(1);
  const others = parts.filter((part) => !part.startsWith('#') && part !== '-');
  const left: string[] = [];
  if (others.length > 0) left.push(`its ${others.join(' ')} (the old theme's classes and attributes)`);
  if (id !== undefined && !KEPT_ID.test(id)) left.push(`its id #${id}, which is not letters, digits, - and _ (the heading's id is made from its text)`);
  const line = id !== undefined && KEPT_ID.test(id) ? `${heading} {#${id}}` : heading;
  return left.length > 0 ? { line, note: `keeps the heading and leaves out ${left.join(', and ')}` } : { line };
}

// Obsidian's comments and highlights, MkDocs' content tabs.
const OBSIDIAN_COMMENT = /%%(?!%)(.*?)%%/g;
const HIGHLIGHT = /(?<![\w=])==(?=[^\s=])([^=\n]*?[^\s=])==(?![\w=])/g;
const CONTENT_TAB = /^(\s*)===[!+]?[ \t]+"([^"\n]*)"[ \t]*$/;
// A tab's opening line with its label: jekyll-tabs' `{% tab group label %}` (al-folio), Hugo themes'
// `{{< tab name="…" >}}` (`title=`, `header=`; Docsy's `tabpane`), on a line of its own.
const TAB_OPEN = /^\s*(?:\{%-?\s*tab\s+[\w-]{1,100}\s+(?:"([^"\n]{1,200})"|'([^'\n]{1,200})'|([^%"'\n]{1,200}?))\s*-?%\}|\{\{([<%])\s*tab\s+(?:(?:name|title|header)=)?"([^"\n]{1,200})"[^<>%{}\n]{0,300}[>%]\}\})\s*$/;
// The frame around tabs, on lines of their own: `{% tabs group %}`, `{% endtab %}`, `{% endtabs %}`, and Hugo's
// `{{< tabs >}}`, `{{< tabgroup >}}`, `{{< tabpane >}}`, an unlabelled `{{< tab >}}` and their closers.
const TAB_FRAME = /^\s*(?:\{%-?\s*(?:tabs\s+[\w-]{1,100}|endtabs?)\s*-?%\}|\{\{[<%]\s*\/?\s*(?:tabs|tabgroup|tabpane|tab)(?:\s[^<>%{}\n]{0,300})?\s*[>%]\}\})\s*$/;
const TAB_NOTE = 'is left out: the site shows every tab, one after another, each under its label';
// Hextra names its tabs on the frame, `{{< tabs items="macOS,Linux" >}}`, for the unlabelled `{{< tab >}}`s in it.
const TAB_ITEMS = /^\s*\{\{[<%]\s*tabs\s[^<>%{}\n]{0,300}?\bitems="([^"\n]{1,300})"/;
const UNLABELLED_TAB = /^\s*\{\{[<%]\s*tab\s*[>%]\}\}\s*$/;
// …or one on a line, as Hextra's documentation writes them: `{{< tab >}}**JSON**: a format.{{< /tab >}}`.
const INLINE_TAB = /^(\s*)\{\{[<%]\s*tab\s*[>%]\}\}([^{}\n]{1,5000}?)\{\{[<%]\s*\/\s*tab\s*[>%]\}\}\s*$/;
const TABS_END = /^\s*\{\{[<%]\s*\/\s*tabs\s*[>%]\}\}\s*$/;

/** Where an Obsidian comment that runs past this line opens on it (a `%%` without its pair), or -1. */
function commentOpening(line: string): number {
  const visible = outsideInlineCode(line).replace(OBSIDIAN_COMMENT, (pair) => ' '.repeat(pair.length));
  return visible.indexOf('%%');
}

const RAW_PAIR = /\{%-?\s*raw\s*-?%\}[\s\S]*\{%-?\s*endraw\s*-?%\}/;
const RAW_MARKER = /\{%-?\s*(?:raw|endraw)\s*-?%\}/g;
// `{% raw %}`, `{% endraw %}`, Liquid's output of a string (`{{ "{{" }}`, the other way Jekyll authors escape
// Liquid), or Hugo's and Zola's escaped shortcodes (`{{</* note */>}}`, shown as `{{< note >}}`; Zola's
// `{{/* x() */}}` and `{%/* x() */%}`).
const ESCAPED_SHORTCODE = /\{(\{[<%]?|%)\/\*((?:(?!\*\/(?:[>%]?\}|%)\}).){0,500})\*\/([>%]?\}|%)\}/g;
const RAW_OR_STRING = new RegExp(String.raw`\{%-?\s*(raw|endraw)\s*-?%\}|\{\{-?\s*(?:"([^"]*)"|'([^']*)')\s*-?\}\}|${ESCAPED_SHORTCODE.source}`, 'g');

/** An escaped shortcode (its opening, inner text and closing, as ESCAPED_SHORTCODE finds them) as Hugo and Zola show it, with the note. */
function unescapedShortcode(open: string, inner: string, close: string): { shown: string; note: string } {
  const shown = `{${open}${inner}${close}}`;
  return { shown, note: `is shown as ${shorten(shown)}, as Hugo and Zola show an escaped shortcode` };
}

/** A piece of a line, and whether it is shown as written (what `{% raw %}` protects, a string Liquid prints). */
interface Piece {
  text: string;
  raw: boolean;
}

/**
 * A line as pieces, `{% raw %}` open or not at its start (`raw`): the raw markers go (noted), and what they
 * protect is shown as written, as is the string of `{{ "{{" }}` (Blogger's importer escapes all Liquid so).
 * Matches are found in `scanned`, the line or the line with its inline code blanked; strings only where
 * `strings` (not in a Markdown code block, where `{{ "x" }}` is more often code than Liquid). Returns whether
 * raw is still open at the line's end.
 */
function rawPieces(line: string, scanned: string, raw: boolean, found: (from: string, to: string, note?: string) => void, strings = true): { pieces: Piece[]; raw: boolean } {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of scanned.matchAll(RAW_OR_STRING)) {
    const [whole, tag, doubled, single, open, inner, close] = match;
    // Inside raw, only its end counts: anything else is text it protects.
    if (raw && tag !== 'endraw') continue;
    if (open !== undefined) {
      const { shown, note } = unescapedShortcode(open, inner ?? '', close ?? '');
      pieces.push({ text: line.slice(last, match.index), raw }, { text: shown, raw: true });
      found(whole, shown, note);
      last = match.index + whole.length;
      continue;
    }
    if (!strings && tag === undefined) continue;
    if (tag === undefined) {
      const string = doubled ?? single ?? '';
      pieces.push({ text: line.slice(last, match.index), raw }, { text: string, raw: true });
      found(whole, string, `is shown as ${shorten(string)}: Liquid prints the string as written`);
    } else {
      pieces.push({ text: line.slice(last, match.index), raw });
      found(whole, '');
      raw = tag === 'raw';
    }
    last = match.index + whole.length;
  }
  pieces.push({ text: line.slice(last), raw });
  return { pieces, raw };
}

// Obsidian's `[[Note]]`, `[[Note|text]]`, `[[Note#Heading]]` and `![[photo.png]]`, `![[photo.png|alt]]`.
export const WIKI_LINK = /(!?)\[\[([^[\]\n|#]*)(#[^[\]\n|]*)?(?:\|([^[\]\n]*))?\]\]/g;

/**
 * An Obsidian wiki-link as Markdown, when it has an exact form: a link to the note's file beside the post
 * (`[[Note|text]]` → `[text](<Note.md>)`; a path from elsewhere in the vault is content:check's to name), to a
 * heading of it or of this note (`[[Note#Setup]]`, `[[#Setup]]`, by the id the heading gets here), or an
 * image (`![[photo.png|alt]]`; a width such as `|300` is left to the site). A link to a block of this note
 * (`[[#^id|text]]`) is its text: blocks have no address here. A note embedded in the page has none.
 */
function wikiReplacement(embed: boolean, target: string, heading: string | undefined, text: string | undefined): string | undefined {
  const name = target.trim();
  if (/[<>]/.test(name)) return undefined;
  if (embed) return heading !== undefined || name === '' ? undefined : IMAGE_FILE.test(name) ? `![${escapeText(text !== undefined && !/^\d+(?:x\d+)?$/.test(text.trim()) ? text.trim() : '')}](<${name}>)` : undefined;
  const block = heading?.startsWith('#^') === true;
  const title = heading === undefined || block ? '' : heading.slice(1).trim();
  const anchor = title ? `#${headingId(title, new GithubSlugger())}` : '';
  if (name === '') return block ? (text?.trim() ? escapeText(text.trim()) : undefined) : anchor ? `[${escapeText((text ?? title).trim())}](${anchor})` : undefined;
  const file = /\.[a-z\d]+$/i.test(name) ? name : `${name}.md`;
  return `[${escapeText((text ?? name).trim())}](<${file}${anchor}>)`;
}

// MathJax's and KaTeX auto-render's delimiters, which Hugo's and Jekyll's themes turn on: `\(x\)` and `\[x\]`
// on one line, or with the backslashes doubled (`\\(x\\)`), as Markdown that escapes them writes them.
// Bounded, so a line of openings that never close is read in linear time.
const TEX_INLINE = /(\\{1,2})(?:\((.{1,500}?)\1\)|\[(.{1,500}?)\1\])/g;
const TEX_DISPLAY_OPEN = /^\s*(\\{1,2})\[\s*$/;
const TEX_DISPLAY_CLOSE = /^\s*\\{1,2}\]\s*$/;
// What makes the text between them TeX, not a bracket or a parenthesis escaped in prose (`\[1\]`).
const TEX_MARK = /\\[a-zA-Z]{2,}|[\^_=]/;
const DOLLAR_NOTE = 'is read with the lines up to its closing `$$` as one formula, as Obsidian, kramdown and MathJax read it';
const MATH_NOTE = 'is read as math: the site typesets `$…$` and `$$…$$`, as MathJax did these delimiters';

// `$$` that shares its line with a formula over several lines (`$$a \\` … `b$$`), which Obsidian, kramdown and
// MathJax read whole. Markdown's math block needs `$$` alone on its lines: it takes the text after an opening
// `$$` for a label (left out) and runs to the end of the post when the closing one has text before it.
const DOLLAR_OPEN = /^([ \t]*(?:>[ \t]?)*)\$\$(?!\$)(.*)$/;
const DOLLAR_CLOSE = /^([ \t]*(?:>[ \t]?)*)(.*?)\$\$[ \t]*$/;
const quoteOnly = (line: string) => /^[\s>]*$/.test(line);
// TeX's `%` comments out the rest of its line: text joined after one would be lost.
const TEX_COMMENT = /(?:^|[^\\])%/;

/**
 * The block from line `index` to line `end` (its closing `$$`) with each `$$` alone on its line, in the same
 * lines: the formula's first text joins the next line, its last the line before (TeX reads a line break
 * as a space); a formula of two lines is one line, `$$…$$`, a paragraph of math. Undefined when the block
 * is already so, or a `%` would swallow what is joined to it.
 */
function dollarBlock(lines: readonly string[], index: number, end: number): Map<number, string> | undefined {
  const open = DOLLAR_OPEN.exec(lines[index] ?? '');
  const close = DOLLAR_CLOSE.exec(lines[end] ?? '');
  if (!open || !close || end <= index) return undefined;
  const [, prefix = '', first = ''] = open;
  const [, closePrefix = '', last = ''] = close;
  const head = first.trim();
  const tail = last.trim();
  if (head === '' && tail === '') return undefined;
  const changed = new Map<number, string>();
  if (end === index + 1) {
    if (TEX_COMMENT.test(head)) return undefined;
    changed.set(index, `${prefix}$$${[head, tail].filter(Boolean).join(' ')}$$`);
    changed.set(end, closePrefix.trimEnd());
    return changed;
  }
  const line = (at: number) => changed.get(at) ?? lines[at] ?? '';
  if (head) {
    if (TEX_COMMENT.test(head)) return undefined;
    const [, inner = '', text = ''] = /^([ \t]*(?:>[ \t]?)*)(.*)$/.exec(line(index + 1)) ?? [];
    changed.set(index + 1, `${inner}${head} ${text}`);
  }
  if (tail) {
    if (TEX_COMMENT.test(line(end - 1))) return undefined;
    changed.set(end - 1, `${line(end - 1)} ${tail}`);
  }
  changed.set(index, `${prefix}$$`);
  changed.set(end, `${closePrefix}$$`);
  return changed;
}

/** `\(x\)` as `$x$`, `\[x\]` as `$$x$$`, when what they hold is TeX. */
function texReplacement(inline: string, display: string): { to: string; note: string } | undefined {
  const tex = (inline || display).trim();
  // Quotes or tags: an escaped shortcode (WordPress' `\[caption id="…"\]`), not TeX.
  if (!TEX_MARK.test(tex) || /[$"<>]/.test(tex)) return undefined;
  return { to: inline ? `$${tex}$` : `$$${tex}$$`, note: MATH_NOTE };
}

// Liquid's `{% capture name %}` … `{% endcapture %}`, on lines of their own, and an HTML element's opening tag alone on its line.
const CAPTURE_OPEN = /^\s*\{%-?\s*capture\s+([\w-]{1,80})\s*-?%\}\s*$/;
const CAPTURE_CLOSE = /^\s*\{%-?\s*endcapture\s*-?%\}\s*$/;
const OPENING_TAG = /^\s*<([a-z][\w-]{0,30})((?:\s[^<>]{0,300})?)>\s*$/i;
const BLOCK_HOLDERS = new Set(['div', 'section', 'aside', 'article', 'figure', 'blockquote', 'details', 'header', 'footer', 'main', 'li', 'td', 'th', 'dd']);
// Markdown's own characters: text with none of them means the same in HTML.
const MARKDOWN_CHARACTER = /[*_`[\]!<>#\\|~]/;

/**
 * Minimal Mistakes' documented way to put Markdown in HTML: text captured, then shown through `markdownify`
 * (`<div class="notice">{{ notice-2 | markdownify }}</div>`; in a `<figure>`, `| remove: "<p>"` too). Nothing
 * here runs Liquid, so the capture's own lines are kept in place and made what showed them: the element it
 * filled, right after it, opens and closes around them with `markdown="1"` (a notice becomes its callout);
 * one captured line used further on (a figure's image or caption) moves there, its line left blank. The
 * lines to rewrite, by index; undefined when the capture is used otherwise (content:check names it).
 */
function capturedMarkdown(lines: readonly string[], at: number, name: string): { rewrite: Map<number, string>; use: number } | undefined {
  let end = at + 1;
  for (; end < Math.min(lines.length, at + 200) && !CAPTURE_CLOSE.test(lines[end] ?? ''); end++) {
    if (/^\s*(?:```|~~~)/.test(lines[end] ?? '') || CAPTURE_OPEN.test(lines[end] ?? '')) return undefined;
  }
  if (!CAPTURE_CLOSE.test(lines[end] ?? '')) return undefined;
  const output = `\\{\\{-?\\s*${name}\\s*\\|\\s*markdownify(?:\\s*\\|\\s*remove:\\s*"<\\/?p>"){0,2}\\s*-?\\}\\}`;
  const rewrite = new Map<number, string>();
  let use = end + 1;
  while (use < Math.min(lines.length, end + 4) && (lines[use] ?? '').trim() === '') use++;
  const oneLine = new RegExp(`^\\s*<([a-z][\\w-]{0,30})((?:\\s[^<>]{0,300})?)>\\s*${output}\\s*</\\1\\s*>\\s*$`, 'i').exec(lines[use] ?? '');
  const opener = OPENING_TAG.exec(lines[use] ?? '');
  const threeLines = opener && new RegExp(`^\\s*${output}\\s*$`).test(lines[use + 1] ?? '') && new RegExp(`^\\s*</${opener[1] ?? ''}\\s*>\\s*$`, 'i').test(lines[use + 2] ?? '');
  const element = oneLine ?? (threeLines ? opener : null);
  // An element that holds blocks: `markdownify` wraps its text in a paragraph.
  if (element && BLOCK_HOLDERS.has((element[1] ?? '').toLowerCase()) && !/\bmarkdown\s*=/i.test(element[2] ?? '')) {
    rewrite.set(at, `<${element[1] ?? ''}${element[2] ?? ''} markdown="1">`);
    rewrite.set(end, `</${element[1] ?? ''}>`);
    for (let blank = use; blank <= (oneLine ? use : use + 2); blank++) rewrite.set(blank, '');
    return { rewrite, use: oneLine ? use : use + 1 };
  }
  // One line, used once further on: on a line of its own under an opening tag (read as Markdown there), or
  // inside other HTML when it is plain text.
  const captured = lines.slice(at + 1, end).filter((line) => line.trim() !== '');
  const text = captured[0]?.trim() ?? '';
  if (captured.length !== 1) return undefined;
  for (let line = end + 1; line < Math.min(lines.length, end + 30); line++) {
    const shown = new RegExp(output).exec(lines[line] ?? '');
    if (!shown) continue;
    const above = OPENING_TAG.exec(lines[line - 1] ?? '');
    if ((lines[line] ?? '').trim() === shown[0] && above && !/\bmarkdown\s*=/i.test(above[2] ?? '')) {
      rewrite.set(line - 1, `<${above[1] ?? ''}${above[2] ?? ''} markdown="1">`);
    } else if (MARKDOWN_CHARACTER.test(text)) {
      return undefined;
    }
    rewrite.set(line, (lines[line] ?? '').replace(shown[0], () => text));
    for (let blank = at; blank <= end; blank++) rewrite.set(blank, '');
    return { rewrite, use: line };
  }
  return undefined;
}

const LIQUID_COMMENT_OPEN = /^\s*\{%-?\s*comment\s*-?%\}\s*$/;
const LIQUID_COMMENT_CLOSE = /^\s*\{%-?\s*endcomment\s*-?%\}\s*$/;
const LIQUID_COMMENT = /\{%-?\s*comment\s*-?%\}.{0,2000}?\{%-?\s*endcomment\s*-?%\}/g;
// Hugo's own comment (since 0.137), on one line: `{{% comment %}} rewrite this {{% /comment %}}`.
const HUGO_COMMENT = /\{\{[<%]\s*comment\s*[>%]\}\}.{0,2000}?\{\{[<%]\s*\/comment\s*[>%]\}\}/g;
// Comments over lines of their own, hidden there, so hidden here (what they hold is never read, Liquid in it included).
const COMMENT_BLOCKS: readonly { open: RegExp; close: RegExp; end: string; what: string }[] = [
  { open: LIQUID_COMMENT_OPEN, close: LIQUID_COMMENT_CLOSE, end: '{% endcomment %}', what: 'a Liquid comment' },
  { open: /^\s*\{\{[<%]\s*comment\s*[>%]\}\}\s*$/, close: /^\s*\{\{[<%]\s*\/comment\s*[>%]\}\}\s*$/, end: '{{% /comment %}}', what: 'a Hugo comment' },
];
// DEV's tags with an end on the same line: `{% katex inline %}x{% endkatex %}`, `{% cta URL %}Text{% endcta %}`.
const DEV_PAIR = /\{%-?\s*(katex|cta)\b((?:[^%]|%(?!\})){0,500}?)-?%\}(.{1,500}?)\{%-?\s*end\1\s*-?%\}/g;
// tabi's (a Zola theme's) callout on a line of its own: `{{ admonition(type="tip", title="…", text="…") }}`,
// its text Markdown that may hold parentheses (a link) inside its quotes.
const ZOLA_ADMONITION = /^\s*\{\{-?\s*admonition\(((?:[^"'()\n]|"(?:[^"\\\n]|\\.){0,3000}"|'(?:[^'\\\n]|\\.){0,3000}'){0,3000})\)\s*-?\}\}\s*$/;

/** A Zola call's named arguments (`key="value"`, quotes in it escaped; commas optional, as Tera reads them). */
const zolaArguments = (args: string): Record<string, string> => shortcodeArguments(args, { escapes: true }).named;

/** tabi's one-line admonition as a callout on one line (lib/markdown/alerts.ts ends its title at the `<br>`). */
function zolaAdmonition(line: string): string | undefined {
  const call = ZOLA_ADMONITION.exec(line);
  if (!call) return undefined;
  const named = zolaArguments(call[1] ?? '');
  const kind = Object.hasOwn(ALERT_KINDS, named.type ?? 'note') ? ALERT_KINDS[named.type ?? 'note'] : undefined;
  const text = (named.text ?? '').trim();
  if (!kind || text === '' || /<br\s*\/?>|\n/i.test(text + (named.title ?? '')) || Object.keys(named).some((key) => !['type', 'title', 'text', 'icon'].includes(key))) return undefined;
  const title = (named.title ?? '').trim();
  return `> [!${kind.toUpperCase()}]${title ? ` ${title}` : ''}<br>${text}`;
}

// tabi's shortcodes around images and notes, whose quoted arguments may hold parentheses.
const TABI_CALL = /\{\{-?\s*(dual_theme_image|invertible_image|dimmable_image|full_width_image|image_hover|image_toggler|add_src_to_code_block|aside)\(((?:[^"'()\n{}]|"(?:[^"\\\n]|\\.){0,3000}"|'(?:[^'\\\n]|\\.){0,3000}'){0,3000})\)\s*-?\}\}/g;

/**
 * tabi's shortcodes (a Zola theme) in Markdown: its images are images (a pair for light and dark shown in
 * each scheme, as Chirpy's pairs are; one that changed under the pointer or on a click shown beside its
 * other), its source of a code block a link, its aside (a margin note) a footnote.
 */
function tabiCall(name: string, args: string): { to: string; note: string } | undefined {
  const named = zolaArguments(args);
  const image = (src: string | undefined, alt: string | undefined, scheme = '') => (src && !/[\s()<>]/.test(src) ? `![${escapeText(alt ?? '')}](${src}${scheme ? `#${THEMED_IMAGE_MARK}${scheme}` : ''})` : undefined);
  const both = (first: string | undefined, second: string | undefined) => (first && second ? `${first} ${second}` : undefined);
  const shown = ((): [string | undefined, string] => {
    switch (name) {
      case 'dual_theme_image':
        return [both(image(named.light_src, named.alt, 'light'), image(named.dark_src, named.alt, 'dark')), 'is the light picture in light mode and the dark one in dark mode, as tabi showed them'];
      case 'invertible_image':
      case 'dimmable_image':
        return [image(named.src, named.alt), `is the image: tabi ${name === 'invertible_image' ? 'inverted' : 'dimmed'} it in dark mode, and here it shows as it is`];
      case 'full_width_image':
        return [image(named.src, named.alt), 'is the image, as wide as the text: the site widens no image past it'];
      case 'image_hover':
        return [both(image(named.default_src, named.default_alt), image(named.hovered_src, named.hovered_alt)), 'is both images, one after the other: the site swaps no image under the pointer'];
      case 'image_toggler':
        return [both(image(named.default_src, named.default_alt), image(named.toggled_src, named.toggled_alt)), 'is both images, one after the other: the site swaps no image on a click'];
      case 'add_src_to_code_block':
        return [named.src && /^https?:\/\/[^\s<>]+$/.test(named.src) ? `Source: <${named.src}>` : undefined, 'is a line linking the code’s source: the site adds no link to a code block'];
      case 'aside':
        return [named.text && !/[[\]]/.test(named.text) ? `^[${named.text}]` : undefined, 'is a footnote: tabi showed it in the margin'];
      default:
        return [undefined, ''];
    }
  })();
  return shown[0] === undefined ? undefined : { to: shown[0], note: shown[1] };
}

// tabi's block shortcodes that only arranged their content, on lines of their own up to `{% end %}`.
const TABI_BLOCK = /^\s*\{%-?\s*(wide_container|references|force_text_direction)\(\s*(?:direction\s*=\s*["'](rtl|ltr)["']\s*)?\)\s*-?%\}\s*$/;
const ZOLA_BLOCK_ANY = /^\s*\{%-?\s*[A-Za-z_]\w*\([^()\n]{0,300}\)\s*-?%\}\s*$/;
const ZOLA_END = /^\s*\{%-?\s*end\s*-?%\}\s*$/;

/**
 * tabi's `{% wide_container() %}`, `{% references() %}` and `{% force_text_direction(direction="rtl") %}`
 * around Markdown, up to their `{% end %}`: the first two only laid it out (their tags go), the last
 * becomes an element of that direction with the Markdown in it. The lines to rewrite; undefined without an end.
 */
function tabiBlock(lines: readonly string[], at: number): { rewrite: Map<number, string>; note: string } | undefined {
  const open = TABI_BLOCK.exec(lines[at] ?? '');
  if (!open) return undefined;
  for (let end = at + 1; end < Math.min(lines.length, at + 500); end++) {
    const line = lines[end] ?? '';
    if (ZOLA_BLOCK_ANY.test(line) || /^\s*(?:```|~~~)/.test(line)) return undefined;
    if (!ZOLA_END.test(line)) continue;
    const direction = open[1] === 'force_text_direction' ? (open[2] ?? 'rtl') : undefined;
    const rewrite = new Map([[at, direction ? `<div dir="${direction}" markdown="1">` : ''], [end, direction ? '</div>' : '']]);
    const note = direction ? `is a block written ${direction === 'rtl' ? 'right to left' : 'left to right'}, as tabi showed it` : open[1] === 'wide_container' ? 'is left out with its end: its content is shown at the text’s width' : 'is left out with its end: its content (the references) is shown as written';
    return { rewrite, note };
  }
  return undefined;
}

// Zola themes' `{% katex(block=true) %}x{% end %}` on one line (a theme's shortcode; `block=false`, inline).
const ZOLA_KATEX = /\{%-?\s*katex\(\s*(?:block\s*=\s*(true|false)\s*)?\)\s*-?%\}(.{1,500}?)\{%-?\s*end\s*-?%\}/g;
// DEV's `{% katex %}` … `{% endkatex %}` alone on their lines: a math block.
const DEV_MATH_OPEN = /^(\s*)\{%-?\s*katex\s*-?%\}\s*$/;
const DEV_MATH_CLOSE = /^\s*\{%-?\s*endkatex\s*-?%\}\s*$/;
const DEV_MATH_NOTE = 'is read as math: the site typesets `$…$` and `$$…$$`, as DEV did this tag';
// A file's address with a space in it (`![A photo](my photo.png)`, `[notes](My Notes.md)`), as Typora and
// Obsidian write one: Markdown ends an address at a space, so it read neither. In `<…>` it reads it whole.
const SPACED_ADDRESS = /(!?\[[^\]\n]{0,1000}\]\()([^()<>"'\n]{1,2000})\)/g;
// A file's name at its end (`.png`, `.md#part`); tested apart from its space, so each test is linear.
const FILE_END = /\.[a-z\d]{1,5}(?:#[^\s()<>]{0,200})?$/i;
const spacedFile = (address: string) => /^\S/.test(address) && /\s/.test(address) && FILE_END.test(address);
/** A table's separator line (kramdown's tables, lib/markdown/kramdown-tables.ts). */
const TABLE_HINT = /^ {0,3}\|[ \t]*[-:+]/m;
const SPACED_HINT = /\]\([^)\n"'\s]{0,2000}\s[^)\n"']{0,2000}\)/;
// An image's parts up to its `)`: the opening to its address, and its optional title.
const IMAGE_OPEN = String.raw`!\[[^\]\n]{0,1000}\]\(\s*`;
const IMAGE_TITLE = String.raw`(?:\s+"[^"\n]{0,500}")?`;
// An image up to its address and title (what two engines' extras below follow, before its `)`).
const IMAGE_HEAD = String.raw`(${IMAGE_OPEN}[^\s()]{1,2000}${IMAGE_TITLE})`;
// An image's size after its address (`![a](x.png =250x)`, `=250x100`), as VS Code's preview and markdown-it-imsize write it.
const IMAGE_SIZE = new RegExp(String.raw`${IMAGE_HEAD}\s+=\d{0,5}x\d{0,5}\s*\)`, 'g');
// A gist embedded with its script (`<script src="https://gist.github.com/user/id.js"></script>`), as GitHub's
// embed button writes it: no script runs here, so it is a link to the gist.
const GIST_SCRIPT = /<script\s+src=["'](https:\/\/gist\.github\.com\/(?:[\w-]{1,100}\/)?[\da-f]{1,64})\.js(?:\?file=[\w.-]{1,200})?["']\s*>\s*<\/script>/gi;
// Chirpy's image for one colour scheme, `![a](x.png){: .dark }` (or `.light`, among other classes): the mark
// goes on the address (THEMED_IMAGE_MARK), which the images step turns into the class that hides it in the other.
const THEMED_IMAGE = new RegExp(String.raw`(${IMAGE_OPEN})([^\s()#]{1,2000})(${IMAGE_TITLE}\s*\))\{:([^{}\n]{0,500})\}`, 'g');
// Pandoc's and MkDocs' (attr_list) attributes right after an image or a link, as a heading's are read (a bare word,
// which neither writes alone, is left as text: `f(x){y}` in math): `![a](x.png){ width="300" }`,
// `[Subscribe](#){ .md-button }`, `[a](x){target="_blank"}`.
const INLINE_ATTRIBUTES = String.raw`[ \t]*(${ATTRIBUTES})[ \t]*`;
const ATTRIBUTE_LIST = new RegExp(String.raw`(?<=\))\{${INLINE_ATTRIBUTES}\}`, 'g');
const ATTRIBUTE_LIST_NOTE = 'is left out: the classes, size, alignment or target Pandoc, MkDocs (attr_list) and Nuxt Content give an image or a link are the old theme’s; here an image fits the column and a link opens in place';
// Pandoc's bracketed span, `[text]{.mark}`: its text (marked for `.mark`), not a link.
const BRACKETED_SPAN = new RegExp(String.raw`(?<![!\]\\])\[([^[\]\n]{1,500})\]\{${INLINE_ATTRIBUTES}\}`, 'g');
const SPAN_NOTE = 'is its text: a Pandoc span’s classes are the old theme’s (`.mark` is marked)';
// Hashnode's embed, `%[URL]`.
const HASHNODE_EMBED = /%\[(https?:\/\/[^\s\]]{1,2000})\]/g;
// Hashnode's image with its alignment inside the parentheses (`![a](URL align="center")`), which Markdown
// would not read as an image.
const HASHNODE_ALIGN = new RegExp(String.raw`${IMAGE_HEAD}\s+align=(["']?)(?:left|center|right)\2\s*\)`, 'g');

function devPair(tag: string, args: string, inner: string): { to: string; note: string } | undefined {
  if (tag === 'katex') {
    const tex = inner.trim();
    if (tex === '' || tex.includes('$')) return undefined;
    return { to: args.trim() === 'inline' ? `$${tex}$` : `$$${tex}$$`, note: DEV_MATH_NOTE };
  }
  const url = webAddress(args.trim());
  return url && inner.trim() ? { to: `[${escapeText(inner.trim())}](${destination(url)})`, note: 'is a link: DEV drew it as a button' } : undefined;
}

/** Whether a line's text up to here has opened a `$…$` it has not closed (an odd count of unescaped `$`). */
const inInlineMath = (before: string) => (before.match(/(?<!\\)\$/g)?.length ?? 0) % 2 === 1;

// Pandoc's (and Obsidian's) inline footnote, `text^[the note]`: a note may hold one level of brackets (a link).
const INLINE_NOTE = /\^\[((?:[^[\]\n]|\[[^[\]\n]{0,300}\]){1,1000})\]/g;

/** Each inline footnote as a GFM footnote (`[^inline-1]`), its text kept in `notes`; not inside `$…$`. */
function inlineFootnotes(text: string, notes: string[], found: Found): string {
  if (!text.includes('^[')) return text;
  return replaceOutsideCode(
    text,
    INLINE_NOTE,
    (match) => {
      if (inInlineMath(text.slice(0, match.index))) return undefined;
      notes.push((match[1] ?? '').trim());
      return { to: `[^inline-${notes.length}]`, note: 'is a footnote, as Pandoc and Obsidian read an inline one: its text is among the post’s notes' };
    },
    found,
  );
}

// Pandoc's, markdown-it's, MkDocs' (tilde, caret) and VuePress Hope's `H~2~O` and `19^th^`: within a word (after
// a letter, a digit or a bracket), letters, digits and signs inside (not TeX's `a~\cdot~b`). A `~word~` between
// spaces stays GitHub's strikethrough.
const SUBSCRIPT = /(?<=[\p{L}\p{N})\]])~([\p{L}\p{N}+\-−]{1,40})~(?!~)/gu;
const SUPERSCRIPT = /(?<=[\p{L}\p{N})\]])\^([\p{L}\p{N}+\-−]{1,40})\^(?!\^)/gu;
const SUPSUB_HINT = /[\p{L}\p{N})\]][~^][\p{L}\p{N}+\-−]{1,40}[~^]/u;
const SCRIPT_NOTE = 'is read as Pandoc, markdown-it and VuePress read it: `H~2~O` a subscript, `19^th^` a superscript (GitHub would strike `~2~` through)';
// VitePress' own `<Badge type="tip" text="v1.0" />` and `<Badge type="warning">beta</Badge>`.
const VITEPRESS_BADGE = /<Badge\b((?:\s+[\w:-]+(?:=(?:"[^"\n]*"|'[^'\n]*'))?){0,10})\s*(?:\/>|>([^<>\n]{0,200})<\/Badge\s*>)/g;
// Somewhere in a post, an MDC inline component (`:badge[New]`, `:kbd{value="K"}`): the post is read line by line.
const MDC_INLINE_HINT = /(?<![\w:\\/]):[A-Za-z][\w-]{0,60}[[{]/;
// MDC's attributes on emphasis and code (`**bold**{.red}`, `` `code`{lang="ts"} ``): the old theme's look.
// (Not after `_`: `$x_{i=1}$` is math.)
// The look back runs only at a `{`, so a long line costs what its braces do.
const MDC_EMPHASIS_ATTRIBUTES = new RegExp(String.raw`\{(?<=(?:\*\*[^*\s][^*\n]{0,500}\*\*|\*[^*\s][^*\n]{0,500}\*|~~[^~\n]{1,500}~~)\{)${INLINE_ATTRIBUTES}\}`, 'g');
const MDC_CODE_ATTRIBUTES = new RegExp(String.raw`(\`[^\`\n]+\`)\{${INLINE_ATTRIBUTES}\}`, 'g');
const MDC_ATTRIBUTES_NOTE = 'is left out: the classes or language Nuxt Content (MDC) gives a piece of text are the old theme’s look';

/**
 * Nuxt Content's inline components, as the prose components draw them: a badge's text, a key as `<kbd>`,
 * an icon of a set the site has (Iconify's name), a video's or a post's player as a link to it. Another
 * component with a label shows its label (a note says what went); one without is left for content:check.
 */
function mdcInline(name: string, label: string | undefined, attributeText: string): { to: string; note: string } | undefined {
  const attributes = mdcAttributes(attributeText);
  const lower = name.toLowerCase().replace(/^(?:prose-|u-)/, '');
  const text = (label ?? attributes.label ?? attributes.value ?? attributes.text ?? '').trim();
  if (lower === 'kbd' && text !== '') return { to: `<kbd>${escapeHtml(text)}</kbd>`, note: 'is the key shown as a key (`<kbd>`), as Nuxt UI shows it' };
  if (lower === 'badge' && text !== '') return { to: escapeText(text), note: 'is its text: the site has no badge look' };
  if (lower === 'icon') {
    const icon = iconifyShortcode(attributes.name ?? label ?? '');
    return icon ? { to: icon, note: 'is the same icon, drawn in the text' } : undefined;
  }
  const embed = embedReplacement(lower, attributeText);
  if (embed) return embed;
  if (text !== '' && label !== undefined) return { to: escapeText(text), note: `is its text: \`:${name}\` was the old site's own component, which the site does not have` };
  return undefined;
}

/** Jekyll's, Hexo's, Obsidian's and Hugo's inline constructs in a piece of a line, where they have an exact replacement. */
function convertInline(text: string, found: Found, options: BodyOptions = {}, { inMath = false } = {}): string {
  let rewritten = replaceOutsideCode(text, LIQUID_COMMENT, () => ({ to: '', note: 'is left out: a Liquid comment, not shown' }), found);
  rewritten = replaceOutsideCode(rewritten, HUGO_COMMENT, () => ({ to: '', note: 'is left out: a Hugo comment, not shown' }), found);
  rewritten = replaceOutsideCode(rewritten, DEV_PAIR, (match) => devPair(match[1] ?? '', match[2] ?? '', match[3] ?? ''), found);
  rewritten = replaceOutsideCode(
    rewritten,
    ZOLA_KATEX,
    (match) => {
      const tex = (match[2] ?? '').trim();
      if (tex === '' || tex.includes('$')) return undefined;
      return { to: match[1] === 'true' ? `$$${tex}$$` : `$${tex}$`, note: 'is read as math: the site typesets `$…$` and `$$…$$`, as the theme’s shortcode did' };
    },
    found,
  );
  rewritten = replaceOutsideCode(
    rewritten,
    LIQUID_TAG,
    (match) => {
      const tag = match[1] ?? '';
      if (/^(end)?(highlight|raw)$/.test(tag)) return undefined;
      const to = liquidReplacement(tag, match[2] ?? '') ?? (tag === 'include' ? galleryMarkdown(match[2] ?? '', options.galleries) : undefined);
      // The one include that goes (Minimal Mistakes' `{% include toc %}`): said why.
      return to === '' && tag === 'include' ? { to, note: TOC_NOTE } : (to ?? hexoPageTag(tag, match[2] ?? '') ?? embedReplacement(tag, match[2] ?? '') ?? devReplacement(tag, match[2] ?? ''));
    },
    found,
    (match) => postLink(match[1] ?? '', match[2] ?? ''),
  );
  rewritten = replaceOutsideCode(rewritten, LIQUID_OUTPUT, (match) => liquidOutputReplacement(match[1] ?? '') ?? shownAsText(liquidValue(match[1] ?? '', options.fields)), found);
  rewritten = replaceOutsideCode(rewritten, BARE_OUTPUT, (match) => filledIn(bareValue(match[1] ?? '', options.fields)), found);
  rewritten = replaceOutsideCode(rewritten, FRONTMATTER_VALUE, (match) => shownAsText(match[1] === undefined ? hugoParamValue(match[2] ?? match[3] ?? match[4] ?? '', options.fields) : frontmatterValue(match[1], options.fields)), found);
  // Obsidian's `%%comment%%` on one line, hidden; its, MkDocs' and Hexo's `==highlight==`, marked.
  rewritten = replaceOutsideCode(rewritten, OBSIDIAN_COMMENT, () => ({ to: '', note: 'is left out: an Obsidian comment, not shown' }), found);
  rewritten = replaceOutsideCode(rewritten, HIGHLIGHT, (match) => `<mark>${match[1] ?? ''}</mark>`, found);
  rewritten = replaceOutsideCode(rewritten, WIKI_LINK, (match) => wikiReplacement(match[1] === '!', match[2] ?? '', match[3], match[4]), found);
  rewritten = replaceOutsideCode(
    rewritten,
    THEMED_IMAGE,
    (match) => {
      const scheme = /(?:^|\s)\.(light|dark)(?=\s|$)/.exec(match[4] ?? '')?.[1];
      if (!scheme) return undefined;
      return { to: `${match[1] ?? ''}${match[2] ?? ''}#${THEMED_IMAGE_MARK}${scheme}${match[3] ?? ''}`, note: `is shown in ${scheme} mode only, as Chirpy shows it: its pair shows in the other` };
    },
    found,
  );
  rewritten = replaceOutsideCode(rewritten, VITEPRESS_BADGE, (match) => {
    const text = (match[2] ?? mdcAttributes(match[1] ?? '').text ?? '').trim();
    return text === '' ? undefined : { to: escapeText(text), note: 'is its text: the site has no badge look' };
  }, found);
  rewritten = replaceOutsideCode(rewritten, MDC_INLINE, (match) => mdcInline((match[1] ?? '').slice(1), match[2], match[3] ?? match[4] ?? ''), found);
  rewritten = replaceOutsideCode(rewritten, MDC_EMPHASIS_ATTRIBUTES, () => ({ to: '', note: MDC_ATTRIBUTES_NOTE }), found);
  rewritten = rewritten.replace(MDC_CODE_ATTRIBUTES, (whole: string, code: string) => {
    found(whole.slice(code.length), '', undefined, MDC_ATTRIBUTES_NOTE);
    return code;
  });
  rewritten = replaceOutsideCode(rewritten, KRAMDOWN_IAL, () => ({ to: '', note: ATTRIBUTES_NOTE }), found);
  rewritten = replaceOutsideCode(rewritten, ATTRIBUTE_LIST, () => ({ to: '', note: ATTRIBUTE_LIST_NOTE }), found);
  rewritten = replaceOutsideCode(rewritten, BRACKETED_SPAN, (match) => ({ to: /(?:^|\s)\.mark(?=\s|$)/.test(match[2] ?? '') ? `<mark>${match[1] ?? ''}</mark>` : (match[1] ?? ''), note: SPAN_NOTE }), found);
  rewritten = replaceOutsideCode(rewritten, WP_CAPTION, (match) => wordpressCaption(match[1] ?? '', match[2] ?? ''), found);
  rewritten = replaceOutsideCode(
    rewritten,
    WP_EMBED,
    (match) => {
      const url = unescapeMarkdown(match[1] ?? match[2] ?? '');
      return { to: embedMarkdown(url), note: embedNote(url) };
    },
    found,
  );
  rewritten = replaceOutsideCode(
    rewritten,
    SPACED_ADDRESS,
    (match) => (spacedFile(match[2] ?? '') ? { to: `${match[1] ?? ''}<${match[2] ?? ''}>)`, note: 'is read with its address in `<…>`: Markdown ends an address at a space, where Typora and Obsidian read on' } : undefined),
    found,
  );
  rewritten = replaceOutsideCode(rewritten, IMAGE_SIZE, (match) => ({ to: `${match[1] ?? ''})`, note: 'is read as the image without its size: the site sizes its images itself' }), found);
  rewritten = replaceOutsideCode(rewritten, GIST_SCRIPT, (match) => ({ to: embedMarkdown(match[1] ?? ''), note: embedNote(match[1] ?? '') }), found);
  rewritten = replaceOutsideCode(rewritten, HASHNODE_ALIGN, (match) => ({ to: `${match[1] ?? ''})`, note: 'is read as the image without its `align` (Hashnode’s): the site lays out its images itself' }), found);
  rewritten = replaceOutsideCode(
    rewritten,
    HASHNODE_EMBED,
    (match) => ({ to: embedMarkdown(match[1] ?? ''), note: linkNote(match[1] ?? '') }),
    found,
  );
  rewritten = replaceOutsideCode(rewritten, TABI_CALL, (match) => tabiCall(match[1] ?? '', match[2] ?? ''), found);
  rewritten = replaceOutsideCode(rewritten, ZOLA_CALL, (match) => embedReplacement(match[1] ?? '', match[2] ?? ''), found);
  // Before the paired ones: a button's text may start with an icon.
  rewritten = replaceOutsideCode(rewritten, HUGO_ICON, (match) => blowfishIconShortcode(match[2] ?? match[3] ?? match[4] ?? ''), found);
  rewritten = replaceOutsideCode(
    rewritten,
    HUGO_NAMED_ICON,
    (match) => {
      const { named } = shortcodeArguments(match[2] ?? '');
      return named.name === undefined ? undefined : packIconShortcode(named.name, named.pack);
    },
    found,
  );
  rewritten = replaceOutsideCode(rewritten, HUGO_PAIRED, (match) => hugoPaired(match[2] ?? '', match[3] ?? '', match[4] ?? ''), found);
  // Last: what the rewrites above left of `\[…\]` is no shortcode.
  rewritten = replaceOutsideCode(rewritten, TEX_INLINE, (match) => texReplacement(match[2] ?? '', match[3] ?? ''), found);
  // After TeX's own delimiters are `$…$`, which the scripts' pass leaves alone.
  for (const [pattern, tag] of inMath ? [] : ([[SUBSCRIPT, 'sub'], [SUPERSCRIPT, 'sup']] as const)) {
    rewritten = replaceOutsideCode(
      rewritten,
      pattern,
      (match) => {
        const before = rewritten.slice(0, match.index);
        // Not in math (`$…$`), nor in a web address written out (`https://a.b/x~y~z`).
        if (inInlineMath(before) || /(?:^|\s)[<(]?\w+:\/\/\S*$/.test(before)) return undefined;
        return { to: `<${tag}>${match[1] ?? ''}</${tag}>`, note: SCRIPT_NOTE };
      },
      found,
    );
  }
  return replaceOutsideCode(
    rewritten,
    HUGO_INLINE,
    (match) => {
      if (!(match[1] === '<' ? match[0].endsWith('>}}') : match[0].endsWith('%}}'))) return undefined;
      // Blowfish's `{{< katex >}}` turns math on for its page: it always is here.
      if (match[2] === 'katex') return (match[3] ?? '').trim() === '' ? { to: '', note: 'is left out: math is always on here, `$…$` and `$$…$$` render without it' } : undefined;
      return hugoReplacement(match[2] ?? '', match[3] ?? '') ?? embedReplacement(match[2] ?? '', match[3] ?? '');
    },
    found,
    (match) => postLink(match[2] ?? '', match[3] ?? ''),
  );
}

export interface ConvertedBody {
  text: string;
  conversions: EngineConversion[];
  /**
   * `text` with what `{% raw %}` protects blanked (same lines, same lengths): where template syntax left
   * as written is still to report. What raw protects is shown as written, on purpose.
   */
  outsideRaw: string;
}

/**
 * Another engine's template syntax with an exact Markdown equivalent, rewritten before a `.md` body is
 * parsed, so a post from Jekyll or Hugo builds as written: Jekyll's `{% highlight %}` blocks, `{% raw %}`,
 * `{% post_url %}`, `{{ site.baseurl }}` and `{{ "/x" | relative_url }}`; Hugo's `{{< figure >}}` (on one
 * line or several),
 * `{{< ref >}}`, `{{< relref >}}` and `{{< highlight >}}` blocks. Line by line, so every line keeps its
 * number for content:check. Fenced and inline code are left alone. Anything else stays as written and
 * content:check stops the build on it (lib/check/shortcodes.ts, lib/check/lossy-markup.ts).
 */
export function convertEngineSyntax(body: string, options: BodyOptions = {}): ConvertedBody {
  if (options.liquid === false) return withoutLiquid(body, convertEngineSyntax);
  // Most posts have none of it.
  if (!['{%', '{{', ':::', '!!!', '???', '[[', '#!', '[caption', '[embed', '[youtube', '[vimeo', '{:', '{#', '{.', '%%', '==', '\\(', '\\[', '$$', '%[', 'align=', ' =', 'gist.github.com', '^[', '<aside>', '){', ']{', '::', '<Badge'].some((mark) => body.includes(mark)) && !MDC_INLINE_HINT.test(body) && !SUPSUB_HINT.test(body) && !SPACED_HINT.test(body) && !TABLE_HINT.test(body) && !KRAMDOWN_END.test(body) && !TOC_MARKER.test(body)) return { text: body, conversions: [], outsideRaw: body };
  const lines = body.split('\n');
  scanBudgets.set(lines, { left: SCAN_LINES_PER_LINE * lines.length });
  // Lines with text `{% raw %}` protects, that text blanked.
  const blanked = new Map<number, string>();
  const conversions: EngineConversion[] = [];
  let fence: string | undefined;
  let raw = false;
  // The last line of the math block read last: its closing `$$` opens nothing.
  let mathEnd = -1;
  // Pandoc's inline footnotes (`^[…]`) met so far: their definitions go after the body.
  const notes: string[] = [];
  // Where the last fenced code block opened and closed (Chirpy's `{: file="…"}` under it titles it).
  let fenceOpenedAt = -1;
  let fenceClosedAt = -1;
  // The labels Hextra's open `{{< tabs items="…" >}}` gives its unlabelled tabs, the next one first.
  let tabItems: string[] = [];
  // The end of the last MDC `::tabs` met: a `:::div{label="…"}` before it is one of its tabs.
  let mdcTabsEnd = -1;
  // Inside a `$$` block (its `$$` alone on their lines).
  let inDisplayMath = false;
  for (let index = 0; index < lines.length; index++) {
    let line = lines[index] ?? '';
    const found: Found = (from, to, post, note) => conversions.push({ line: index + 1, from, to, ...(post === undefined ? {} : { post }), ...(note === undefined ? {} : { note }) });
    if (fence !== undefined) {
      if (closesFence(unquote(line), fence)) {
        fence = undefined;
        fenceClosedAt = index;
      }
      // Jekyll and Hexo run Liquid before Markdown: in a code block too, `{% raw %}`'s markers go and what
      // they protect is shown as written (how a post shows `{{ page.title }}` as code).
      else if (line.includes('{%') || line.includes('/*')) {
        const split = rawPieces(line, line, raw, (from, to, note) => found(from, to, undefined, note), false);
        lines[index] = split.pieces.map((piece) => piece.text).join('');
        raw = split.raw;
      }
      continue;
    }
    const opening = FENCE.exec(unquote(line))?.[1];
    if (opening) {
      fence = opening;
      fenceOpenedAt = index;
      continue;
    }
    // Hugo's raw HTML shortcode over lines: its markers go, and what is between them is read as HTML.
    const rawHtmlEnd = raw ? -1 : rawHtmlBlockEnd(lines, index);
    if (rawHtmlEnd > 0) {
      conversions.push({ line: index + 1, from: line.trim(), to: '', note: RAW_HTML_NOTE });
      conversions.push({ line: rawHtmlEnd + 1, from: (lines[rawHtmlEnd] ?? '').trim(), to: '', note: 'ends what the shortcode printed' });
      const inner = lines.slice(index + 1, rawHtmlEnd);
      // Printed as it is, HTML was never Markdown: no blank line ends it and no indent makes it code. (Math's `$$` are read as written.)
      const math = /^\s*\{\{[<%]\s*math\b/i.test(line);
      const indent = Math.min(...inner.filter((text) => text.trim() !== '').map((text) => /^[ \t]*/.exec(text)?.[0].length ?? 0));
      if (!math) inner.forEach((text, at) => (lines[index + 1 + at] = text.trim() === '' ? '<!-- -->' : text.slice(Number.isFinite(indent) ? indent : 0)));
      lines[index] = '';
      lines[rawHtmlEnd] = '';
      continue;
    }
    line = line.replace(RAW_HTML_INLINE, (whole: string, _bracket: string, _name: string, inner: string) => {
      conversions.push({ line: index + 1, from: whole, to: inner, note: RAW_HTML_NOTE });
      return inner;
    });
    lines[index] = line;
    // A Liquid tag written over lines: read as one line, its first.
    const overLines = raw ? undefined : liquidTagOverLines(lines, index);
    if (overLines) {
      conversions.push({ line: index + 1, from: line.trim(), to: overLines.text.trim(), note: `is read with its next ${overLines.last - index === 1 ? 'line' : `${overLines.last - index} lines`} as one tag, as Liquid reads a tag over lines` });
      lines[index] = overLines.text;
      for (let at = index + 1; at <= overLines.last; at++) lines[at] = '';
      line = overLines.text;
    }
    // kramdown's table: as GFM's, its rows then read on like any line.
    const table = raw ? undefined : kramdownTableAt(lines, index);
    if (table) {
      conversions.push({ line: index + 1, from: line.trim(), to: (table.lines[index - table.start] ?? '').trim(), note: table.note });
      table.lines.forEach((text, at) => (lines[table.start + at] = text));
      line = lines[index] ?? '';
    }
    // Obsidian's comment over lines (`%%` opens it, and the next `%%` ends it): hidden there, so hidden here.
    const comment = raw ? -1 : commentOpening(line);
    if (comment >= 0) {
      const close = lineAfter(lines, index, (candidate) => commentOpening(candidate) >= 0, { skipCode: true });
      if (close > 0) {
        const last = lines[close] ?? '';
        const after = last.slice(commentOpening(last) + 2);
        conversions.push({ line: index + 1, from: line.slice(comment).trim(), to: '', note: 'and what follows up to the next `%%` are left out: an Obsidian comment, not shown' });
        lines[index] = line.slice(0, comment).trimEnd();
        for (let at = index + 1; at < close; at++) lines[at] = '';
        lines[close] = after.trim() === '' ? '' : after;
        if (lines[index]?.trim() !== '') {
          line = lines[index] ?? '';
        } else {
          index = after.trim() === '' ? close : close - 1;
          continue;
        }
      }
    }
    // Other engines' tabs: each tab's label in bold above its content, the frame around them left out. The
    // label stays a line of its own: on the blank line above when a blank line is above that too, else here,
    // ending in a line break when text follows at once.
    const tabOpen = raw ? null : TAB_OPEN.exec(line);
    const written = tabOpen && (tabOpen[4] === undefined || line.includes(tabOpen[4] === '<' ? '>}}' : '%}}')) ? (tabOpen[1] ?? tabOpen[2] ?? tabOpen[3] ?? tabOpen[5] ?? '').trim() : undefined;
    const tabName = written ?? (!raw && UNLABELLED_TAB.test(line) ? tabItems.shift() : undefined);
    if (tabName !== undefined) {
      const label = `**${escapeText(tabName)}**`;
      conversions.push({ line: index + 1, from: line.trim(), to: label, note: `is shown as the label ${shorten(label)} above its content: the site shows every tab, one after another` });
      const blank = (at: number) => at < 0 || (lines[at] ?? '').trim() === '';
      if (index > 0 && blank(index - 1) && blank(index - 2)) {
        lines[index - 1] = label;
        lines[index] = '';
      } else {
        const next = lines[index + 1];
        const text = next !== undefined && !/^\s*(?:$|[-*+]\s|\d{1,9}[.)]\s|#|>|`{3}|~{3}|<|\||\{[{%])/.test(next);
        lines[index] = text ? `${label}\\` : label;
      }
      continue;
    }
    const inlineTab = raw || tabItems.length === 0 ? null : INLINE_TAB.exec(line);
    if (inlineTab) {
      const name = tabItems.shift() ?? '';
      const content = (inlineTab[2] ?? '').trim();
      // Its content may open with the label already (the documentation's do); each tab a line of its own.
      const labelled = content.replace(/^[*_]+/, '').startsWith(name) ? content : `**${escapeText(name)}**<br>${content}`;
      const to = `${inlineTab[1] ?? ''}${labelled}${INLINE_TAB.test(lines[index + 1] ?? '') ? '\\' : ''}`;
      conversions.push({ line: index + 1, from: line.trim(), to: to.trim(), note: `is shown under its label ${shorten(`**${name}**`)}: the site shows every tab, one after another` });
      lines[index] = to;
      continue;
    }
    const block = raw ? undefined : tabiBlock(lines, index);
    if (block) {
      for (const [at, text] of block.rewrite) {
        const note = at === index ? block.note : `${text === '' ? 'is left out' : 'is its end'}: it closed ${shorten(line.trim())}`;
        conversions.push({ line: at + 1, from: (lines[at] ?? '').trim(), to: text, note });
        lines[at] = text;
      }
      line = lines[index] ?? '';
    }
    const admonition = raw ? undefined : zolaAdmonition(line);
    if (admonition !== undefined) {
      conversions.push({ line: index + 1, from: line.trim(), to: admonition, note: 'is a callout: tabi’s admonition, in Markdown' });
      lines[index] = admonition;
      line = admonition;
    }
    const capture = raw ? null : CAPTURE_OPEN.exec(line);
    const captured = capture ? capturedMarkdown(lines, index, capture[1] ?? '') : undefined;
    if (captured) {
      for (const [at, text] of captured.rewrite) lines[at] = text;
      const to = lines[index] ?? '';
      conversions.push({ line: index + 1, from: line.trim(), to, note: `is read as the Markdown that line ${captured.use + 1} showed through \`markdownify\`: nothing here runs Liquid, so it is shown ${to === '' ? 'there' : 'where it was captured'}` });
      line = to;
    }
    // A paired shortcode over a few lines is read as if on one (below, with the rest of the line's syntax).
    const pairedOpen = raw ? null : HUGO_PAIRED_OPEN.exec(line);
    if (pairedOpen) {
      const close = new RegExp(`^\\s*\\{\\{[<%]\\s*\\/\\s*${pairedOpen[1] ?? ''}\\s*[>%]\\}\\}\\s*$`);
      const end = lines.slice(index + 1, index + 7).findIndex((next) => close.test(next) || next.trim() === '');
      const closeAt = end > 0 ? index + 1 + end : -1;
      if (closeAt > 0 && close.test(lines[closeAt] ?? '')) {
        line = `${line.trim()}${lines.slice(index + 1, closeAt).map((inner) => inner.trim()).join(' ')}${(lines[closeAt] ?? '').trim()}`;
        lines[index] = line;
        for (let at = index + 1; at <= closeAt; at++) lines[at] = '';
      }
    }
    if (!raw && HUGO_LEAD.test(line)) {
      conversions.push({ line: index + 1, from: line.trim(), to: '', note: 'is left out: the paragraph it set larger (Blowfish’s lead) is a paragraph here' });
      lines[index] = '';
      continue;
    }
    if (!raw && TAB_FRAME.test(line)) {
      const items = TAB_ITEMS.exec(line)?.[1];
      if (items !== undefined) tabItems = items.split(',').map((item) => item.trim()).filter((item) => item !== '');
      else if (TABS_END.test(line)) tabItems = [];
      conversions.push({ line: index + 1, from: line.trim(), to: '', note: TAB_NOTE });
      lines[index] = '';
      continue;
    }
    // MkDocs' content tabs (`=== "pip"` and its indented body): each tab's label in bold above its content,
    // every tab shown one after another (the site has no tabs).
    const tab = raw ? null : CONTENT_TAB.exec(line);
    const tabEnd = tab ? indentedBodyEnd(lines, index, (tab[1] ?? '').length + 4) : undefined;
    if (tab && tabEnd !== undefined && tabEnd > index + 1) {
      const label = `${tab[1] ?? ''}**${escapeText(tab[2] ?? '')}**`;
      conversions.push({ line: index + 1, from: line.trim(), to: label.trim(), note: `is shown as the label ${shorten(label.trim())} above its content: the site shows every tab, one after another` });
      lines[index] = label;
      for (let at = index + 1; at < tabEnd; at++) lines[at] = (lines[at] ?? '').replace(/^(?: {4}|\t)/, '');
      continue;
    }
    // kramdown's `{::comment}` … `{:/comment}` (hidden there, so hidden here), and the markers of
    // `{::nomarkdown}` … `{:/nomarkdown}` (its HTML is read as HTML) and `{::options … /}`.
    const extension = raw ? null : KRAMDOWN_OPEN.exec(line);
    if (extension) {
      const name = extension[1] ?? '';
      const closer = new RegExp(`^\\s*\\{:/${name}\\}\\s*$`);
      const close = extension[2] ? index : lineAfter(lines, index, (candidate) => closer.test(candidate));
      if (close >= 0) {
        const hidden = name === 'comment';
        conversions.push({ line: index + 1, from: line.trim(), to: '', note: hidden ? 'and what follows up to `{:/comment}` are left out: a kramdown comment, not shown' : 'is left out: kramdown extension markers' });
        for (let at = index; at <= close; at++) if (hidden || at === index || at === close) lines[at] = '';
        if (!hidden && close !== index) conversions.push({ line: close + 1, from: `{:/${name}}`, to: '', note: 'is left out: kramdown extension markers' });
        index = close;
        continue;
      }
    }
    // Two lists (or a quote and a list) that kramdown kept apart stay apart: an HTML comment ends a block as `^`
    // did, and shows nothing.
    if (!raw && KRAMDOWN_END.test(line)) {
      conversions.push({ line: index + 1, from: '^', to: '<!-- -->', note: 'is kramdown’s end of a block: the list or quote before it ends there, and nothing is shown' });
      lines[index] = '<!-- -->';
      continue;
    }
    // Liquid's `{% comment %}` … `{% endcomment %}` and Hugo's `{{% comment %}}` … `{{% /comment %}}` on lines of
    // their own (COMMENT_BLOCKS). On one line, convertInline leaves them out.
    const commentBlock = raw ? undefined : COMMENT_BLOCKS.find((block) => block.open.test(line));
    if (commentBlock) {
      const close = lineAfter(lines, index, (candidate) => commentBlock.close.test(candidate));
      if (close > index) {
        conversions.push({ line: index + 1, from: line.trim(), to: '', note: `and what follows up to \`${commentBlock.end}\` are left out: ${commentBlock.what}, not shown` });
        for (let at = index; at <= close; at++) lines[at] = '';
        index = close;
        continue;
      }
    }
    // `* TOC` then `{:toc}`: kramdown puts the table of contents there; every post here has its own.
    if (!raw && KRAMDOWN_TOC.test(lines[index + 1] ?? '') && /^\s*(?:[*+-]|\d+\.)\s+\S/.test(line)) {
      conversions.push({ line: index + 1, from: `${line.trim()} {:toc}`, to: '', note: TOC_NOTE });
      lines[index] = '';
      lines[index + 1] = '';
      index += 1;
      continue;
    }
    if (!raw && TOC_MARKER.test(line) && !(/^\s*\[toc\]\s*$/i.test(line) && TOC_DEFINITION.test(body))) {
      conversions.push({ line: index + 1, from: line.trim(), to: '', note: TOC_NOTE });
      lines[index] = '';
      continue;
    }
    // A heading's attributes, after its text or (kramdown) on the line under it.
    if (!raw && HEADING_LINE.test(line)) {
      const after = HEADING_ATTRIBUTES.exec(line);
      const next = lines[index + 1] ?? '';
      const under = after ? null : HEADING_ATTRIBUTES.exec(next);
      const below = under && under[1] === ':' && KRAMDOWN_LINE.test(next) && under.index === /^\s*/.exec(next)?.[0].length ? under : null;
      const attributes = after ?? below;
      if (attributes) {
        const heading = (after ? line.slice(0, after.index) : line).trimEnd();
        const { line: to, note } = headingAttributes(heading, attributes[2] ?? '');
        if (to !== line.trimEnd() || note) conversions.push({ line: index + (below ? 2 : 1), from: (below ? next : attributes[0]).trim(), to: to.slice(heading.length).trim(), ...(note ? { note } : {}) });
        lines[index] = line = to;
        if (below) {
          lines[index + 1] = '';
          index += 1;
          continue;
        }
      }
    }
    // Minimal Mistakes' `{: .notice--warning}` under a paragraph: that paragraph as a callout, its marker on
    // the blank line above it. Without one, the class goes and the paragraph stays as written.
    const notice = raw ? null : NOTICE.exec(line);
    if (notice) {
      let start = index;
      while (start > 0 && (lines[start - 1] ?? '').trim() !== '') start--;
      const paragraph = lines.slice(start, index);
      const plain = paragraph.length > 0 && paragraph.every((text) => !/^\s*(?:>|#|[*+-]\s|\d+\.\s|```|~~~|<)/.test(text));
      // Chirpy's and al-folio's boxes are quotes already: the marker goes above them, their lines as they are.
      const quoted = paragraph.length > 0 && paragraph.every((text) => /^\s*>/.test(text));
      const box = notice[2] ?? notice[3];
      const kind = box === undefined ? (NOTICE_KINDS[notice[1] ?? ''] ?? 'note') : BOX_KINDS[box.toLowerCase()];
      if ((plain || quoted) && kind) {
        const quote = (text: string) => (quoted ? text : `> ${text}`);
        conversions.push({ line: index + 1, from: line.trim(), to: `> [!${kind}]`, note: `makes the paragraph above it the callout \`> [!${kind}]\`` });
        // On the blank line above it, unless there is none, or it ends an HTML block (which would run on into the
        // callout): then the paragraph moves down a line, onto the marker's own.
        let above = start - 2;
        while (above > 0 && (lines[above - 1] ?? '').trim() !== '') above--;
        if (start > 0 && !(above >= 0 && (lines[above] ?? '').trim() !== '' && /^\s*</.test(lines[above] ?? ''))) {
          lines[start - 1] = `> [!${kind}]`;
          for (let at = start; at < index; at++) lines[at] = quote(lines[at] ?? '');
          lines[index] = '';
        } else {
          paragraph.forEach((text, at) => (lines[start + 1 + at] = quote(text)));
          lines[start] = `> [!${kind}]`;
        }
        continue;
      }
    }
    // Chirpy's `{: file="path/to/file" }` under a code block: the block's title, as Chirpy shows it.
    const file = !raw && fenceClosedAt === index - 1 && fenceOpenedAt >= 0 ? CODE_FILE.exec(line) : null;
    const fenceLine = lines[fenceOpenedAt] ?? '';
    if (file && !/\btitle=/.test(fenceLine) && !(file[2] ?? '').includes('"')) {
      const title = `title="${file[2] ?? ''}"`;
      conversions.push({ line: index + 1, from: line.trim(), to: title, note: `is the code block's title, \`${title}\` on its fence, as Chirpy shows it` });
      lines[fenceOpenedAt] = `${fenceLine.trimEnd()}${/^\s*(?:>\s?)*(?:`{3,}|~{3,})\s*$/.test(fenceLine) ? 'text' : ''} ${title}`;
      lines[index] = '';
      continue;
    }
    // Any other attribute list on a line of its own: the old theme's classes and ids.
    if (!raw && KRAMDOWN_LINE.test(line)) {
      conversions.push({ line: index + 1, from: line.trim(), to: '', note: ATTRIBUTES_NOTE });
      lines[index] = '';
      continue;
    }
    const code = raw ? undefined : codeBlockAt(line);
    // Without its end the block is not converted, and content:check names it.
    const codeEnd = code ? lineAfter(lines, index, (candidate) => code.end.test(candidate)) : -1;
    if (code && codeEnd > 0) {
      const end = codeEnd;
      const marks = fenceAround(lines.slice(index + 1, end));
      const opener = `${marks}${code.info}`;
      // At the block's own indent, so a block inside a list item stays in it.
      const indent = /^\s*/.exec(line)?.[0] ?? '';
      found(line.trim(), opener);
      lines[index] = indent + opener;
      // Liquid runs before the highlighter: `{% raw %}`'s markers go here too, as in a fence (above).
      let inner = false;
      for (let at = index + 1; at < end; at++) {
        const text = lines[at] ?? '';
        if (!inner && !text.includes('{%')) continue;
        const split = rawPieces(text, text, inner, (from, to, note) => conversions.push({ line: at + 1, from, to, ...(note === undefined ? {} : { note }) }), false);
        lines[at] = split.pieces.map((piece) => piece.text).join('');
        inner = split.raw;
      }
      conversions.push({ line: end + 1, from: (lines[end] ?? '').trim(), to: marks });
      lines[end] = indent + marks;
      index = end;
      continue;
    }
    // Python-Markdown's CodeHilite (Pelican): an indented block opening with `:::python` (or `#!python`,
    // numbered) is code in that language; it becomes a fence, its end on the blank line after it.
    const hilite = raw || (index > 0 && (lines[index - 1] ?? '').trim() !== '') ? null : CODEHILITE.exec(line);
    if (hilite) {
      let last = index;
      for (let at = index + 1; at < lines.length && (INDENTED.test(lines[at] ?? '') || (lines[at] ?? '').trim() === ''); at++) if ((lines[at] ?? '').trim() !== '') last = at;
      const after = lines[last + 1];
      if (last > index && (after === undefined || after.trim() === '')) {
        const inner = lines.slice(index + 1, last + 1).map((text) => text.replace(INDENTED, ''));
        const marks = fenceAround(inner);
        const opener = `${marks}${hilite[2] ?? ''}${hilite[1] === '#!' ? ' showLineNumbers' : ''}`;
        found(line.trim(), opener);
        lines[index] = opener;
        inner.forEach((text, at) => (lines[index + 1 + at] = text));
        if (after === undefined) lines.push(marks);
        else lines[last + 1] = marks;
        index = last + 1;
        continue;
      }
    }
    // Nuxt Content's block components (lib/markdown/mdc.ts) and VitePress' `::: code-group`: their props and
    // slots' names go; a frame's lines go, its content stays; a tab's label stays above its content; a
    // callout is read as one below.
    const mdc = raw || !MDC_BLOCK.test(line) ? undefined : mdcBlockAt(lines, index, index < mdcTabsEnd);
    const mdcEmbed = mdc && !mdc.role && lines.slice(index + 1, mdc.end).every((text) => text.trim() === '') ? embedReplacement(mdc.name, Object.entries(mdc.attributes).map(([key, value]) => `${key}="${value}"`).join(' ')) : undefined;
    // (A Docusaurus or VitePress callout, `:::tip`, is read below as it always was.)
    const mdcOwn = mdc !== undefined && (/^\s*::(?!:)/.test(line) || mdc.role?.role !== 'callout');
    // VitePress' `::: v-pre` … `:::`: what it holds is shown as written, `{{ … }}` too, as `{% raw %}` shows it.
    if (mdc && /^v-pre$/i.test(mdc.name)) {
      conversions.push({ line: index + 1, from: line.trim(), to: '', note: 'is left out with its end: what it holds is shown as written, `{{ … }}` too' });
      conversions.push({ line: mdc.end + 1, from: (lines[mdc.end] ?? '').trim(), to: '', note: `ends ${shorten(line.trim())}` });
      lines[index] = '';
      lines[mdc.end] = '';
      for (let at = index + 1; at < mdc.end; at++) blanked.set(at, ' '.repeat((lines[at] ?? '').length));
      index = mdc.end;
      continue;
    }
    if (mdc && mdcOwn && (mdc.role || mdcEmbed)) {
      if (mdc.propsEnd !== undefined) {
        conversions.push({ line: index + 2, from: '---', to: '', note: 'and the lines up to the next `---` are read as the component’s props (MDC)' });
        for (let at = index + 1; at <= mdc.propsEnd; at++) lines[at] = '';
        const written = Object.entries(mdc.attributes).map(([key, value]) => `${key}="${value.replace(/"/g, '')}"`).join(' ');
        lines[index] = line = `${/^\s*/.exec(line)?.[0] ?? ''}${/:{2,}/.exec(line)?.[0] ?? '::'}${mdc.name}{${written}}`;
      }
      for (const at of linesOutsideCode(lines, index + 1, mdc.end)) {
        if (!MDC_SLOT.test(lines[at] ?? '')) continue;
        conversions.push({ line: at + 1, from: (lines[at] ?? '').trim(), to: '', note: 'is left out: a slot’s name (MDC); its text is shown in place' });
        lines[at] = '';
      }
      const role = mdc.role;
      if (mdcEmbed) {
        conversions.push({ line: index + 1, from: line.trim(), to: mdcEmbed.to, note: mdcEmbed.note });
        lines[index] = mdcEmbed.to;
        lines[mdc.end] = '';
        index = mdc.end;
        continue;
      }
      if (role?.role === 'frame' || role?.role === 'tab') {
        const label = role.role === 'tab' ? `**${escapeText(role.label)}**` : '';
        conversions.push({ line: index + 1, from: line.trim(), to: label, note: role.role === 'tab' ? `is shown as the label ${shorten(label)} above its content: the site shows every tab, one after another` : role.note });
        conversions.push({ line: mdc.end + 1, from: (lines[mdc.end] ?? '').trim(), to: '', note: `ends ${shorten(line.trim())}` });
        if (role.role === 'frame' && /tabs$/i.test(mdc.name)) {
          mdcTabsEnd = Math.max(mdcTabsEnd, mdc.end);
          // VuePress' `@tab label` lines (outside code): each tab's label above its content.
          for (const at of linesOutsideCode(lines, index + 1, mdc.end)) {
            const tab = VUEPRESS_TAB.exec(lines[at] ?? '');
            if (!tab?.[1]) continue;
            const tabLabel = `**${escapeText(tab[1])}**`;
            conversions.push({ line: at + 1, from: (lines[at] ?? '').trim(), to: tabLabel, note: `is shown as the label ${shorten(tabLabel)} above its content: the site shows every tab, one after another` });
            lines[at] = tabLabel;
          }
        }
        const next = lines[index + 1];
        const text = label !== '' && next !== undefined && !/^\s*(?:$|[-*+]\s|\d{1,9}[.)]\s|#|>|`{3}|~{3}|<|\||:{2,})/.test(next);
        lines[index] = text ? `${label}\\` : label;
        lines[mdc.end] = '';
        continue;
      }
    }
    // Docusaurus' and VitePress' `:::tip[Title]` … `:::`, MkDocs' `!!! tip "Title"` and its indented body:
    // a callout (lib/markdown/alerts.ts), the same lines quoted. Lines inside are read on after it.
    const callout = raw ? undefined : calloutAt(lines, index);
    if (callout) {
      const prefix = quotePrefix(line);
      // Obsidian's fold mark after the kind: the callout folds (lib/markdown/alerts.ts).
      const opener = `${prefix}> [!${callout.kind}]${callout.fold}${callout.title ? ` ${callout.title}` : ''}`;
      conversions.push({ line: index + 1, from: line.trim(), to: opener.trim() });
      lines[index] = opener;
      // Inside another quote (a callout in a callout), a line's own quote marks come off before it is quoted again.
      const depth = prefix.split('>').length - 1;
      for (let at = index + 1; at < callout.end; at++) {
        // Only the quote marks come off: the indentation after them is the line's own (code in the callout keeps it).
        const unquoted = (lines[at] ?? '').replace(new RegExp(`^(?:[ \\t]*>[ \\t]?){0,${depth}}`), '');
        const inner = unquoted.slice(Math.min(callout.indent, /^\s*/.exec(unquoted)?.[0].length ?? 0));
        lines[at] = `${prefix}>${inner.trim() === '' ? '' : ` ${inner}`}`;
      }
      if (callout.closer) {
        // A card's page (lib/markdown/mdc.ts) as the callout's last line, a link of its own.
        const link = callout.link ? `${prefix}> [${escapeText(callout.link)}](${callout.link})` : undefined;
        conversions.push({ line: callout.end + 1, from: (lines[callout.end] ?? '').trim(), to: link?.trim() ?? '', note: link ? `ends the card, which led to ${shorten(callout.link ?? '')}: a link to it on its last line` : 'ends the callout (a blank line in the Markdown read)' });
        lines[callout.end] = link ?? prefix.replace(/\s+$/, '');
      }
      continue;
    }
    // Any other Pandoc div (`::: {.column-margin}`, Quarto's `::: {.panel-tabset}`): its fences go, its text stays.
    const div = raw ? undefined : pandocDiv(line);
    const divClose = div ? divEnd(lines, index) : -1;
    if (div && divClose > 0) {
      const prefix = quotePrefix(line).replace(/\s+$/, '');
      const classes = div.classes.length > 0 ? ` (${div.classes.map((name) => `.${name}`).join(' ')})` : '';
      conversions.push({ line: index + 1, from: line.trim(), to: '', note: `is left out with its closing \`:::\`: a Pandoc div's classes${classes} were the old theme's look, and its text is shown as it is` });
      lines[index] = prefix;
      lines[divClose] = quotePrefix(lines[divClose] ?? '').replace(/\s+$/, '');
      continue;
    }
    // Hexo's `{% blockquote author, source %}` … `{% endblockquote %}` and Hugo themes' `{{< quote author="…" >}}`
    // … `{{< /quote >}}`: a Markdown quote, signed on the end's line.
    const hexoQuote = raw ? null : HEXO_QUOTE.exec(line);
    const pullquote = raw || hexoQuote ? null : HEXO_PULLQUOTE.exec(line);
    const hugoQuote = raw || hexoQuote || pullquote ? null : HUGO_QUOTE.exec(line);
    const quote = hexoQuote ?? pullquote ?? hugoQuote;
    const quoteEndLine = hexoQuote ? HEXO_QUOTE_END : pullquote ? HEXO_PULLQUOTE_END : HUGO_QUOTE_END;
    const quoteEnd = quote ? lineAfter(lines, index, (candidate) => quoteEndLine.test(candidate)) : -1;
    const signature = hexoQuote ? hexoQuoteFooter(hexoQuote[1] ?? '') : pullquote ? '' : hugoQuote ? hugoQuoteFooter(hugoQuote[1] ?? '') : undefined;
    // Text right after the end would join the quote (a lazy continuation): left to content:check.
    if (quote && quoteEnd > 0 && signature !== undefined && (lines[quoteEnd + 1] ?? '').trim() === '') {
      const indent = /^\s*/.exec(line)?.[0] ?? '';
      // The signature on a line of its own, as Hexo's footer is: a line break after a paragraph of the quote.
      const last = (lines[quoteEnd - 1] ?? '').trim();
      const breaks = quoteEnd - 1 > index && last !== '' && !/^(?:`{3,}|~{3,}|[-*+]\s|\d+[.)]\s|#|>|\|)/.test(last);
      found(line.trim(), '> …');
      lines[index] = '';
      for (let at = index + 1; at < quoteEnd; at++) lines[at] = `${indent}>${(lines[at] ?? '').trim() === '' ? '' : ` ${(lines[at] ?? '').slice(indent.length)}`}`;
      const closing = signature ? `${indent}> ${breaks ? '<br>' : ''}— ${signature}` : '';
      conversions.push({ line: quoteEnd + 1, from: (lines[quoteEnd] ?? '').trim(), to: closing.trim() });
      lines[quoteEnd] = closing;
      index = quoteEnd;
      continue;
    }
    // A figure over several lines becomes the image on its first line and blank lines after it (a block
    // either way), when nothing would be lost; otherwise content:check names it with its replacement.
    const figure = raw ? null : HUGO_FIGURE_OPEN.exec(line);
    if (figure) {
      const end = lineAfter(lines, index, (candidate) => HUGO_FIGURE_CLOSE.test(candidate) || candidate.includes('{{') || candidate.trim() === '');
      const close = end < 0 ? null : HUGO_FIGURE_CLOSE.exec(lines[end] ?? '');
      const to = close ? hugoReplacement('figure', [figure[2], ...lines.slice(index + 1, end), close[1]].join(' ')) : undefined;
      if (close && to !== undefined) {
        found([line, ...lines.slice(index + 1, end + 1)].map((part) => part.trim()).join(' '), to);
        lines[index] = (figure[1] ?? '') + to;
        for (let at = index + 1; at <= end; at++) lines[at] = '';
        index = end;
        continue;
      }
    }
    // A math block's `$$` sharing its line with the formula: each alone on its line (dollarBlock).
    const dollars = raw || index <= mathEnd ? null : DOLLAR_OPEN.exec(line);
    if (dollars && !(dollars[2] ?? '').includes('$$')) {
      const end = lineAfter(lines, index, (candidate) => quoteOnly(candidate) || DOLLAR_CLOSE.test(candidate));
      if (end > index && !quoteOnly(lines[end] ?? '')) {
        mathEnd = end;
        const changed = dollarBlock(lines, index, end);
        if (changed) {
          conversions.push({ line: index + 1, from: line.trim(), to: '$$', note: DOLLAR_NOTE });
          for (const [at, text] of changed) lines[at] = text;
          line = lines[index] ?? '';
        }
      }
    }
    const devMath = raw ? null : DEV_MATH_OPEN.exec(line);
    if (devMath) {
      const end = lineAfter(lines, index, (candidate) => DEV_MATH_CLOSE.test(candidate));
      if (end > index) {
        found(line.trim(), '$$', undefined, DEV_MATH_NOTE);
        conversions.push({ line: end + 1, from: (lines[end] ?? '').trim(), to: '$$' });
        lines[index] = `${devMath[1] ?? ''}$$`;
        lines[end] = `${devMath[1] ?? ''}$$`;
        index = end;
        continue;
      }
    }
    // MathJax's display delimiters alone on their lines (`\[` … `\]`, `\\[` in Markdown that escapes them): a math block.
    const display = raw ? null : TEX_DISPLAY_OPEN.exec(line);
    if (display) {
      const end = lineAfter(lines, index, (candidate) => TEX_DISPLAY_CLOSE.test(candidate) && candidate.trim() === `${display[1] ?? ''}]`);
      if (end > index) {
        found(line.trim(), '$$', undefined, MATH_NOTE);
        lines[index] = line.replace(/\\{1,2}\[/, '$$$$');
        lines[end] = (lines[end] ?? '').replace(/\\{1,2}\]/, '$$$$');
        index = end;
        continue;
      }
    }
    // Jekyll runs Liquid before Markdown: `{% raw %}{{ layout }}{% endraw %}` in inline code shows `{{ layout }}`.
    // Markers only in pairs within one span, so a span that names `{% raw %}` opens nothing.
    if (!raw && line.includes('`') && (line.includes('{%') || line.includes('/*'))) {
      line = line.replace(/`[^`\n]*`/g, (code) =>
        (RAW_PAIR.test(code) ? code.replace(RAW_MARKER, (tag) => (found(tag, ''), '')) : code).replace(ESCAPED_SHORTCODE, (whole: string, open: string, inner: string, close: string) => {
          const { shown, note } = unescapedShortcode(open, inner, close);
          found(whole, shown, undefined, note);
          return shown;
        }),
      );
      lines[index] = line;
    }
    // `{% raw %}` … `{% endraw %}`: the tags go, and what is between them is left as written.
    const split = rawPieces(line, outsideInlineCode(line), raw, (from, to, note) => found(from, to, undefined, note));
    const pieces = split.pieces;
    raw = split.raw;
    // A line of a `$$` block is TeX: its `~` a space, its `^` a power.
    const mathFence = /^\s*(?:>\s?)*\$\$\s*$/.test(line);
    if (mathFence) inDisplayMath = !inDisplayMath;
    const converted = pieces.map((piece) => (piece.raw ? piece.text : inlineFootnotes(convertInline(piece.text, found, options, { inMath: inDisplayMath && !mathFence }), notes, found)));
    lines[index] = converted.join('');
    if (pieces.some((piece) => piece.raw)) blanked.set(index, converted.map((text, at) => (pieces[at]?.raw ? ' '.repeat(text.length) : text)).join(''));
  }
  if (conversions.length === 0) return { text: body, conversions, outsideRaw: body };
  // After the body's own lines, so every line keeps its number.
  const definitions = notes.length > 0 ? ['', ...notes.map((note, index) => `[^inline-${index + 1}]: ${note}`)] : [];
  return { text: [...lines, ...definitions].join('\n'), conversions, outsideRaw: [...lines.map((line, index) => blanked.get(index) ?? line), ...definitions].join('\n') };
}
