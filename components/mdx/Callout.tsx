import type { ReactNode } from 'react';
import { CALLOUT_TYPES } from './names';

const TITLES: Record<(typeof CALLOUT_TYPES)[number], string> = {
  note: 'Note',
  tip: 'Tip',
  important: 'Important',
  warning: 'Warning',
  caution: 'Caution',
};

/** The markup of a Markdown alert (`> [!TIP]`, lib/markdown/alerts.ts), so both share app/markdown.css. */
export function Callout({ type = 'note', title, children }: { type?: string; title?: string; children?: ReactNode }) {
  const kind = (CALLOUT_TYPES as readonly string[]).includes(type) ? (type as (typeof CALLOUT_TYPES)[number]) : 'note';
  return (
    <div className={`markdown-alert markdown-alert-${kind}`} role="note">
      <p className="markdown-alert-title">{title ?? TITLES[kind]}</p>
      {children}
    </div>
  );
}
