/* dossier-model-private.h — what the analyzer uses to fill a new model fast
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For objects that nobody holds or watches yet (the analyzer builds an
 * article before handing it over): the same effect as the public setters,
 * without a "notify" emission per call.
 */
#pragma once

#include "dossier-entity.h"

G_BEGIN_DECLS

/* Room for @n_mentions more mentions whose texts take @text_bytes bytes
 * (without their NULs). */
void dossier_entity_reserve_mentions (DossierEntity *self,
                                      guint          n_mentions,
                                      gsize          text_bytes);
/* dossier_entity_add_mention_len() without the notification. */
void dossier_entity_add_mention_quiet (DossierEntity *self,
                                       guint          start,
                                       guint          end,
                                       const char    *text,
                                       gsize          len);

G_END_DECLS
