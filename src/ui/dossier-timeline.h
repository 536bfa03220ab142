/* dossier-timeline.h — a time axis with one focusable child per event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dossier-document.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_TIMELINE (dossier_timeline_get_type ())
G_DECLARE_FINAL_TYPE (DossierTimeline, dossier_timeline, DOSSIER, TIMELINE, GtkWidget)

/* Property: "document". Items are GtkButtons (CSS class "timeline-item",
 * plus "approximate", "selected", "highlighted", "dimmed"), in time order. */
GtkWidget       *dossier_timeline_new              (void);
DossierDocument *dossier_timeline_get_document     (DossierTimeline *self);
void             dossier_timeline_set_document     (DossierTimeline *self,
                                                    DossierDocument *document);
guint            dossier_timeline_get_n_items      (DossierTimeline *self);
GtkWidget       *dossier_timeline_get_item         (DossierTimeline *self,
                                                    guint            position);
DossierEvent    *dossier_timeline_get_item_event   (DossierTimeline *self,
                                                    guint            position);
/* What Left/Right (delta -1/+1) and Home/End (G_MININT/G_MAXINT) do: select
 * the previous/next event in time and focus its item. */
void             dossier_timeline_move_selection   (DossierTimeline *self,
                                                    int              delta);
/* "1 November 2023: Rafah crossing into Egypt opened" */
char            *dossier_timeline_dup_event_label  (DossierEvent    *event);
/* The x of a time (seconds since the epoch, UTC) on the current allocation. */
double           dossier_timeline_time_to_x        (DossierTimeline *self,
                                                    gint64           unix_time);

G_END_DECLS
