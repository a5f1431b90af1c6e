/**
 * Another site's player or post (a YouTube video, a tweet, a gist), which the site does not embed: its
 * Content-Security-Policy loads nothing from elsewhere, so the reader gets a link to the page it shows,
 * worded for what is there. content:check notes each.
 */

/**
 * A Bilibili video's page from its id (`BV…`, `av…`, or an av id's bare number) and, for a video in several
 * parts, the part (`2`): undefined for any other id. Stack's shortcode and the share dialog's frame both name one.
 */
export function bilibiliVideo(id: string, part = ''): string | undefined {
  const shown = /^[2-9]$|^[1-9]\d{1,3}$/.test(part) ? `?p=${part}` : '';
  if (/^(?:BV\w+|av\d+)$/i.test(id)) return `https://www.bilibili.com/video/${id}${shown}`;
  return /^\d+$/.test(id) ? `https://www.bilibili.com/video/av${id}${shown}` : undefined;
}

/** The share dialog's frame: its BV id, else its av one, and its `page`. */
function bilibiliPage(params: URLSearchParams): string | undefined {
  const bvid = params.get('bvid') ?? '';
  const aid = params.get('aid') ?? '';
  const id = /^BV\w{1,20}$/.test(bvid) ? bvid : /^\d{1,20}$/.test(aid) ? aid : undefined;
  return id === undefined ? undefined : bilibiliVideo(id, params.get('page') ?? '');
}

// A player's embed address and the page it plays, for the players authors paste (YouTube's share dialog, …).
const PLAYERS: [RegExp, (match: RegExpExecArray) => string | undefined][] = [
  [/^https?:\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([\w-]{6,})(?:[?#]|$)/i, (match) => `https://www.youtube.com/watch?v=${match[1] ?? ''}`],
  [/^https?:\/\/player\.vimeo\.com\/video\/(\d+)(?:[?#]|$)/i, (match) => `https://vimeo.com/${match[1] ?? ''}`],
  [/^https?:\/\/open\.spotify\.com\/embed\/(track|album|playlist|episode|show)\/(\w+)(?:[?#]|$)/i, (match) => `https://open.spotify.com/${match[1] ?? ''}/${match[2] ?? ''}`],
  [/^https?:\/\/codepen\.io\/([\w-]+)\/embed\/(?:preview\/)?(\w+)(?:[?#]|$)/i, (match) => `https://codepen.io/${match[1] ?? ''}/pen/${match[2] ?? ''}`],
  // Bilibili's share dialog: `//player.bilibili.com/player.html?aid=…&bvid=BV…&page=1`.
  [/^(?:https?:)?\/\/player\.bilibili\.com\/player\.html\?([^#]{1,500})/i, (match) => bilibiliPage(new URLSearchParams(match[1] ?? ''))],
];

/**
 * The page an `<iframe>` of a known player shows, from its `src` (`youtube.com/embed/ID` → its watch page).
 * Undefined for any other frame, which content:check names as lost.
 */
export function embeddedPage(src: unknown): string | undefined {
  if (typeof src !== 'string') return undefined;
  for (const [pattern, page] of PLAYERS) {
    const match = pattern.exec(src.trim());
    if (match) return page(match);
  }
  return undefined;
}

// Each site's link: its words without a title, and the verb and name around a title.
const SITES: [RegExp, string, string, string][] = [
  [/^https:\/\/(?:www\.|m\.)?(?:youtube\.com|youtu\.be)\//i, 'Watch the video on YouTube', 'Watch', 'YouTube'],
  [/^https:\/\/(?:www\.)?vimeo\.com\//i, 'Watch the video on Vimeo', 'Watch', 'Vimeo'],
  [/^https:\/\/(?:www\.)?(?:x|twitter)\.com\//i, 'Read the post on X', 'Read', 'X'],
  [/^https:\/\/gist\.github\.com\//i, 'Read the gist on GitHub', 'Read', 'GitHub'],
  [/^https:\/\/(?:www\.)?instagram\.com\//i, 'See the post on Instagram', 'See', 'Instagram'],
  [/^https:\/\/open\.spotify\.com\//i, 'Listen on Spotify', 'Listen to', 'Spotify'],
  [/^https:\/\/codepen\.io\//i, 'See the pen on CodePen', 'See', 'CodePen'],
  [/^https:\/\/(?:www\.)?bilibili\.com\//i, 'Watch the video on Bilibili', 'Watch', 'Bilibili'],
  [/^https:\/\/gitlab\.com\/-\/snippets\//i, 'Read the snippet on GitLab', 'Read', 'GitLab'],
  [/^https:\/\/jsfiddle\.net\//i, 'See the fiddle on JSFiddle', 'See', 'JSFiddle'],
];

// The titles players give their frame whatever it plays ("YouTube video player", "The New Vimeo Player"),
// and Spotify's prefix to a real one ("Spotify Embed: Song").
const GENERIC_TITLE = /\bplayer$|^embedded content|^(?:youtube|vimeo|spotify|codepen|bilibili)(?: embed| video)?$/i;
const TITLE_PREFIX = /^spotify embed:\s*/i;

/**
 * A link's words for an embed's page: "Watch the video on YouTube", or with the title the post gave it
 * ("Watch “The talk” on YouTube"); the address itself for another site. `words` is false when the text
 * is the address (a Markdown autolink writes it so).
 */
export function embedLink(page: string, title?: unknown): { text: string; words: boolean } {
  const site = SITES.find(([pattern]) => pattern.test(page));
  if (!site) return { text: page, words: false };
  const [, untitled, verb, name] = site;
  const named = typeof title === 'string' ? title.replace(/\s+/g, ' ').trim().replace(TITLE_PREFIX, '') : '';
  return { text: named === '' || GENERIC_TITLE.test(named) ? untitled : `${verb} “${named}” on ${name}`, words: true };
}

/** A video's id on YouTube (11 characters), Vimeo's (digits) and a post's on X (digits), as the components take them. */
const YOUTUBE_ID = /^[\w-]{11}$/;
const DIGITS = /^\d{1,25}$/;

/** What each kind of embed component plays: its site (SITES' name), what it takes, and an example of it. */
export const EMBED_KINDS = {
  youtube: { site: 'YouTube', takes: 'a YouTube video (its id of 11 characters, or its address)', example: 'dQw4w9WgXcQ' },
  vimeo: { site: 'Vimeo', takes: 'a Vimeo video (its number, or its address)', example: '76979871' },
  tweet: { site: 'X', takes: 'a post on X (its number, or its address)', example: '1234567890' },
} as const;
type EmbedKind = keyof typeof EMBED_KINDS;

/** The page one of the embed libraries' components names, from what the post wrote for it. */
function componentPage(kind: EmbedKind, written: string): string | undefined {
  const value = written.trim();
  if (/^https:\/\//i.test(value)) {
    // A page of the component's own site, or a player's address (`youtube.com/embed/ID`) as its page.
    const page = embeddedPage(value) ?? value;
    const site = SITES.find(([pattern]) => pattern.test(page))?.[3];
    return site === EMBED_KINDS[kind].site ? page : undefined;
  }
  if (kind === 'youtube') return YOUTUBE_ID.test(value) ? `https://www.youtube.com/watch?v=${value}` : undefined;
  if (kind === 'vimeo') return DIGITS.test(value) ? `https://vimeo.com/${value}` : undefined;
  // react-tweet's id; mdx-embed's `tweetLink`, `user/status/id`.
  if (DIGITS.test(value)) return `https://x.com/i/status/${value}`;
  return /^\w{1,15}\/status\/\d{1,25}$/.test(value) ? `https://x.com/${value}` : undefined;
}

/**
 * The embed components of Astro's, Next's and MDX's libraries (astro-embed's `<YouTube id>`, `<Vimeo id>` and
 * `<Tweet id>`, react-tweet's `<Tweet id>`, `@next/third-parties`' `<YouTubeEmbed videoid>`, mdx-embed's
 * `<YouTube youTubeId>`, `<Vimeo vimeoId>`, `<Tweet tweetLink>`), by name: the properties that name what they
 * play, in the order read. An `.mdx` post shows each as a link to its page (lib/markdown/mdx-figures.ts).
 */
export const EMBED_COMPONENTS: Readonly<Record<string, { kind: EmbedKind; properties: readonly string[] }>> = {
  YouTube: { kind: 'youtube', properties: ['id', 'youTubeId', 'videoId', 'url', 'src'] },
  YouTubeEmbed: { kind: 'youtube', properties: ['videoid', 'videoId'] },
  Vimeo: { kind: 'vimeo', properties: ['id', 'vimeoId', 'url', 'src'] },
  Tweet: { kind: 'tweet', properties: ['id', 'tweetLink', 'url', 'src'] },
};

/**
 * The page an embed component plays or shows (`<YouTube id="dQw4w9WgXcQ" />` → its watch page), from its
 * properties written as text; undefined when none of them names one (content:check says so).
 */
export function embedComponentPage(name: string, property: (key: string) => string | undefined): string | undefined {
  const component = Object.hasOwn(EMBED_COMPONENTS, name) ? EMBED_COMPONENTS[name] : undefined;
  const written = component?.properties.map(property).find((value) => value !== undefined && value.trim() !== '');
  return component && written !== undefined ? componentPage(component.kind, written) : undefined;
}
