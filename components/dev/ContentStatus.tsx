import status from '@/.contentlayer/dev/status.json';
import type { DevStatus } from '@/lib/dev/status';

/**
 * `npm run dev` only (the layout renders it when NODE_ENV is development): the content errors that
 * stop the content step, over the last good page, each with file:line and its fix. Rendered on the
 * server from the status file scripts/dev.ts writes; importing that file makes Next refresh the page
 * when it changes, so the banner comes and goes without a reload. No client script.
 */
// Inline styles, not Tailwind classes: nothing of this may reach the production stylesheet.
const BANNER = {
  position: 'fixed',
  insetInline: 0,
  bottom: 0,
  zIndex: 50,
  maxHeight: '60vh',
  overflowY: 'auto',
  padding: '1rem 1.25rem',
  borderTop: '4px solid #b91c1c',
  background: '#fef2f2',
  color: '#450a0a',
  font: '0.875rem/1.5 ui-monospace, monospace',
} as const;

export function ContentStatus() {
  const { problems } = status as DevStatus;
  if (problems.length === 0) return null;
  return (
    <section
      role="alert"
      aria-label="Content errors"
      data-content-errors
      style={BANNER}
    >
      <h2 style={{ margin: '0 0 0.5rem', fontSize: '1rem' }}>
        {problems.length === 1 ? '1 content error' : `${problems.length} content errors`}: the page shows the last good build
      </h2>
      <ul style={{ margin: 0, padding: 0, listStyle: 'none', display: 'grid', gap: '0.75rem' }}>
        {problems.map((problem) => (
          <li key={`${problem.file}:${problem.line}:${problem.message}`}>
            <p>
              <strong>
                {problem.file}:{problem.line}
              </strong>{' '}
              {problem.message}
            </p>
            {problem.fix && <p>fix: {problem.fix}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
