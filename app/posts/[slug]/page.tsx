import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CopyCodeButtons } from '@/components/CopyCodeButtons';
import { MermaidDiagrams } from '@/components/MermaidDiagrams';
import { PostAuthors } from '@/components/PostAuthors';
import { PostCover } from '@/components/PostCover';
import { PostJsonLd } from '@/components/PostJsonLd';
import { PostMeta } from '@/components/PostMeta';
import { PostNav } from '@/components/PostNav';
import { RelatedPosts } from '@/components/RelatedPosts';
import { SeriesNav } from '@/components/SeriesNav';
import { TableOfContents } from '@/components/TableOfContents';
import { TagLinks } from '@/components/TagLinks';
import { hasMermaidDiagram } from '@/lib/browser/diagrams';
import { withBasePath } from '@/lib/routes';
import { postPageMetadata } from '@/lib/seo/metadata';
import { getAdjacentPosts, getPostBySlug, getPostSlugs, getRelatedPosts } from '@/lib/content';
import { staticParams } from '@/lib/content/static-params';
import { routeParam } from '@/lib/site/route-param';
import { POST_BODY_CLASSES } from './post-body';
import './post.css';

export const dynamicParams = false;

export const generateStaticParams = staticParams(() => getPostSlugs().map((slug) => ({ slug })));

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPostBySlug(routeParam((await params).slug));
  if (!post) return {};
  return postPageMetadata(post);
}

export default async function PostPage({ params }: Props) {
  const post = getPostBySlug(routeParam((await params).slug));
  if (!post) notFound();
  return (
    <>
    {/* An unlisted post is left out of the search index (scripts/build/search-index.mjs reads this mark). */}
    <article className="relative flex flex-col gap-8" {...(post.unlisted ? {} : { 'data-pagefind-body': '' })}>
      <PostJsonLd post={post} />
      <header className="flex flex-col gap-4">
        {/* A subtitle belongs to the heading: hgroup keeps the two together, as HTML defines it. */}
        <hgroup className="flex flex-col gap-2">
          <h1 className="text-3xl font-bold leading-tight tracking-tight text-balance text-ink sm:text-4xl">
            {post.title}
          </h1>
          {post.subtitle && <p className="text-lg text-balance text-soft sm:text-xl">{post.subtitle}</p>}
        </hgroup>
        {post.link && (
          // A link post (Minimal Mistakes', Hexo's `link`): the page it is about, named by its address.
          <p className="text-base text-soft">
            Link:{' '}
            <a href={post.link} className="break-all text-accent underline">
              {post.link.replace(/^https?:\/\//i, '')}
            </a>
          </p>
        )}
        <div className="flex flex-col gap-4" data-pagefind-ignore>
          <PostAuthors authors={post.authors} />
          <PostMeta post={post} showWords />
          <TagLinks tags={post.tags} />
        </div>
      </header>
      {post.series.map((series) => (
        <SeriesNav key={series.name} series={series} slug={post.slug} />
      ))}
      {post.cover && <PostCover cover={post.cover} />}
      <TableOfContents entries={post.toc} />
      <div
        id="post-body"
        className={POST_BODY_CLASSES}
        // Sanitised at the content step (lib/markdown/pipeline.ts): no raw HTML or script URL survives.
        dangerouslySetInnerHTML={{ __html: post.html }}
      />
      {post.html.includes('class="code-block"') && <CopyCodeButtons containerId="post-body" />}
      {hasMermaidDiagram(post.html) && <MermaidDiagrams containerId="post-body" />}
      {/* KaTeX's stylesheet and fonts (public/katex/), only where the content step typeset math; React puts it in <head>. */}
      {post.html.includes('class="katex"') && <link rel="stylesheet" href={withBasePath('/katex/katex.min.css')} precedence="katex" />}
      {/* For the search index only, after the body so excerpts quote the text first. */}
      <p hidden>
        {post.summary} {post.tags.map((tag) => tag.label).join(', ')}
      </p>
      {/* Date and tags for the search results (components/SearchResults.tsx). */}
      <span hidden data-pagefind-meta="date[data-date], tags[data-tags]" data-date={post.date} data-tags={JSON.stringify(post.tags)} />
    </article>
    <footer className="mt-12 flex flex-col gap-10 border-t border-rule pt-8">
      <PostNav adjacent={getAdjacentPosts(post.slug)} />
      <RelatedPosts posts={getRelatedPosts(post.slug)} />
    </footer>
    </>
  );
}
