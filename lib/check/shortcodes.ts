import { LIQUID_OUTPUT, LIQUID_TAG, liquidOutputReplacement, liquidReplacement, outsideInlineCode } from '../markdown/engine-syntax';
import { BARE_OUTPUT, bareValue } from '../markdown/template-values';

/** Template syntax of another engine on one line of a post, and its exact Markdown replacement where there is one. */
export interface ShortcodeFinding {
  message: string;
  fix: string;
}

/**
 * Jekyll's Liquid (`{% highlight %}`, `{% post_url %}`, `{{ site.baseurl }}`) is not run here: it would
 * be published as plain text. One finding per construct, with the exact replacement (the whole line
 * rewritten) where Markdown has one. (Hugo shortcodes: lib/check/lossy-markup.ts.)
 */
export function findShortcodes(text: string): ShortcodeFinding[] {
  const findings: ShortcodeFinding[] = [];
  // Inside `inline code` the syntax is shown on purpose.
  const line = outsideInlineCode(text);
  let rewritten = text;
  let exact = true;
  for (const match of line.matchAll(LIQUID_TAG)) {
    // Zola's `{% note(…) %}` … `{% end %}`: lib/check/lossy-markup.ts names them.
    if (match[1] === 'end' || /^\s*\(/.test(match[2] ?? '')) continue;
    const replacement = liquidReplacement(match[1] ?? '', match[2] ?? '');
    if (replacement === undefined) exact = false;
    else rewritten = rewritten.replace(match[0], replacement);
    findings.push({ message: `The Liquid tag \`${match[0]}\` is not run here: it would be published as text.`, fix: '' });
  }
  // A tag that opens and never closes on its line (`{% link https://… }`): not read, shown as it is.
  let unclosed = false;
  const tags = [...line.matchAll(LIQUID_TAG)].map((match) => [match.index, match.index + match[0].length] as const);
  let tag = 0;
  for (const match of line.matchAll(/(?<!\{)\{%-?[ \t]*[a-z_]\w*/g)) {
    // Both in order: one pass over the tags.
    while (tag < tags.length && (tags[tag]?.[1] ?? 0) <= match.index) tag++;
    if ((tags[tag]?.[0] ?? Infinity) <= match.index) continue;
    exact = false;
    unclosed = true;
    findings.push({ message: `The Liquid tag ${JSON.stringify(`${line.slice(match.index, match.index + 40).trim()}${line.length > match.index + 40 ? '…' : ''}`)} is not closed with \`%}\` on its line: it would be published as text.`, fix: '' });
  }
  for (const match of line.matchAll(LIQUID_OUTPUT)) {
    const relative = liquidOutputReplacement(match[1] ?? '');
    if (relative === undefined) exact = false;
    else rewritten = rewritten.replace(match[0], relative);
    findings.push({ message: `The Liquid output \`${match[0]}\` is not run here: it would be published as text.`, fix: '' });
  }
  const hints = exact ? [] : [...(unclosed ? ['Write each tag whole on one line, `{% … %}`: the site reads a tag only so.'] : []), ...liquidHints(line)];
  const fix = exact
    ? `Replace the line with: ${rewritten.trim() === '' ? '(nothing: delete it)' : rewritten.trim()}`
    : [...hints, `${hints.length > 0 ? 'Or rewrite' : 'Rewrite'} it in Markdown (an image, a link, a fenced code block), or as the HTML it produced.`].join(' ');
  return findings.map((finding) => ({ ...finding, fix }));
}

const LOGIC_TAGS = new Set(['for', 'endfor', 'assign', 'capture', 'endcapture', 'if', 'elsif', 'else', 'endif', 'unless', 'endunless', 'case', 'when', 'endcase', 'cycle', 'increment', 'decrement']);

/** What to write instead of the Liquid on a line, by what it reads: the old site's settings, the post's own fields, a loop. */
function liquidHints(line: string): string[] {
  const hints = new Set<string>();
  for (const match of line.matchAll(LIQUID_OUTPUT)) {
    const variable = /^(site|page|post)\.([\w.]+)/.exec(match[1] ?? '');
    if (variable?.[1] === 'site') hints.add(`Write the value of \`site.${variable[2]}\` (from the old site's _config.yml) in its place.`);
    else if (variable) hints.add(`Write the post's own \`${variable[2]}\` in its place.`);
  }
  for (const match of line.matchAll(LIQUID_TAG)) {
    if (LOGIC_TAGS.has(match[1] ?? '')) hints.add('Write out what the template made (the old site’s published page shows it), such as its list of links.');
    else if (match[1] === 'include') hints.add('Write what the include showed on the old site.');
  }
  return [...hints];
}

/**
 * A post's own field named alone (`{{ tags }}`, `{{ title | truncate: 20 }}`) that the content step could
 * not fill in (lib/markdown/template-values.ts `bareValue`): it would be published as text. A name that is
 * no field of the post is left as text without a word (`{{ count }}` in a post about Vue).
 */
export function unfilledValues(text: string, fields: Readonly<Record<string, unknown>>): ShortcodeFinding[] {
  return [...outsideInlineCode(text).matchAll(BARE_OUTPUT)]
    .filter((match) => bareValue(match[1] ?? '', fields) === 'unfilled')
    .map((match) => ({
      message: `The template value \`${match[0]}\` names the post's own field, which the site fills in only as text (through Liquid's \`date\`, \`join\` and case filters): it would be published as written.`,
      fix: 'Write its value in its place, as the old site showed it.',
    }));
}
