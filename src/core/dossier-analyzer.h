/* dossier-analyzer.h — text -> DossierArticle, by running the analysis passes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "dossier-article.h"

G_BEGIN_DECLS

/* Analyses @text (valid UTF-8, @length bytes or -1). @published (nullable)
 * is the reference date, YYYY-MM-DD[THH:MM], as --published gives it.
 * Returns a new article with everything filled but the source fields. */
DossierArticle *dossier_analyzer_analyze        (const char          *text,
                                                 gssize               length,
                                                 const char          *published);

/* Loads @file and analyses it in a worker thread. */
void            dossier_analyzer_analyze_file_async  (GFile               *file,
                                                      const char          *published,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
DossierArticle *dossier_analyzer_analyze_file_finish (GAsyncResult        *result,
                                                      GError             **error);
/* Synchronous form of the above, with the source fields filled. */
DossierArticle *dossier_analyzer_analyze_file        (GFile               *file,
                                                      const char          *published,
                                                      GCancellable        *cancellable,
                                                      GError             **error);

G_END_DECLS
