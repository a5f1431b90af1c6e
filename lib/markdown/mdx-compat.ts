import { content } from 'micromark-core-commonmark';
import { factorySpace } from 'micromark-factory-space';
import { markdownLineEnding, markdownSpace } from 'micromark-util-character';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { closesFence, FENCE, unquote } from './engine-syntax';
import { containerKind } from './mdx-containers';

/*
 * What Docusaurus 3 still reads in an `.mdx` post for MDX 1's sake (its `mdx1Compat`, on by default), and
 * MDX 3 would fail on or show as text: an HTML comment (`<!--truncate-->`, a paragraph set aside) and a
 * callout's title after a space (`:::note Your title`). A blog brought from Docusaurus builds as it did.
 */

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    mdxHtmlComment: 'mdxHtmlComment';
    mdxHtmlCommentData: 'mdxHtmlCommentData';
  }
}

const LESS_THAN = 60;
const EXCLAMATION = 33;
const DASH = 45;
const GREATER_THAN = 62;

/** Whether the next line still belongs to the block the comment is in (not a lazy line out of a quote). */
const nonLazyLine: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    const lazy = (line: number) => this.parser.lazy[line];
    const now = () => this.now();
    return (code: Code) => {
      if (!markdownLineEnding(code)) return nok(code);
      effects.enter('lineEnding');
      effects.consume(code);
      effects.exit('lineEnding');
      return (next: Code) => (lazy(now().line) ? nok(next) : ok(next));
    };
  },
};

/**
 * `<!--` … `-->`, over any number of lines; an unclosed one is no comment (MDX then names it). As a block,
 * only text-free lines around it; otherwise it is read inside the paragraph. No node is made: the reader
 * never saw a comment, and a `.md` post's is dropped by the sanitiser.
 */
function tokenizeComment(this: TokenizeContext, effects: Effects, ok: State, nok: State, flow: boolean): State {
  const expect = (wanted: number, next: State): State => (code) => {
    if (code !== wanted) return nok(code);
    effects.consume(code);
    return next;
  };
  const inside: State = (code) => {
    if (code === null) return nok(code);
    if (markdownLineEnding(code)) {
      effects.exit('mdxHtmlCommentData');
      return flow ? effects.check(nonLazyLine, lineEnding, nok)(code) : lineEnding(code);
    }
    effects.consume(code);
    return code === DASH ? dash : inside;
  };
  const dash: State = (code) => {
    if (code !== DASH) return inside(code);
    effects.consume(code);
    return dashes;
  };
  // After `--`: `>` closes; more dashes keep it ready to close.
  const dashes: State = (code) => {
    if (code === GREATER_THAN) {
      effects.consume(code);
      effects.exit('mdxHtmlCommentData');
      effects.exit('mdxHtmlComment');
      return flow ? afterBlock : ok;
    }
    return code === DASH ? dash(code) : inside(code);
  };
  const lineEnding: State = (code) => {
    effects.enter('lineEnding');
    effects.consume(code);
    effects.exit('lineEnding');
    return lineStart;
  };
  const indentedCode = this.parser.constructs.disable.null?.includes('codeIndented') ? undefined : 4;
  const lineStart: State = (code) =>
    markdownSpace(code) ? factorySpace(effects, lineData, 'linePrefix', flow ? undefined : indentedCode)(code) : lineData(code);
  const lineData: State = (code) => {
    if (markdownLineEnding(code)) return lineEnding(code);
    effects.enter('mdxHtmlCommentData');
    return inside(code);
  };
  const afterBlock: State = (code) => (markdownSpace(code) ? factorySpace(effects, blockEnd, 'whitespace')(code) : blockEnd(code));
  const blockEnd: State = (code) => (code === null || markdownLineEnding(code) ? ok(code) : nok(code));

  return (code) => {
    effects.enter('mdxHtmlComment');
    effects.enter('mdxHtmlCommentData');
    effects.consume(code);
    // Right after `<!--` the dashes count towards its end: `<!---->` and `<!-->` are comments (CommonMark 0.31).
    return expect(EXCLAMATION, expect(DASH, expect(DASH, dashes)));
  };
}

const commentFlow: Construct = {
  name: 'mdxHtmlComment',
  concrete: true,
  tokenize(effects, ok, nok) {
    return tokenizeComment.call(this, effects, ok, nok, true);
  },
};
const commentText: Construct = {
  name: 'mdxHtmlComment',
  tokenize(effects, ok, nok) {
    return tokenizeComment.call(this, effects, ok, nok, false);
  },
};

const opening: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    const next = (wanted: number, then: State): State => (code) => {
      if (code !== wanted) return nok(code);
      effects.consume(code);
      return then;
    };
    return next(LESS_THAN, next(EXCLAMATION, next(DASH, next(DASH, ok))));
  },
};

/**
 * A line that opens with a comment and goes on with text is a paragraph, as CommonMark reads it, where
 * MDX's own `<` would stop at the `!`; the comment in it is then read as text's.
 */
const commentThenText: Construct = {
  name: 'mdxHtmlCommentThenText',
  tokenize(effects, ok, nok) {
    return effects.check(opening, effects.attempt(content, ok, nok), nok);
  },
};

// Tried in this order, and before MDX's own constructs at `<` (combined extensions go first unless `add: 'after'`).
export const mdxHtmlComments: Extension = { flow: { [LESS_THAN]: [commentFlow, commentThenText] }, text: { [LESS_THAN]: commentText } };

const LEGACY_TITLE = /^((?:[ \t]*>)*[ \t]*)(:{3,})([A-Za-z][\w-]*)[ \t]+(\S.*?)[ \t]*$/;

/**
 * `:::note Your title` as `:::note[Your title]` (the only form remark-directive reads), outside code
 * fences, for the callouts the site draws; an unknown name is left for content:check to name.
 */
export function legacyContainerTitles(source: string): string {
  let fence: string | undefined;
  let changed = false;
  const lines = source.split('\n').map((line) => {
    const unquoted = unquote(line);
    const marker = FENCE.exec(unquoted)?.[1];
    if (fence) {
      if (closesFence(unquoted, fence)) fence = undefined;
      return line;
    }
    if (marker) {
      fence = marker;
      return line;
    }
    const match = LEGACY_TITLE.exec(line);
    if (!match || !containerKind(match[3] ?? '')) return line;
    changed = true;
    return `${match[1]}${match[2]}${match[3]}[${match[4]}]`;
  });
  return changed ? lines.join('\n') : source;
}

/**
 * The plugin: HTML comments in the parser, and each callout's title moved into its label before the
 * source is parsed (the file's value is what was parsed, so positions and offsets agree; lines stay).
 */
export function remarkMdxCompat(this: Processor) {
  const data = this.data();
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), mdxHtmlComments];
  const parse = this.parser;
  if (!parse) return;
  this.parser = (document: string, file: VFile) => {
    const source = legacyContainerTitles(document);
    if (source !== document) file.value = source;
    return parse(source, file);
  };
}
