import type { Problem } from './index';
import { loadMermaid } from './load-mermaid.mjs';

type Reading = { line: number; message: string } | undefined;

/** What Mermaid made of each source this process has read: the dev server checks again on every save. */
const readings = new Map<string, Promise<Reading>>();

/**
 * Mermaid's own parser on one diagram's source (the same package that draws it in the reader's browser):
 * undefined when it reads, else its message and the diagram's line it names (1 when it names none).
 */
export function readMermaid(source: string): Promise<Reading> {
  let reading = readings.get(source);
  if (!reading) {
    reading = loadMermaid().then(
      (mermaid) =>
        mermaid.parse(source).then(
          () => undefined,
          (error: unknown) => {
            const text = error instanceof Error ? error.message : String(error);
            // Its parsers point at the column with a line of dashes: no use outside a fixed-width block.
            const message = text.split('\n').filter((part) => !/^\s*-*\^\s*$/.test(part)).join(' ').replace(/\s+/g, ' ').trim();
            return { line: Number(/\bon line (\d+)/.exec(text)?.[1] ?? 1), message: message.length > 400 ? `${message.slice(0, 400)}…` : message };
          },
        ),
    );
    readings.set(source, reading);
  }
  return reading;
}

/**
 * An error for each diagram the check found (a Problem's `diagram`, at its fence's line) that Mermaid cannot
 * read: in the browser it would show as its source under "could not be drawn". Async, as Mermaid's parsers
 * are, so the check runs it after the synchronous checks (scripts/build/content-check.ts).
 */
export async function diagramProblems(problems: readonly Problem[]): Promise<Problem[]> {
  const found = await Promise.all(
    problems.map(async (problem): Promise<Problem | undefined> => {
      if (problem.diagram === undefined) return undefined;
      const reading = await readMermaid(problem.diagram);
      if (!reading) return undefined;
      // The diagram's first line is the one after its fence.
      const line = problem.line + Math.min(Math.max(reading.line, 1), problem.diagram.split('\n').length);
      return {
        file: problem.file,
        line,
        severity: 'error',
        message: `Mermaid cannot read this diagram, so readers would see its source instead: ${reading.message}`,
        fix: 'Correct the diagram (mermaid.live shows the same error as you type), or write it as a ```text block to show it as code.',
      };
    }),
  );
  return found.filter((problem) => problem !== undefined);
}
