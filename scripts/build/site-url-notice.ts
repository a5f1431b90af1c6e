// Runs once before `npm run build` (npm's prebuild hook): the build's workers each load lib/site/config.ts,
// so the notice lives here to be printed exactly once.
import { site } from '../../lib/site/config';

if (site.siteUrlIsDefault) {
  console.warn(
    `SITE_URL is not set: canonical URLs, feeds, the sitemap and share images use ${site.url}. ` +
      'Set SITE_URL=https://your.domain for a deployed site.',
  );
} else {
  console.log(`SITE_URL: ${site.url}`);
}
