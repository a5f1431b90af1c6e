import slugify from '@sindresorhus/slugify';

/** A tag as readers see it: one per concept, whatever spelling the authors used. */
export interface Tag {
  slug: string;
  label: string;
}

/**
 * Frontmatter `tags` as authors write them: a YAML list or a comma-separated string.
 * Returns trimmed entries in order, empty ones included so validation can report them.
 */
/** The name of a tag written as `{ name, slug }`, when it is one. */
export function namedTag(value: unknown): string | undefined {
  const name = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : undefined;
}

export function splitTags(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') {
    return value.trim() === '' ? [] : value.split(',').map((tag) => tag.trim());
  }
  // Hexo writes a category path as a list inside the list (`- [Tech, Web]`): each is a tag.
  // Hashnode's and freeCodeCamp's exports write each tag as `{ name, slug }`: its name.
  if (Array.isArray(value)) return value.flatMap((tag) => (Array.isArray(tag) ? splitTags(tag.filter((part) => !Array.isArray(part))) : [typeof tag === 'string' ? tag.trim() : (namedTag(tag) ?? String(tag ?? '').trim())]));
  return [String(value).trim()];
}

// Symbols that distinguish languages and must survive slugging (C, C++ and C# are three tags).
const SYMBOL_WORDS: [string, string][] = [
  ['++', ' plus plus '],
  ['+', ' plus '],
  ['#', ' sharp '],
  ['&', ' and '],
];

/**
 * Names written in camel case that are one word: `TypeScript` stays whole (label "TypeScript",
 * `/tags/typescript`) where a hashtag such as `BlockchainScalability` splits into two words.
 */
export const WHOLE_TERMS: readonly string[] = [
  'JavaScript', 'TypeScript', 'CoffeeScript', 'ActionScript', 'ReactJS', 'NextJS', 'NodeJS', 'VueJS', 'NestJS', 'ExpressJS',
  'TailwindCSS', 'GitHub', 'GitLab', 'GraphQL', 'PostgreSQL', 'MySQL', 'MongoDB', 'SQLite', 'WebAssembly', 'WebGPU', 'WebGL',
  'WebSocket', 'WebSockets', 'DevOps', 'OpenAI', 'ChatGPT', 'YouTube', 'LinkedIn', 'WordPress', 'PayPal', 'PowerShell', 'LaTeX',
  'OAuth', 'DeFi', 'iOS', 'iPadOS', 'macOS', 'iPhone', 'iPad', 'eBPF', 'FastAPI', 'PyTorch', 'TensorFlow', 'NumPy', 'DynamoDB',
  'CloudFlare', 'Cloudflare', 'MetaMask', 'OpenZeppelin', 'zkSync', 'StarkNet', 'PolkaDot', 'BitTorrent',
];
const WHOLE = new RegExp(`(${[...WHOLE_TERMS].sort((a, b) => b.length - a.length).join('|')})(?!\\p{Ll})`, 'u');

function splitCamel(label: string): string {
  return label
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{L})(\p{N})/gu, '$1 $2')
    .replace(/(\p{N})(\p{Lu})/gu, '$1 $2');
}

/** Splits `Layer2Solutions` into `Layer 2 Solutions` so both spellings share one slug; `TypeScript` stays whole. */
export function splitWords(label: string): string {
  const parts = label.split(WHOLE);
  if (parts.length === 1) return splitCamel(label);
  // split() with a group alternates: text, term, text, term, …
  return parts
    .map((part, index) => (index % 2 === 1 ? part : splitCamel(part)))
    .filter((part) => part !== '')
    .reduce((joined, part) => (joined === '' || /\s$/.test(joined) || /^\s/.test(part) ? joined + part : `${joined} ${part}`), '');
}

// Letters the Latin transliterator keeps (Latin, Greek, Cyrillic, Arabic): any other script's letters
// (Chinese, Japanese, Korean, Hebrew, Thai, Devanagari, …) keep the author's letters in the slug.
const OTHER_SCRIPT = /[^\P{L}\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Arabic}]/u;

/** The one tag-slug function: `layer 2 solutions` and `Layer2Solutions` → `layer-2-solutions`. */
export function tagSlug(label: string): string {
  const words = splitWords(label.trim().replace(/^#(?=\p{L})/u, ''));
  if (!OTHER_SCRIPT.test(words)) {
    const latin = slugify(words, { customReplacements: SYMBOL_WORDS, decamelize: false });
    if (latin !== '') return latin;
  }
  // Scripts the transliterator does not know (CJK, …) keep their letters rather than vanish.
  return words
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

// Short words stay lowercase inside a label, as in a title.
const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'vs', 'via']);

/**
 * One case style for every label, whichever style an author used, so a card never shows
 * `layer 2 solutions` beside `Blockchain Scalability`: all-lowercase words get a capital, words
 * an author capitalised (`DeFi`, `NFT`, `iOS`) stay as written.
 */
function titleCase(label: string): string {
  return label
    .split(' ')
    .map((word, index) =>
      word !== word.toLowerCase() || (index > 0 && MINOR_WORDS.has(word)) ? word : word.replace(/^\p{Ll}/u, (first) => first.toUpperCase()),
    )
    .join(' ');
}

/** How a spelling reads in a list: `BlockchainScalability` → `Blockchain Scalability`, `plasma` → `Plasma`. */
function readable(spelling: string): string {
  return titleCase(/\s/.test(spelling) ? spelling.replace(/\s+/g, ' ') : splitWords(spelling));
}

/**
 * Chooses the label shown for a tag from every spelling authors used: the most common
 * one; on a tie, one an author wrote with spaces; then the first alphabetically; set in title case.
 */
export function chooseTagLabel(spellings: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const spelling of spellings) counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
  const ranked = [...counts.entries()].sort(
    ([a, countA], [b, countB]) =>
      countB - countA || Number(/\s/.test(b)) - Number(/\s/.test(a)) || a.localeCompare(b),
  );
  return readable(ranked[0]?.[0] ?? '');
}
