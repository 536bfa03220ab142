/* dossier-window.h — the main window: header bar, entity sidebar, article, timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dossier-document.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_WINDOW (dossier_window_get_type ())
G_DECLARE_FINAL_TYPE (DossierWindow, dossier_window, DOSSIER, WINDOW, GtkApplicationWindow)

DossierWindow   *dossier_window_new              (GtkApplication *application);
DossierDocument *dossier_window_get_document     (DossierWindow  *self);
/* Shows the text of @file at once, then its annotations when the analysis
 * (in a worker thread) is done. Errors appear in the window. */
void             dossier_window_open             (DossierWindow  *self,
                                                  GFile          *file);
void             dossier_window_open_sample      (DossierWindow  *self);
/* TRUE when no file is open (nor being opened). */
gboolean         dossier_window_is_empty         (DossierWindow  *self);
/* The error shown in the window, or NULL when none is. */
const char      *dossier_window_get_error        (DossierWindow  *self);
/* "Quote 3 of 14", or "" when nothing is selected. */
const char      *dossier_window_get_quote_position (DossierWindow *self);

/* The parts, for tests. */
GtkWidget       *dossier_window_get_article_view (DossierWindow  *self);
GtkWidget       *dossier_window_get_entity_list  (DossierWindow  *self);
GtkWidget       *dossier_window_get_timeline     (DossierWindow  *self);

/* The sample article compiled into the program. */
#define DOSSIER_SAMPLE_URI "resource:///io/github/dossier/Dossier/samples/kirby-pauses.txt"

G_END_DECLS
