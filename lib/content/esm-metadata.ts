import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/*
 * A Next.js MDX post's fields, written as code instead of frontmatter: `export const metadata = { title: '…',
 * date: '…' }` at its top (Next's documentation for MDX pages), or `meta` (its pages router's blogs, Tailwind's).
 * Read as written, without running the post's code: text, numbers, true and false, lists and maps of them,
 * and `new Date('…')`.
 */

// Where such an export opens: the first thing in the file (blank lines before it).
const OPENING = /^(?:[ \t]*\r?\n)*export[ \t]+const[ \t]+(?:metadata|meta|frontmatter)[ \t]*=[ \t]*\{/;

/** The export, as the file's first statement: its text (the block), its first line, and the body after it. */
export function esmMetadataBlock(source: string): { block: string; startLine: number; bodyLine: number; body: string } | undefined {
  if (!OPENING.test(source)) return undefined;
  let tree: Root;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).parse(source) as Root;
  } catch {
    // Not valid MDX: content:check names the line when it reads the body.
    return undefined;
  }
  const [first] = tree.children;
  const end = first?.position?.end;
  if (first?.type !== 'mdxjsEsm' || !first.position || end?.offset === undefined) return undefined;
  // The export alone: an import or other code in its block stays the body's (content:check names it).
  const program = first.data?.estree as { body?: { type: string }[] } | undefined;
  if (program?.body?.length !== 1) return undefined;
  const startLine = first.position.start.line;
  return { block: source.slice(first.position.start.offset ?? 0, end.offset), startLine, bodyLine: end.line + 1, body: source.slice(end.offset).replace(/^[^\n]*\n?/, '') };
}

interface EstreeNode {
  type: string;
  loc?: { start: { line: number } };
  [key: string]: unknown;
}

const NOT_WRITTEN_OUT = Symbol('not written out');

/** A value written out, or NOT_WRITTEN_OUT. */
function valueOf(node: EstreeNode | null | undefined): unknown {
  if (!node) return NOT_WRITTEN_OUT;
  switch (node.type) {
    case 'Literal':
      return node.regex !== undefined || node.bigint !== undefined ? NOT_WRITTEN_OUT : node.value;
    case 'TemplateLiteral': {
      const quasis = node.quasis as { value: { cooked: string | null } }[];
      return (node.expressions as unknown[]).length === 0 && quasis[0]?.value.cooked != null ? quasis[0].value.cooked : NOT_WRITTEN_OUT;
    }
    case 'UnaryExpression': {
      const argument = valueOf(node.argument as EstreeNode);
      return node.operator === '-' && typeof argument === 'number' ? -argument : NOT_WRITTEN_OUT;
    }
    case 'ArrayExpression': {
      const items = (node.elements as (EstreeNode | null)[]).map(valueOf);
      return items.includes(NOT_WRITTEN_OUT) ? NOT_WRITTEN_OUT : items;
    }
    case 'ObjectExpression': {
      const entries = (node.properties as EstreeNode[]).map((property) => [keyOf(property), property.type === 'Property' ? valueOf(property.value as EstreeNode) : NOT_WRITTEN_OUT] as const);
      return entries.some(([key, value]) => key === undefined || value === NOT_WRITTEN_OUT) ? NOT_WRITTEN_OUT : Object.fromEntries(entries);
    }
    case 'NewExpression': {
      // `new Date('2024-01-31')`: the date as written.
      const [argument, ...rest] = node.arguments as EstreeNode[];
      const written = valueOf(argument);
      return (node.callee as EstreeNode).type === 'Identifier' && (node.callee as EstreeNode).name === 'Date' && rest.length === 0 && typeof written === 'string' ? written : NOT_WRITTEN_OUT;
    }
    default:
      return NOT_WRITTEN_OUT;
  }
}

/** A property's name, when it is written out (`title`, `'title'`), not computed or spread. */
function keyOf(property: EstreeNode): string | undefined {
  if (property.type !== 'Property' || property.computed === true || property.kind !== 'init' || property.method === true) return undefined;
  const key = property.key as EstreeNode;
  if (key.type === 'Identifier') return String(key.name);
  return key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number') ? String(key.value) : undefined;
}

const JS_KIND: Readonly<Record<string, string>> = {
  Identifier: 'a name of the code',
  CallExpression: 'a call',
  MemberExpression: 'a name of the code',
  TemplateLiteral: 'a template with `${…}`',
  SpreadElement: 'a spread',
  BinaryExpression: 'a sum or other operation',
  ConditionalExpression: 'a condition',
  ArrayExpression: 'a list with code in it',
  ObjectExpression: 'a map with code in it',
  NewExpression: "a `new` other than `new Date('…')`",
};

/**
 * The fields of an ESM metadata block, each with its line; a field whose value is code (a name, a call, an
 * import's value) is a problem naming it, as the site reads the fields without running the post.
 */
export function readEsmMetadata(block: string, startLine: number): { data: Record<string, unknown>; lines: Map<string, number>; itemLines: Map<string, number[]>; problems: { line: number; message: string; fix: string }[] } {
  const lines = new Map<string, number>();
  const itemLines = new Map<string, number[]>();
  const problems: { line: number; message: string; fix: string }[] = [];
  const tree = unified().use(remarkParse).use(remarkMdx).parse(block) as Root;
  const esm = tree.children[0];
  const program = esm?.type === 'mdxjsEsm' ? (esm.data?.estree as { body?: EstreeNode[] } | undefined) : undefined;
  const declaration = program?.body?.[0]?.declaration as EstreeNode | undefined;
  const object = (declaration?.declarations as EstreeNode[] | undefined)?.[0]?.init as EstreeNode | undefined;
  const lineOf = (node: EstreeNode) => startLine + (node.loc?.start.line ?? 1) - 1;
  const data: Record<string, unknown> = {};
  for (const property of object?.type === 'ObjectExpression' ? (object.properties as EstreeNode[]) : []) {
    const key = keyOf(property);
    const value = property.value as EstreeNode | undefined;
    const written = key === undefined || !value ? NOT_WRITTEN_OUT : valueOf(value);
    if (key === undefined || written === NOT_WRITTEN_OUT) {
      const kind = JS_KIND[(key === undefined ? property : (value ?? property)).type] ?? 'code';
      problems.push({
        line: lineOf(property),
        message: `${key === undefined ? 'A field' : `\`${key}\``} of \`export const\` is ${kind}, not a value written out: the site reads a post's fields without running its code.`,
        fix: 'Write the value itself: text in quotes, a number, true or false, or a list [ ] of those.',
      });
      continue;
    }
    data[key] = written;
    lines.set(key, lineOf(property));
    if (Array.isArray(written) && value?.type === 'ArrayExpression') itemLines.set(key, (value.elements as EstreeNode[]).map(lineOf));
  }
  return problems.length > 0 ? { data: {}, lines, itemLines: new Map(), problems } : { data, lines, itemLines, problems };
}
