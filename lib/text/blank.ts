/**
 * Every character of `text` but its line breaks as a space: text taken out of what is read (another engine's
 * own parts, a comment, a tag) keeps its length and its lines, so every offset and `file:line` after it holds.
 */
export const blank = (text: string): string => text.replace(/[^\n]/g, ' ');
