import type { PageWeight } from './page-weight';

/** The budgets from issue 7. Bytes are decimal: 150 kB = 150,000 bytes. */
export const LIST_PAGE_HTML_LIMIT = 150_000;
export const POST_SITE_JS_GZIP_LIMIT = 5_000;
export const BUILD_PEAK_RSS_LIMIT = 3 * 1024 ** 3;
/**
 * Lighthouse calls a cumulative layout shift under 0.1 good. Measured with the web font arriving after
 * the first paint (scripts/bench/layout-shift.ts): the fallback faces match Inter's line box and average
 * width, not each word's, so a word may still move a few pixels sideways; a line or a card must not.
 */
export const LAYOUT_SHIFT_LIMIT = 0.01;

export interface BudgetResult {
  name: string;
  limit: string;
  actual: string;
  pass: boolean;
}

export interface BudgetInput {
  post: PageWeight;
  lists: PageWeight[];
  /** For each list page, the scripts it loads that contain a post's slug (post data shipped as JS). */
  listScriptsWithPostData: Record<string, string[]>;
  peakLargestRssBytes: number;
  /** Post page stylesheets' text, to find how its fonts are declared. */
  postCss: string;
  postImagesWithoutSize: number;
  layoutShift?: number | undefined;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const GiB = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;

function isSameOrigin(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

export function evaluateBudgets(input: BudgetInput): BudgetResult[] {
  const results: BudgetResult[] = input.lists.map((page) => ({
    name: `list page ${page.route}: HTML`,
    limit: `< ${kB(LIST_PAGE_HTML_LIMIT)}`,
    actual: kB(page.html.raw),
    pass: page.html.raw < LIST_PAGE_HTML_LIMIT,
  }));
  for (const page of input.lists) {
    const leaking = input.listScriptsWithPostData[page.route] ?? [];
    results.push({
      name: `list page ${page.route}: no per-post JS`,
      limit: 'no script holds post data',
      actual: leaking.length === 0 ? `${page.scripts.length} scripts, none with post data` : `post data in ${leaking.join(', ')}`,
      pass: leaking.length === 0,
    });
  }
  results.push({
    name: 'post page: JS beyond the framework runtime',
    limit: `<= ${kB(POST_SITE_JS_GZIP_LIMIT)} gz`,
    actual: `${kB(input.post.siteJs.gzip)} gz`,
    pass: input.post.siteJs.gzip <= POST_SITE_JS_GZIP_LIMIT,
  });
  results.push({
    name: 'build: peak memory of the largest process (any step)',
    limit: `< ${GiB(BUILD_PEAK_RSS_LIMIT)}`,
    actual: GiB(input.peakLargestRssBytes),
    pass: input.peakLargestRssBytes > 0 && input.peakLargestRssBytes < BUILD_PEAK_RSS_LIMIT,
  });
  const remote = [...input.post.fonts, ...input.post.stylesheets, ...input.post.scripts].filter((url) => !isSameOrigin(url));
  // Only faces that download a file can block text; next/font's metric fallback uses local().
  const blockingFontFaces = [...input.postCss.matchAll(/@font-face\s*{[^}]*}/g)].filter(
    ([face]) => /url\(/.test(face) && !/font-display:\s*(swap|optional|fallback)/.test(face),
  ).length;
  results.push({
    name: 'post page: no render-blocking network font',
    limit: 'same-origin fonts, font-display swap',
    actual:
      remote.length > 0
        ? `remote: ${remote.join(', ')}`
        : `${input.post.fonts.length} self-hosted preloaded, ${blockingFontFaces} @font-face without swap`,
    pass: remote.length === 0 && blockingFontFaces === 0,
  });
  results.push({
    name: 'post page: images sized',
    limit: 'every <img> has width and height',
    actual: `${input.postImagesWithoutSize} without`,
    pass: input.postImagesWithoutSize === 0,
  });
  if (input.layoutShift !== undefined) {
    results.push({
      name: 'cumulative layout shift, worst of a post, home and the archive, web font late (chromium)',
      limit: `< ${LAYOUT_SHIFT_LIMIT}`,
      actual: input.layoutShift.toFixed(4),
      pass: input.layoutShift < LAYOUT_SHIFT_LIMIT,
    });
  }
  return results;
}

export function imagesWithoutSize(html: string): number {
  return [...html.matchAll(/<img\b[^>]*>/gi)].filter(([tag]) => !/\swidth="\d+/.test(tag) || !/\sheight="\d+/.test(tag)).length;
}
