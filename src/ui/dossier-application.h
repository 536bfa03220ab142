/* dossier-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DOSSIER_TYPE_APPLICATION (dossier_application_get_type ())
G_DECLARE_FINAL_TYPE (DossierApplication, dossier_application, DOSSIER, APPLICATION, GtkApplication)

#include "dossier-article.h"

DossierApplication *dossier_application_new (void);

/* Called in the main thread with the analysis of a file (or its error). */
typedef void (*DossierAnalysisReady) (DossierArticle *article,
                                      const GError   *error,
                                      gpointer        user_data);

/* The files of the first launch are analysed in a worker thread from the
 * start, while GTK starts up. If @file is one of them, takes its analysis:
 * calls @ready at once when it is done, else when it is, and returns TRUE.
 * Returns FALSE (and never calls @ready) for any other file. */
gboolean dossier_application_claim_analysis (DossierApplication   *self,
                                             GFile                *file,
                                             DossierAnalysisReady  ready,
                                             gpointer              user_data);

G_END_DECLS
