/* dossier-article-view.h — the article text with its annotations as tags
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dossier-document.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_ARTICLE_VIEW (dossier_article_view_get_type ())
G_DECLARE_FINAL_TYPE (DossierArticleView, dossier_article_view, DOSSIER, ARTICLE_VIEW, GtkTextView)

/* Properties: "document" (DossierDocument), "annotated" (read-only: TRUE once
 * every tag of the current article is applied).
 * Tag names: "person", "organization", "place", "other", "date", "quote",
 * "selected-quote", "current-quote", "selected-mention", "current-mention",
 * "selected-event". */
GtkWidget       *dossier_article_view_new              (void);
DossierDocument *dossier_article_view_get_document     (DossierArticleView *self);
void             dossier_article_view_set_document     (DossierArticleView *self,
                                                        DossierDocument    *document);
gboolean         dossier_article_view_get_annotated    (DossierArticleView *self);
/* What a click at @iter does: selects the entity named there (or the quote
 * and its speaker). Returns TRUE when the selection changed. */
gboolean         dossier_article_view_activate_at_iter (DossierArticleView *self,
                                                        const GtkTextIter  *iter);
void             dossier_article_view_show_mention     (DossierArticleView *self,
                                                        guint               start,
                                                        guint               end);
/* The tooltip text for @iter (name, kind, role), or NULL. */
char            *dossier_article_view_dup_tooltip_at   (DossierArticleView *self,
                                                        const GtkTextIter  *iter);

G_END_DECLS
