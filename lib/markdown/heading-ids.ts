import type { Heading, Root } from 'mdast';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import type { Processor } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * A heading's own id, as Hugo, Docusaurus, Pandoc, kramdown and MkDocs write it: `## Install {#install}`
 * (lib/markdown/engine-syntax.ts writes their other forms, `{: #install .big}`, so). Old links to
 * `/post#install` keep landing on it; rehypeHeadingIds keeps the id when no other element has it.
 */
const EXPLICIT_ID = /\s*\{#([^\s{}]+)\}\s*$/;

const isIdCharacter = (code: Code) => code !== null && code > 32 && code !== 123 && code !== 125;

/**
 * `{#id}` at the end of a line as text. In `.mdx` a `{` starts an expression, and `#id` is no JavaScript:
 * without this, a post from Docusaurus (which reads it so) would not compile.
 */
function tokenizeExplicitId(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let size = 0;
  const end = (code: Code): State | undefined => {
    // Spaces and tabs (micromark's -2 and -1 are a tab's parts) up to the end of the line.
    if (code === 32 || code === -2 || code === -1) {
      effects.consume(code);
      return end;
    }
    if (code !== null && (code < -5 || code > -3)) return nok(code);
    effects.exit('data');
    return ok(code);
  };
  const name = (code: Code): State | undefined => {
    if (isIdCharacter(code)) {
      size++;
      effects.consume(code);
      return name;
    }
    if (code !== 125 || size === 0) return nok(code);
    effects.consume(code);
    return end;
  };
  const hash = (code: Code): State | undefined => {
    if (code !== 35) return nok(code);
    effects.consume(code);
    return name;
  };
  return (code: Code) => {
    effects.enter('data');
    effects.consume(code);
    return hash;
  };
}

const explicitId: Construct = { name: 'explicitHeadingId', tokenize: tokenizeExplicitId };
const syntax: Extension = { text: { 123: explicitId } };

/** The id a heading's text ends with, taken off the text. */
export function takeExplicitId(heading: Heading): string | undefined {
  const last = heading.children.at(-1);
  if (last?.type !== 'text') return undefined;
  const match = EXPLICIT_ID.exec(last.value);
  if (!match) return undefined;
  last.value = last.value.slice(0, match.index).trimEnd();
  if (last.value === '') heading.children.pop();
  return match[1];
}

/** A heading's own id: given (remarkHeadingIds ran), or still at the end of its text (a tree only parsed). */
export function ownHeadingId(heading: Heading): string | undefined {
  const given = heading.data?.hProperties?.id;
  if (typeof given === 'string') return given;
  const last = heading.children.at(-1);
  return last?.type === 'text' ? EXPLICIT_ID.exec(last.value)?.[1] : undefined;
}

/** Parses `{#id}` after a heading's text (in `.md` and `.mdx` alike), and gives the heading that id. */
export function remarkHeadingIds(this: Processor) {
  const data = this.data();
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), syntax];
  return (tree: Root) => {
    visit(tree, 'heading', (heading: Heading) => {
      const id = takeExplicitId(heading);
      if (id !== undefined) heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
    });
  };
}
