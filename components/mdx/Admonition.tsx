import type { ReactNode } from 'react';
import { Callout } from './Callout';

/** Docusaurus' admonition kinds, as the site's callouts (its `:::danger` container reads the same). */
const KINDS: Readonly<Record<string, string>> = { note: 'note', tip: 'tip', info: 'note', warning: 'warning', danger: 'caution', caution: 'caution', secondary: 'note', success: 'tip', important: 'important' };

/** Docusaurus' `<Admonition type="tip" title="…">`: a callout. */
export function Admonition({ type = 'note', title, children }: { type?: string; title?: string; children?: ReactNode }) {
  return (
    <Callout type={KINDS[type] ?? 'note'} {...(title === undefined ? {} : { title })}>
      {children}
    </Callout>
  );
}
