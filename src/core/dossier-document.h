/* dossier-document.h — an open article: its file, its article, the selection
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "dossier-article.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_DOCUMENT (dossier_document_get_type ())
G_DECLARE_FINAL_TYPE (DossierDocument, dossier_document, DOSSIER, DOCUMENT, GObject)

/* Properties (all notify): "file" (GFile), "article" (DossierArticle),
 * "selected-entity", "selected-quote", "selected-event" (nullable),
 * "modified", "busy". Setting "article" clears the selection. */
DossierDocument    *dossier_document_new                 (void);
GFile              *dossier_document_get_file            (DossierDocument *self);
void                dossier_document_set_file            (DossierDocument *self,
                                                          GFile           *file);
DossierArticle     *dossier_document_get_article         (DossierDocument *self);
void                dossier_document_set_article         (DossierDocument *self,
                                                          DossierArticle  *article);
DossierEntity      *dossier_document_get_selected_entity (DossierDocument *self);
void                dossier_document_set_selected_entity (DossierDocument *self,
                                                          DossierEntity   *entity);
DossierQuote       *dossier_document_get_selected_quote  (DossierDocument *self);
void                dossier_document_set_selected_quote  (DossierDocument *self,
                                                          DossierQuote    *quote);
DossierEvent       *dossier_document_get_selected_event  (DossierDocument *self);
void                dossier_document_set_selected_event  (DossierDocument *self,
                                                          DossierEvent    *event);
gboolean            dossier_document_get_modified        (DossierDocument *self);
void                dossier_document_set_modified        (DossierDocument *self,
                                                          gboolean         modified);
gboolean            dossier_document_get_busy            (DossierDocument *self);
void                dossier_document_set_busy            (DossierDocument *self,
                                                          gboolean         busy);

G_END_DECLS
