import { formatDate } from '@/lib/content/dates';

/** The one way a date is shown: readable text, machine-readable `dateTime`. */
export function DateTime({ iso, className }: { iso: string; className?: string }) {
  return (
    <time dateTime={iso} className={className}>
      {formatDate(iso)}
    </time>
  );
}
