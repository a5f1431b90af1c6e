/**
 * Guards that run before any Markdown parser sees a post: remark's parser recurses per level of
 * nesting and slows down sharply with depth, so a deep list or blockquote could overflow the stack or
 * stall the check and the build. Both limits are far beyond what a readable post needs.
 */

/** Largest post file read, in bytes. */
export const MAX_POST_BYTES = 1024 * 1024;
/** Deepest nesting of lists and blockquotes, counted from the start of a line. */
export const MAX_NESTING = 32;

export interface GuardFinding {
  /** 1-based line within the text given */
  line: number;
  message: string;
  fix: string;
}

const FENCE = /^[ \t]*(`{3,}|~{3,})/;
const CONTAINER = /^[ \t]*(?:>[ \t]?|[-*+](?:[ \t]+|$)|\d{1,9}[.)](?:[ \t]+|$))/;

function indentWidth(line: string): number {
  let width = 0;
  for (const char of line) {
    if (char === ' ') width += 1;
    else if (char === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

/**
 * How deeply a line nests lists and blockquotes: every `>` and list marker at its start, plus its
 * indentation (two columns per list level), and what follows them. An estimate that never
 * undercounts a list or a quote. (One anchored match per marker: no backtracking over the line.)
 */
function containersOf(line: string): { depth: number; rest: string } {
  let depth = Math.floor(indentWidth(line) / 2);
  let rest = line;
  for (let match = CONTAINER.exec(rest); match; match = CONTAINER.exec(rest)) {
    depth += 1;
    rest = rest.slice(match[0].length);
    if (depth > MAX_NESTING * 4) break; // enough to report; never walk a 1 MB line marker by marker
  }
  return { depth, rest };
}

export function nestingOf(line: string): number {
  return containersOf(line).depth;
}

/** Problems that stop a body from being parsed at all: too deep. Lines inside code fences are text. */
export function findNestingProblem(body: string): GuardFinding | undefined {
  let fence: string | undefined;
  const lines = body.split('\n');
  for (let index = 0; index < lines.length; index++) {
    // A blank line nests nothing, however many spaces it holds (a Medium post's footer, blanked).
    if ((lines[index] ?? '').trim() === '') continue;
    const { depth, rest } = containersOf(lines[index] ?? '');
    const marker = FENCE.exec(rest)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    if (depth > MAX_NESTING) {
      return {
        line: index + 1,
        message: `Lists or blockquotes are nested more than ${MAX_NESTING} levels deep here (about ${depth}${depth > MAX_NESTING * 4 ? ' or more' : ''}); the post is not read further.`,
        fix: `Flatten the nesting to at most ${MAX_NESTING} levels.`,
      };
    }
  }
  return undefined;
}

/** A post file too large to read, as a message; undefined when it is fine. */
export function fileSizeProblem(bytes: number): string | undefined {
  if (bytes <= MAX_POST_BYTES) return undefined;
  return `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; posts may be at most ${MAX_POST_BYTES / 1024 / 1024} MB, so it is not read.`;
}
