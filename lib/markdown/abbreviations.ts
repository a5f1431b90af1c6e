import type { Paragraph, PhrasingContent, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Abbreviations, as kramdown, PHP Markdown Extra and MkDocs' abbr write them: a line `*[HTML]: HyperText
 * Markup Language` anywhere in the post (it was shown as text) makes every `HTML` of the text an <abbr>
 * with that meaning as its title. The definitions themselves are not shown.
 */
const DEFINITION = /^\*\[([^\]\n]+)\]:[ \t]*(.*)$/;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A paragraph made only of definition lines: its definitions; undefined otherwise. */
function definitionsOf(paragraph: Paragraph): [string, string][] | undefined {
  const lines = toString(paragraph).split('\n');
  const found = lines.map((line) => DEFINITION.exec(line.trim()));
  return found.every((match) => match) ? found.map((match) => [(match?.[1] ?? '').trim(), (match?.[2] ?? '').trim()]) : undefined;
}

function abbreviate(node: Text, pattern: RegExp, meanings: ReadonlyMap<string, string>): PhrasingContent[] {
  // Each piece has the text's place (a copy of it: later steps move positions one node at a time).
  const at = () => (node.position ? { position: { start: { ...node.position.start }, end: { ...node.position.end } } } : {});
  const pieces: PhrasingContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(pattern)) {
    const word = match[0];
    if (match.index > last) pieces.push({ type: 'text', value: node.value.slice(last, match.index), ...at() });
    pieces.push({ type: 'text', value: word, data: { hName: 'abbr', hProperties: { title: meanings.get(word) ?? '' } }, ...at() });
    last = match.index + word.length;
  }
  if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last), ...at() });
  return pieces;
}

export function remarkAbbreviations() {
  return (tree: Root) => {
    const meanings = new Map<string, string>();
    visit(tree, 'paragraph', (paragraph: Paragraph, index, parent) => {
      if (!parent || index === undefined || !toString(paragraph).startsWith('*[')) return;
      const definitions = definitionsOf(paragraph);
      if (!definitions) return;
      for (const [word, meaning] of definitions) if (word !== '' && meaning !== '') meanings.set(word, meaning);
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
    if (meanings.size === 0) return;
    // Whole words only, the longest first (`HTML5` before `HTML`).
    const words = [...meanings.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${words.join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || node.data?.hName === 'abbr' || parent.type === 'link' || parent.type === 'linkReference') return;
      pattern.lastIndex = 0;
      if (!pattern.test(node.value)) return;
      pattern.lastIndex = 0;
      const pieces = abbreviate(node, pattern, meanings);
      (parent.children as PhrasingContent[]).splice(index, 1, ...pieces);
      return [SKIP, index + pieces.length];
    });
  };
}
