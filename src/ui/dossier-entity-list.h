/* dossier-entity-list.h — the sidebar: entities grouped by kind, with a search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dossier-document.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_ENTITY_LIST (dossier_entity_list_get_type ())
G_DECLARE_FINAL_TYPE (DossierEntityList, dossier_entity_list, DOSSIER, ENTITY_LIST, GtkWidget)

/* Property: "document". The rows are a flat GListModel: a GtkStringObject
 * heading before each kind's entities (DossierEntity). */
GtkWidget         *dossier_entity_list_new            (void);
DossierDocument   *dossier_entity_list_get_document   (DossierEntityList *self);
void               dossier_entity_list_set_document   (DossierEntityList *self,
                                                       DossierDocument   *document);
/* The list's selection model (what a click on a row changes). */
GtkSelectionModel *dossier_entity_list_get_selection  (DossierEntityList *self);
GtkWidget         *dossier_entity_list_get_search_entry (DossierEntityList *self);
/* Moves the keyboard focus to the list (to the selected row if any). */
void               dossier_entity_list_focus_list     (DossierEntityList *self);
/* "John Kirby, person, 16 mentions, 14 quotes" */
char              *dossier_entity_list_dup_accessible_label (DossierEntity *entity);

G_END_DECLS
