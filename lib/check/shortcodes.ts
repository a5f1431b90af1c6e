import { postPath } from '../routes';
import { slugOf } from '../content/schema';

/** Template syntax of another engine on one line of a post, and its exact Markdown replacement where there is one. */
export interface ShortcodeFinding {
  message: string;
  fix: string;
}

// Not the `{{% … %}}` of Hugo shortcodes (lib/check/lossy-markup.ts reports those).
const LIQUID_TAG = /(?<!\{)\{%-?\s*(\w+)([^%]*?)-?%\}/g;
// Only what is clearly Liquid: a Jekyll variable or a filtered string (a post may show `{{ x }}` of Vue).
const LIQUID_OUTPUT = /\{\{-?\s*((?:site|page|post|include|paginator)\.[^}]*?|"[^"]*"\s*\|[^}]*?)\s*-?\}\}/g;

function attribute(params: string, name: string): string | undefined {
  return new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(params)?.[1];
}

/** The Markdown a Hugo shortcode stands for, when there is an exact one (lib/check/lossy-markup.ts reports it). */
export function hugoReplacement(name: string, params: string): string | undefined {
  if (name === 'figure') {
    const src = attribute(params, 'src');
    if (!src) return undefined;
    const caption = attribute(params, 'caption') ?? attribute(params, 'title');
    return `![${attribute(params, 'alt') ?? caption ?? ''}](${src}${caption ? ` "${caption}"` : ''})`;
  }
  if (name === 'ref' || name === 'relref') {
    const target = /"([^"]+)"/.exec(params)?.[1];
    return target ? postPath(slugOf(undefined, target.replace(/#.*$/, ''))) : undefined;
  }
  return undefined;
}

function liquidReplacement(tag: string, args: string): string | undefined {
  if (tag === 'highlight') return `\`\`\`${args.trim().split(/\s+/)[0] ?? ''}`;
  if (tag === 'endhighlight') return '```';
  if (tag === 'raw' || tag === 'endraw') return '';
  if (tag === 'post_url') return postPath(slugOf(undefined, `${args.trim()}.md`));
  return undefined;
}

/**
 * Jekyll's Liquid (`{% highlight %}`, `{% post_url %}`, `{{ site.baseurl }}`) is not run here: it would
 * be published as plain text. One finding per construct, with the exact replacement (the whole line
 * rewritten) where Markdown has one. (Hugo shortcodes: lib/check/lossy-markup.ts.)
 */
export function findShortcodes(text: string): ShortcodeFinding[] {
  const findings: ShortcodeFinding[] = [];
  // Inside `inline code` the syntax is shown on purpose.
  const line = text.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
  let rewritten = text;
  let exact = true;
  for (const match of line.matchAll(LIQUID_TAG)) {
    const replacement = liquidReplacement(match[1] ?? '', match[2] ?? '');
    if (replacement === undefined) exact = false;
    else rewritten = rewritten.replace(match[0], replacement);
    findings.push({ message: `The Liquid tag \`${match[0]}\` is not run here: it would be published as text.`, fix: '' });
  }
  for (const match of line.matchAll(LIQUID_OUTPUT)) {
    // `{{ site.baseurl }}` and `{{ "/x" | relative_url }}`: links here are site paths already.
    const relative = /^(?:site\.baseurl|site\.url)$/.test(match[1] ?? '') ? '' : /^"([^"]*)"\s*\|\s*(?:relative_url|absolute_url)$/.exec(match[1] ?? '')?.[1];
    if (relative === undefined) exact = false;
    else rewritten = rewritten.replace(match[0], relative);
    findings.push({ message: `The Liquid output \`${match[0]}\` is not run here: it would be published as text.`, fix: '' });
  }
  const fix = exact ? `Replace the line with: ${rewritten.trim() === '' ? '(nothing: delete it)' : rewritten.trim()}` : 'Rewrite it in Markdown (an image, a link, a fenced code block), or as the HTML it produced.';
  return findings.map((finding) => ({ ...finding, fix }));
}
