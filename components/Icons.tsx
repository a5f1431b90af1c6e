/*
 * Small line icons drawn inline. Arrows and theme symbols as text (← → ☀ ☾ ◐) are not in the
 * self-hosted Inter subset, so the browser searched the system's fonts for them during every page's
 * first layout, a large part of a list page's layout time on Linux (BENCHMARKS.md, "System font fallback").
 * tests/unit/site/font-coverage.test.ts keeps such characters out of the components.
 */
const DRAWINGS = {
  'arrow-left': <path d="M13 8H3M7 4 3 8l4 4" />,
  'arrow-right': <path d="M3 8h10M9 4l4 4-4 4" />,
  sun: (
    <>
      <circle cx="8" cy="8" r="3" />
      <path d="M8 1v1.5M8 13.5V15M1 8h1.5M13.5 8H15M3.05 3.05l1.06 1.06M11.89 11.89l1.06 1.06M3.05 12.95l1.06-1.06M11.89 4.11l1.06-1.06" />
    </>
  ),
  moon: <path d="M13.5 9.6A5.5 5.5 0 0 1 6.4 2.5a5.5 5.5 0 1 0 7.1 7.1Z" />,
  // Half light, half dark: the theme follows the system.
  system: (
    <>
      <circle cx="8" cy="8" r="6" />
      <path d="M8 2a6 6 0 0 1 0 12Z" fill="currentColor" />
    </>
  ),
};

export type IconName = keyof typeof DRAWINGS;

/** An icon the size of the text around it (`.icon` in app/components.css), hidden from screen readers. */
export function Icon({ name }: { name: IconName }) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="icon" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round">
      {DRAWINGS[name]}
    </svg>
  );
}
