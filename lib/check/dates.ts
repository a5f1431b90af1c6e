import { readDate } from '../content/dates';

/** A real calendar date (no `2024-02-30` rolling over to March), with an optional time and zone. */
export function isValidDate(value: string): boolean {
  return readDate(value) !== undefined;
}
