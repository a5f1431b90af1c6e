/**
 * The classes of the post text. Only post.css generates the typography ones (the site's stylesheet
 * has no typography plugin), so list pages never download the plugin's rules. All of the element's
 * classes live here: post.css comes after the site's stylesheet, so its `.prose` (max-width: 65ch)
 * would beat a `max-w-*` generated there.
 */
export const POST_BODY_CLASSES =
  'prose prose-stone max-w-measure sm:prose-lg prose-headings:scroll-mt-6 prose-a:text-accent dark:prose-invert';
