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
        className="w-full min-w-0 min-h-11 rounded-full border border-stone-300 bg-white px-3 py-1 text-sm text-stone-900 placeholder:text-stone-500 dark:border-stone-600 dark:bg-stone-800 dark:text-stone-100 dark:placeholder:text-stone-400"
      />
    </form>
  );
}
