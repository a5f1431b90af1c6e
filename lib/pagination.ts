/** How many posts a list page shows. The one page-size constant. */
export const PAGE_SIZE = 10;
export const HOME_POST_COUNT = PAGE_SIZE;
