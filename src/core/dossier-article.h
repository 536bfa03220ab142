/* dossier-article.h — the parsed article: text, metadata, entities, quotes, timexes, events
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "dossier-types.h"
#include "dossier-entity.h"
#include "dossier-quote.h"
#include "dossier-timex.h"
#include "dossier-event.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_ARTICLE (dossier_article_get_type ())
G_DECLARE_FINAL_TYPE (DossierArticle, dossier_article, DOSSIER, ARTICLE, GObject)

/* Properties: "text", "length" (characters), "source-path", "source-sha256",
 * "source-encoding", "title", "authors", "contributors", "credits", "outlet",
 * "dateline", "published", "body-start", "body-end". */
DossierArticle     *dossier_article_new                 (const char     *text,
                                                         gssize          length);
/* Takes ownership of @text (valid UTF-8, NUL-terminated, @length bytes). */
DossierArticle     *dossier_article_new_take            (char           *text,
                                                         gsize           length);
const char         *dossier_article_get_text            (DossierArticle *self);
/* In characters. */
guint               dossier_article_get_length          (DossierArticle *self);
/* A copy of the text between two character offsets. */
char               *dossier_article_dup_slice           (DossierArticle *self,
                                                         guint           start,
                                                         guint           end);

const char         *dossier_article_get_source_path     (DossierArticle *self);
const char         *dossier_article_get_source_sha256   (DossierArticle *self);
const char         *dossier_article_get_source_encoding (DossierArticle *self);
void                dossier_article_set_source          (DossierArticle *self,
                                                         const char     *path,
                                                         const char     *sha256,
                                                         const char     *encoding);

const char         *dossier_article_get_title           (DossierArticle *self);
void                dossier_article_set_title           (DossierArticle *self,
                                                         const char     *title);
const char * const *dossier_article_get_authors         (DossierArticle *self);
void                dossier_article_set_authors         (DossierArticle *self,
                                                         const char * const *authors);
const char * const *dossier_article_get_contributors    (DossierArticle *self);
void                dossier_article_set_contributors    (DossierArticle *self,
                                                         const char * const *contributors);
const char * const *dossier_article_get_credits         (DossierArticle *self);
void                dossier_article_set_credits         (DossierArticle *self,
                                                         const char * const *credits);
const char         *dossier_article_get_outlet          (DossierArticle *self);
void                dossier_article_set_outlet          (DossierArticle *self,
                                                         const char     *outlet);
const char         *dossier_article_get_dateline        (DossierArticle *self);
void                dossier_article_set_dateline        (DossierArticle *self,
                                                         const char     *dateline);
const char         *dossier_article_get_published       (DossierArticle *self);
void                dossier_article_set_published       (DossierArticle *self,
                                                         const char     *published);
/* Returns FALSE when no body range is known. */
gboolean            dossier_article_get_body            (DossierArticle *self,
                                                         guint          *start,
                                                         guint          *end);
void                dossier_article_set_body            (DossierArticle *self,
                                                         guint           start,
                                                         guint           end);

/* The collections, as GListModels for views to bind to. */
GListModel         *dossier_article_get_entities        (DossierArticle *self);
GListModel         *dossier_article_get_quotes          (DossierArticle *self);
GListModel         *dossier_article_get_timexes         (DossierArticle *self);
GListModel         *dossier_article_get_events          (DossierArticle *self);
void                dossier_article_add_entity          (DossierArticle *self,
                                                         DossierEntity  *entity);
void                dossier_article_add_quote           (DossierArticle *self,
                                                         DossierQuote   *quote);
void                dossier_article_add_timex           (DossierArticle *self,
                                                         DossierTimex   *timex);
void                dossier_article_add_event           (DossierArticle *self,
                                                         DossierEvent   *event);
/* The same for many at once: one items-changed signal per list. */
void                dossier_article_add_entities        (DossierArticle       *self,
                                                         DossierEntity * const *entities,
                                                         guint                 n);
void                dossier_article_add_quotes          (DossierArticle       *self,
                                                         DossierQuote * const *quotes,
                                                         guint                 n);
void                dossier_article_add_timexes         (DossierArticle       *self,
                                                         DossierTimex * const *timexes,
                                                         guint                 n);
void                dossier_article_add_events          (DossierArticle       *self,
                                                         DossierEvent * const *events,
                                                         guint                 n);
DossierEntity      *dossier_article_lookup_entity       (DossierArticle *self,
                                                         const char     *id);
DossierQuote       *dossier_article_lookup_quote        (DossierArticle *self,
                                                         const char     *id);
/* The quotes whose speaker is @entity, in text order (transfer container). */
GPtrArray          *dossier_article_get_quotes_by       (DossierArticle *self,
                                                         DossierEntity  *entity);
/* The events that name @entity or contain one of its quotes (transfer container). */
GPtrArray          *dossier_article_get_events_of       (DossierArticle *self,
                                                         DossierEntity  *entity);
/* Recounts each entity's n-quotes from the quotes' speakers. */
void                dossier_article_update_counts       (DossierArticle *self);

G_END_DECLS
