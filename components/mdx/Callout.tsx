import type { ReactNode } from 'react';
import { CALLOUT_KINDS, CALLOUT_TYPES } from './names';

const TITLES: Record<(typeof CALLOUT_TYPES)[number], string> = {
  note: 'Note',
  tip: 'Tip',
  important: 'Important',
  warning: 'Warning',
  caution: 'Caution',
};

/**
 * The markup of a Markdown alert (`> [!TIP]`, lib/markdown/alerts.ts), so both share app/markdown.css. Also
 * Docusaurus' <Admonition> and Nextra's <Callout> (`danger`, `error`, `info`: CALLOUT_KINDS).
 */
export function Callout({ type = 'note', title, children }: { type?: string; title?: string; children?: ReactNode }) {
  const kind = Object.hasOwn(CALLOUT_KINDS, type) ? (CALLOUT_KINDS[type] ?? 'note') : 'note';
  return (
    <div className={`markdown-alert markdown-alert-${kind}`} role="note">
      <p className="markdown-alert-title">{title ?? TITLES[kind]}</p>
      {children}
    </div>
  );
}
