export const MARKDOWN_EXTENSIONS: readonly string[];
export const HTML_EXTENSIONS: readonly string[];
export const HTML_FILE: RegExp;
export function opensWithFrontmatter(text: string): boolean;
export const POST_EXTENSIONS: readonly string[];
export const POST_FILE: RegExp;
export function isPostFile(name: string, text: () => string): boolean;
export const SECTION_FILE: RegExp;
export const SECTION_GLOB: string;
