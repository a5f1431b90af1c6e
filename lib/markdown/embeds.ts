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
