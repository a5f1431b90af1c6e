/**
 * Realistic synthetic posts for the benchmark: headings, lists, code, links, 2–4 tags from a
 * fixed vocabulary and dates spread over years. Seeded, so every run builds the same site.
 */

export const TAG_VOCABULARY = [
  'Layer 2 Solutions',
  'Plasma',
  'Sidechains',
  'Rollups',
  'Zero Knowledge',
  'Lightning Network',
  'Consensus',
  'Smart Contracts',
  'Interoperability',
  'Enterprise',
  'Security',
  'Governance',
  'Tokenomics',
  'Data Availability',
  'Scalability',
] as const;

const WORDS = (
  'ledger block chain rollup proof state channel validator fee batch settlement bridge finality throughput ' +
  'latency sequencer operator commitment fraud exit withdrawal deposit merkle root signature node peer ' +
  'network cost storage calldata audit upgrade contract token market user wallet custody enterprise ' +
  'compliance privacy circuit prover verifier challenge period window gas limit data availability committee'
).split(' ');

const LANGUAGES = ['ts', 'js', 'solidity', 'bash', 'json', 'python'] as const;
// Real posts open headings with emoji and use curly quotes: non-ASCII text takes the slower paths.
const HEADING_MARKS = ['', '', '🎯 ', '🔍 ', '🚀 ', '⚖️ '] as const;

/** mulberry32: small, fast and good enough to vary synthetic text reproducibly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every synthetic slug matches this: finding it in a script means post data was shipped as JS. */
export const SLUG_PATTERN = /bench-\d{5}-[a-z]+/;

export interface SyntheticPost {
  slug: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  tags: string[];
  markdown: string;
}

const FIRST_DAY = Date.UTC(2015, 0, 1);
const LAST_DAY = Date.UTC(2026, 9, 31);
const DAY_MS = 86_400_000;

export function generatePosts(count: number, seed = 7): SyntheticPost[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const words = (min: number, max: number) => Array.from({ length: between(min, max) }, () => pick(WORDS)).join(' ');
  const headline = (min = 3, max = 8) => {
    const text = words(min, max);
    return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
  };
  const sentence = () => `${headline(8, 18)}.`;
  const paragraph = (slugs: readonly string[]) => {
    const parts = Array.from({ length: between(3, 6) }, sentence);
    // Links: one to an earlier post, sometimes one to an outside reference.
    if (slugs.length > 0) parts.splice(1, 0, `See [the earlier note](/posts/${pick(slugs)}) on ${pick(WORDS)}.`);
    if (random() < 0.4) parts.push(`The [specification](https://example.org/spec/${pick(WORDS)}) has the details.`);
    if (random() < 0.3) parts.push(`Watch the \`${pick(WORDS)}_${pick(WORDS)}\` value.`);
    return parts.join(' ');
  };

  const posts: SyntheticPost[] = [];
  const slugs: string[] = [];
  for (let index = 0; index < count; index++) {
    const number = String(index + 1).padStart(5, '0');
    const titleWords = headline(3, 7);
    const title = `${titleWords} ${number}`;
    const slug = `bench-${number}-${titleWords.toLowerCase().split(' ').slice(0, 3).join('-')}`;
    const date = new Date(FIRST_DAY + Math.floor(random() * ((LAST_DAY - FIRST_DAY) / DAY_MS)) * DAY_MS)
      .toISOString()
      .slice(0, 10);
    const tags = new Set<string>();
    const tagCount = between(2, 4);
    while (tags.size < tagCount) tags.add(pick(TAG_VOCABULARY));

    const blocks: string[] = [paragraph(slugs)];
    const sections = between(3, 5);
    for (let section = 1; section <= sections; section++) {
      blocks.push(`## ${pick(HEADING_MARKS)}${headline()}`, paragraph(slugs));
      const kind = between(0, 3);
      if (kind === 0) blocks.push(Array.from({ length: between(3, 6) }, () => `- **${pick(WORDS)}**: ${words(6, 14)}`).join('\n'));
      if (kind === 1) blocks.push(Array.from({ length: between(3, 5) }, (_, i) => `${i + 1}. ${sentence()}`).join('\n'));
      if (kind === 2) {
        const lines = Array.from({ length: between(4, 10) }, () => `const ${pick(WORDS)}_${between(1, 99)} = "${words(2, 5)}";`);
        blocks.push(`\`\`\`${pick(LANGUAGES)}\n${lines.join('\n')}\n\`\`\``);
      }
      if (kind === 3) blocks.push(`### ${headline()}`, paragraph(slugs), `> It’s ${sentence().toLowerCase()}`);
    }

    const frontmatter = [
      '---',
      `title: "${title}"`,
      `date: ${date}`,
      `tags: ${[...tags].join(', ')}`,
      `slug: ${slug}`,
      // Half the posts give a summary; the rest exercise the derived excerpt.
      ...(random() < 0.5 ? [`summary: "${sentence()}"`] : []),
      '---',
    ];
    posts.push({ slug, title, date, tags: [...tags], markdown: `${frontmatter.join('\n')}\n\n${blocks.join('\n\n')}\n` });
    slugs.push(slug);
  }
  return posts;
}
