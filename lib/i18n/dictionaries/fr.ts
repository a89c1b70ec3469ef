/**
 * The site's strings in French: every key of the English dictionary
 * (lib/i18n/dictionaries/en.ts). A colon is preceded by a no-break space
 * (U+00A0), as French typography wants, so it never starts a line.
 */
import type { Dictionary } from "../dictionary";

export const fr: Dictionary = {
  "header.navLabel": "Principale",
  "nav.blog": "Blog",
  "nav.archive": "Archives",
  "nav.tags": "Mots-clés",
  "nav.categories": "Catégories",
  "nav.search": "Recherche",
  "theme.toLight": "Passer au thème clair",
  "theme.toDark": "Passer au thème sombre",
  "theme.toggle": "Changer de thème",
  "footer.rss": "Flux RSS",
  "language.switcherLabel": "Langue",
  "language.readIn": "Lire en {language}",

  "home.aboutAuthor": "À propos de l’auteur",
  "home.featured": "À la une",
  "home.latest": "Derniers articles",
  "home.noPosts": "Aucun article pour l’instant.",
  "home.allPosts": "Tous les articles →",

  "post.minRead": "{minutes} min de lecture",
  "post.updated": "mis à jour le {date}",
  "post.categories": "Catégories",
  "post.tags": "Mots-clés",
  "post.tagsOf": "Mots-clés de {title}",
  "post.aboutAuthors": { one: "À propos de l’auteur", other: "À propos des auteurs" },
  "post.writtenBy": "Écrit par",
  "post.unpublished": "Non publié",
  "post.contentProblemTitle": "Problème de contenu",
  "post.contentProblems": { one: "Cet article a un problème de contenu", other: "Cet article a {count} problèmes de contenu" },
  "post.contentProblemsFix": "Corrigez le fichier et enregistrez-le : cette page se met à jour d’elle-même.",

  "comments.heading": { one: "{count} commentaire", other: "{count} commentaires" },
  "comments.anonymous": "Anonyme",
  "comments.replyTo": "en réponse à {name}",

  "postNav.label": "Autres articles",
  "postNav.previous": "← Article précédent",
  "postNav.next": "Article suivant →",

  "toc.title": "Sommaire",
  "related.title": "Articles liés",
  "series.position": "Partie {position} sur {count} de la série",
  "series.pageTitle": "Série : {name}",
  "series.description": "Les {count} parties de {name}, dans l’ordre.",
  "series.lead": { one: "{count} partie, dans l’ordre de lecture.", other: "{count} parties, dans l’ordre de lecture." },

  "share.label": "Partager cet article",
  "share.copyLink": "Copier le lien",
  "share.linkCopied": "Lien copié",
  "share.copyThisAddress": "Copiez cette adresse : {url}",
  "share.email": "E-mail",
  "share.emailHint": " : envoyer cet article par e-mail",
  "share.serviceHint": " : partager cet article (ouvre un nouvel onglet)",
  "share.backToTop": "Haut de page ↑",

  "code.copyLabel": "Copier le code",
  "code.copy": "Copier",
  "code.copied": "Copié",
  "code.selected": "Code sélectionné : appuyez sur Ctrl+C pour le copier",

  "search.title": "Recherche",
  "search.button": "Rechercher",
  "search.label": "Rechercher dans les articles",
  "search.placeholder": "Rechercher dans les articles…",
  "search.results": "Résultats",
  "search.unavailable": "La recherche est indisponible pour le moment.",
  "search.noMatch": "Aucun article ne correspond.",
  "search.keys": "↑ ↓ pour naviguer · Entrée pour ouvrir · Échap pour fermer",
  "search.count": { one: "{count} résultat", other: "{count} résultats" },

  "blog.title": "Tous les articles",
  "blog.titlePaged": "Tous les articles, page {page}",
  "blog.lead": { one: "{count} article, du plus récent au plus ancien.", other: "{count} articles, du plus récent au plus ancien." },
  "pagination.label": "Pagination",
  "pagination.newer": "← Articles plus récents",
  "pagination.older": "Articles plus anciens →",
  "pagination.pageOf": "Page {page} sur {total}",

  "archive.title": "Archives",
  "archive.lead": { one: "{count} article, par année.", other: "{count} articles, par année." },
  "archive.leadSpan": { one: "{count} article, de {from} à {to}, par année.", other: "{count} articles, de {from} à {to}, par année." },
  "archive.yearCount": { one: "{count} article", other: "{count} articles" },

  "tags.plural": "Mots-clés",
  "tags.indexLead": { one: "{count} mot-clé, du plus utilisé au moins utilisé.", other: "{count} mots-clés, du plus utilisé au moins utilisé." },
  "tags.termTitle": "Mot-clé : {name}",
  "categories.plural": "Catégories",
  "categories.indexLead": {
    one: "{count} catégorie, de la plus utilisée à la moins utilisée.",
    other: "{count} catégories, de la plus utilisée à la moins utilisée.",
  },
  "categories.termTitle": "Catégorie : {name}",
  "taxonomy.pageSuffix": ", page {page}",
  "taxonomy.termDescription": { one: "{count} article classé sous {name}.", other: "{count} articles classés sous {name}." },
  "taxonomy.termLead": { one: "{count} article.", other: "{count} articles." },
  "taxonomy.termLeadPaged": { one: "{count} article, page {page}.", other: "{count} articles, page {page}." },
  "feed.tagDescription": "Articles classés sous {name} sur {site}",

  "author.description": "Articles de {name}.",
  "author.lead": { one: "{count} article, par année.", other: "{count} articles, par année." },
  "author.website": "Site web",

  "notFound.title": "Page introuvable",
  "notFound.lead": "Il n’y a rien à cette adresse. La page a peut-être été déplacée, ou le lien contient une faute de frappe.",
  "notFound.goHome": "Aller à l’accueil",
  "notFound.orBrowse": "ou parcourir",
  "notFound.allPosts": "tous les articles",
  "notFound.latest": "Derniers articles",

  // A post's footnotes section (lib/markdown/pipeline.ts)
  "footnotes.label": "Notes",
  "footnotes.backLabel": "Retour à l’appel de note {n}",

  // The document (components/SiteShell.tsx)
  "layout.skipToContent": "Aller au contenu",
};
