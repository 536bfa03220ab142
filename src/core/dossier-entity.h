/* dossier-entity.h — one person, organisation or place, its aliases and mentions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-types.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_ENTITY (dossier_entity_get_type ())
G_DECLARE_FINAL_TYPE (DossierEntity, dossier_entity, DOSSIER, ENTITY, GObject)

/* Properties: "id", "name", "kind", "role" (nullable), "aliases" (GStrv),
 * "n-mentions" (read-only), "n-quotes" (read-write, set by the article). */
DossierEntity      *dossier_entity_new              (const char        *id,
                                                     const char        *name,
                                                     DossierEntityKind  kind);
const char         *dossier_entity_get_id           (DossierEntity     *self);
const char         *dossier_entity_get_name         (DossierEntity     *self);
void                dossier_entity_set_name         (DossierEntity     *self,
                                                     const char        *name);
DossierEntityKind   dossier_entity_get_kind         (DossierEntity     *self);
void                dossier_entity_set_kind         (DossierEntity     *self,
                                                     DossierEntityKind  kind);
const char         *dossier_entity_get_role         (DossierEntity     *self);
void                dossier_entity_set_role         (DossierEntity     *self,
                                                     const char        *role);
/* NULL-terminated, never NULL. */
const char * const *dossier_entity_get_aliases      (DossierEntity     *self);
void                dossier_entity_add_alias        (DossierEntity     *self,
                                                     const char        *alias);
/* Mentions in text order; character offsets. */
const DossierSpan  *dossier_entity_get_mentions     (DossierEntity     *self,
                                                     guint             *n_mentions);
void                dossier_entity_add_mention      (DossierEntity     *self,
                                                     guint              start,
                                                     guint              end,
                                                     const char        *text);
void                dossier_entity_add_mention_len  (DossierEntity     *self,
                                                     guint              start,
                                                     guint              end,
                                                     const char        *text,
                                                     gsize              len);
guint               dossier_entity_get_n_quotes     (DossierEntity     *self);
void                dossier_entity_set_n_quotes     (DossierEntity     *self,
                                                     guint              n_quotes);

G_END_DECLS
