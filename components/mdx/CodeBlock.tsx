import type { ReactNode } from 'react';

/**
 * Docusaurus' `<CodeBlock>` whose code is not written out (an expression): shown as plain code. One whose
 * code is written out is a fenced code block, highlighted (lib/markdown/mdx-imports.ts).
 */
export function CodeBlock({ language, children }: { language?: string; children?: ReactNode }) {
  return (
    <pre>
      <code className={language ? `language-${language}` : undefined}>{children}</code>
    </pre>
  );
}
