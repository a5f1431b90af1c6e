export const MARKDOWN_EXTENSIONS: readonly string[];
export const POST_EXTENSIONS: readonly string[];
export const POST_FILE: RegExp;
export const SECTION_FILE: RegExp;
export const SECTION_GLOB: string;
