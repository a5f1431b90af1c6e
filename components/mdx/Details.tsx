import type { ReactNode } from 'react';

/** A section the reader opens: the browser's own <details>, no script. */
export function Details({ summary = 'Details', open, children }: { summary?: string; open?: boolean; children?: ReactNode }) {
  return (
    <details className="mdx-details" open={open}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
