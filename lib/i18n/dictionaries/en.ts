/**
 * Every string the site's pages show readers, in English: the reference
 * dictionary. Its keys are the only keys (MessageKey); `{name}` is filled in
 * by the lookup (lib/i18n/dictionary.ts), and a message with forms (`one`,
 * `other`...) is chosen by `{count}` with the language's plural rules.
 * Grouped by where the string appears (components/, app/, lib/markdown).
 */
import type { Message } from "../dictionary";

export const en = {
  // Header and footer (components/Header.tsx, Footer.tsx, ThemeToggle.tsx)
  "header.navLabel": "Main",
  "header.menu": "Menu",
  "nav.blog": "Blog",
  "nav.archive": "Archive",
  "nav.tags": "Tags",
  "nav.categories": "Categories",
  "nav.search": "Search",
  "theme.toLight": "Switch to light theme",
  "theme.toDark": "Switch to dark theme",
  "theme.toggle": "Toggle theme",
  "footer.rss": "RSS feed",
  "language.switcherLabel": "Language",
  "language.readIn": "Read in {language}",

  // Home page (app/_routes/home.tsx)
  "home.aboutAuthor": "About the author",
  "home.featured": "Featured",
  "home.latest": "Latest posts",
  "home.noPosts": "No posts yet.",
  "home.allPosts": "All posts →",

  // A post (components/PostArticle.tsx, PostList.tsx, DraftBadge.tsx, ContentProblems.tsx)
  "post.minRead": "{minutes} min read",
  "post.updated": "updated {date}",
  "post.categories": "Categories",
  "post.tags": "Tags",
  "post.tagsOf": "Tags of {title}",
  "post.aboutAuthors": { one: "About the author", other: "About the authors" },
  "post.writtenBy": "Written by",
  "post.unpublished": "Unpublished",
  "post.contentProblemTitle": "Content problem",
  "post.contentProblems": { one: "This post has a content problem", other: "This post has {count} content problems" },
  "post.contentProblemsFix": "Fix the file and save it: this page updates by itself.",

  // A post's comments (components/Comments.tsx)
  "comments.heading": { one: "{count} comment", other: "{count} comments" },
  "comments.anonymous": "Anonymous",
  "comments.replyTo": "in reply to {name}",
  "comments.reply": "Reply",
  "comments.replyLabel": "Reply to {name}",
  "comments.formHeading": "Leave a comment",
  "comments.name": "Name",
  "comments.email": "E-mail (optional)",
  "comments.emailHint": "For reply notices; never shown.",
  "comments.notify": "E-mail me when someone replies",
  "comments.website": "Website (optional)",
  "comments.text": "Comment",
  "comments.textHint": "Markdown: *emphasis*, **bold**, [links](https://example.com), `code`, > quotes, lists. No images, no HTML.",
  "comments.honeypot": "Leave this field empty",
  "comments.preview": "Preview",
  "comments.previewAgain": "Preview again",
  "comments.send": "Send comment",
  "comments.sending": "Sending…",
  "comments.checkHeading": "Check your comment",
  "comments.checkIntro": "This is how your comment will look. Send it, or change it and preview again.",
  "comments.problems": "Please correct:",
  "comments.thanks": "Thank you",
  "comments.pending": "Your comment awaits moderation: it appears under the post once the author approves it.",
  "comments.awaiting": "Awaiting moderation",
  "comments.verificationSent": "A link is on its way to your e-mail address: confirm the address with it, and once the author has approved a comment of yours, the next ones appear without waiting.",
  "comments.published": "Your comment is published.",
  "comments.seeIt": "See it under the post",
  "comments.failed": "Your comment could not be sent",
  "comments.back": "Back to “{title}”",
  "comments.closedExport": "Comments are closed on this copy of the site.",
  "comments.commentAt": "Comment on this post at {host}",

  // Previous and next (components/PostNav.tsx)
  "postNav.label": "More posts",
  "postNav.previous": "← Previous post",
  "postNav.next": "Next post →",

  // Table of contents, related posts, series (TableOfContents.tsx, RelatedPosts.tsx, SeriesBox.tsx, app/(site)/series)
  "toc.title": "Contents",
  "related.title": "Related posts",
  "series.position": "Part {position} of {count} in the series",
  "series.pageTitle": "Series: {name}",
  "series.description": "The {count} parts of {name}, in order.",
  "series.lead": { one: "{count} part, in reading order.", other: "{count} parts, in reading order." },

  // Share row (components/ShareLinks.tsx, CopyLink.tsx)
  "share.label": "Share this post",
  "share.copyLink": "Copy link",
  "share.linkCopied": "Link copied",
  "share.copyThisAddress": "Copy this address: {url}",
  "share.email": "Email",
  "share.emailHint": ": send this post by email",
  "share.serviceHint": ": share this post (opens a new tab)",
  "share.backToTop": "Back to top ↑",

  // Code blocks (lib/markdown/code-blocks.ts, components/CodeCopy.tsx)
  "code.copyLabel": "Copy code",
  "code.copy": "Copy",
  "code.copied": "Copied",
  "code.selected": "Code selected: press Ctrl+C to copy",

  // Search (components/search/*, app/_routes/search.tsx)
  "search.title": "Search",
  "search.button": "Search",
  "search.label": "Search posts",
  "search.placeholder": "Search posts…",
  "search.results": "Results",
  "search.unavailable": "Search is unavailable right now.",
  "search.noMatch": "No posts match.",
  "search.keys": "↑ ↓ to move · Enter to open · Esc to close",
  "search.close": "Close",
  "search.count": { one: "{count} result", other: "{count} results" },

  // Lists and pagination (app/_routes/blog.tsx, components/Pagination.tsx)
  "blog.title": "All posts",
  "blog.titlePaged": "All posts, page {page}",
  "blog.lead": { one: "{count} post, newest first.", other: "{count} posts, newest first." },
  "pagination.label": "Pagination",
  "pagination.newer": "← Newer posts",
  "pagination.older": "Older posts →",
  "pagination.pageOf": "Page {page} of {total}",

  // Archive (app/_routes/archive.tsx, components/Archive.tsx)
  "archive.title": "Archive",
  "archive.lead": { one: "{count} post, by year.", other: "{count} posts, by year." },
  "archive.leadSpan": { one: "{count} post, {from} to {to}, by year.", other: "{count} posts, {from} to {to}, by year." },
  "archive.yearCount": { one: "{count} post", other: "{count} posts" },

  // Tags and categories (app/_routes/taxonomy.tsx, lib/web/feed-routes.ts)
  "tags.plural": "Tags",
  "tags.indexLead": { one: "{count} tag, most used first.", other: "{count} tags, most used first." },
  "tags.termTitle": "Tag: {name}",
  "categories.plural": "Categories",
  "categories.indexLead": { one: "{count} category, most used first.", other: "{count} categories, most used first." },
  "categories.termTitle": "Category: {name}",
  "taxonomy.pageSuffix": ", page {page}",
  "taxonomy.termDescription": { one: "{count} post filed under {name}.", other: "{count} posts filed under {name}." },
  "taxonomy.termLead": { one: "{count} post.", other: "{count} posts." },
  "taxonomy.termLeadPaged": { one: "{count} post, page {page}.", other: "{count} posts, page {page}." },
  "feed.tagDescription": "Posts tagged {name} on {site}",

  // Authors (app/(site)/authors, components/AuthorCard.tsx, lib/data/authors.ts)
  "author.description": "Posts by {name}.",
  "author.lead": { one: "{count} post, by year.", other: "{count} posts, by year." },
  "author.website": "Website",

  // The 404 page (app/_routes/not-found.tsx)
  "notFound.title": "Page not found",
  "notFound.lead": "There is nothing at this address. It may have moved, or the link may be mistyped.",
  "notFound.goHome": "Go to the home page",
  "notFound.orBrowse": "or browse",
  "notFound.allPosts": "all posts",
  "notFound.latest": "Latest posts",

  // A post's footnotes section (lib/markdown/pipeline.ts)
  "footnotes.label": "Footnotes",
  "footnotes.backLabel": "Back to reference {n}",

  // The document (components/SiteShell.tsx)
  "layout.skipToContent": "Skip to content",
} as const satisfies Record<string, Message>;
