import { isAlias, isMap, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';

/** A field's node with a YAML alias (`*name`) replaced by what it points at, as contentlayer reads it. */
export function resolved(node: YamlNode | null | undefined, doc: Document): YamlNode | null | undefined {
  return isAlias(node) ? (node.resolve(doc) as YamlNode | undefined) : node;
}

/** What a frontmatter value is, in an author's words, for messages. */
export function describeValue(node: YamlNode | null | undefined): string {
  if (isSeq(node)) return 'a list';
  if (isMap(node)) return 'a set of `key: value` fields';
  if (!isScalar(node) || node.value === null || node.value === undefined) return 'empty';
  if (typeof node.value === 'number') return `the number ${String(node.value)}`;
  if (typeof node.value === 'boolean') return `the value ${String(node.value)}`;
  return 'text';
}

/** The text of a field that must be a string (contentlayer rejects numbers and booleans), else undefined. */
export function stringValue(node: YamlNode | null | undefined): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}
