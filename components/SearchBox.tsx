import type { Ref } from 'react';
import { withBasePath } from '@/lib/routes';

/** A plain GET form: works without JavaScript and gives `/search?q=…`, a shareable address. */
export function SearchBox({ defaultValue, inputRef, className = '' }: { defaultValue: string; inputRef?: Ref<HTMLInputElement>; className?: string }) {
  return (
    <form role="search" action={withBasePath('/search')} method="get" className={`flex ${className}`}>
      <label className="sr-only" htmlFor="page-search">
        Search posts
      </label>
      <input
        id="page-search"
        type="search"
        name="q"
        defaultValue={defaultValue}
        ref={inputRef}
        placeholder="Search"
        className="w-full min-w-0 min-h-11 rounded-full border border-control bg-field px-3 py-1 text-sm text-body placeholder:text-hint"
      />
    </form>
  );
}
