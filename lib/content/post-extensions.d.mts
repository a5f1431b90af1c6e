export const MARKDOWN_EXTENSIONS: readonly string[];
export const POST_EXTENSIONS: readonly string[];
export const POST_FILE: RegExp;
