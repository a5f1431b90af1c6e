import type { TocEntry } from '@/lib/markdown/toc';

// A heading's trailing emoji (`Security 🔒`) holds on to the word before it: never alone on a line.
const TRAILING_EMOJI = /\s+((?:\p{Extended_Pictographic}[\u{1F3FB}-\u{1F3FF}\uFE0F\u200D]*)+)$/u;

export function keepEmojiWithWord(text: string): string {
  return text.replace(TRAILING_EMOJI, '\u00a0$1');
}

export function TocList({ entries }: { entries: readonly TocEntry[] }) {
  return (
    <ol className="flex flex-col gap-1.5 text-sm">
      {entries.map((entry) => (
        <li key={entry.id} className={entry.depth === 3 ? 'pl-4' : undefined}>
          <a
            href={`#${entry.id}`}
            className="toc-link"
          >
            {keepEmojiWithWord(entry.text)}
          </a>
        </li>
      ))}
    </ol>
  );
}

/**
 * The post's contents without JavaScript: a collapsible <details> above the text on narrow
 * screens, a sticky list beside it on wide ones (only one of the two is ever displayed).
 */
export function TableOfContents({ entries }: { entries: readonly TocEntry[] }) {
  if (entries.length < 2) return null;
  const title = 'text-xs font-semibold uppercase tracking-wide text-muted';
  return (
    <>
      <nav aria-label="Table of contents" className="xl:hidden" data-pagefind-ignore>
        <details className="rounded-lg border border-frame px-4 py-3">
          <summary className={`cursor-pointer ${title}`}>Contents</summary>
          <div className="mt-3">
            <TocList entries={entries} />
          </div>
        </details>
      </nav>
      {/* In the margin beside the 48rem column, at least 2rem from the window's edge. */}
      <aside className="absolute top-0 left-full ml-8 hidden h-full w-[min(14rem,calc((100vw-48rem)/2-4rem))] xl:block" data-pagefind-ignore>
        <nav aria-label="Table of contents" className="sticky top-8 max-h-[calc(100vh-4rem)] overflow-y-auto">
          <p className={`mb-3 ${title}`}>Contents</p>
          <TocList entries={entries} />
        </nav>
      </aside>
    </>
  );
}
