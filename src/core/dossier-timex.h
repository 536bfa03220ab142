/* dossier-timex.h — one temporal expression with its normalised value
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-types.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_TIMEX (dossier_timex_get_type ())
G_DECLARE_FINAL_TYPE (DossierTimex, dossier_timex, DOSSIER, TIMEX, GObject)

/* Properties: "start", "end", "text", "timex-type", "value", "mod", "anchor". */
DossierTimex       *dossier_timex_new          (guint             start,
                                                guint             end,
                                                const char       *text,
                                                DossierTimexType  type,
                                                const char       *value);
guint               dossier_timex_get_start    (DossierTimex     *self);
guint               dossier_timex_get_end      (DossierTimex     *self);
const char         *dossier_timex_get_text     (DossierTimex     *self);
DossierTimexType    dossier_timex_get_timex_type (DossierTimex   *self);
const char         *dossier_timex_get_value    (DossierTimex     *self);
const char         *dossier_timex_get_mod      (DossierTimex     *self);
void                dossier_timex_set_mod      (DossierTimex     *self,
                                                const char       *mod);
/* Nullable: "published" or the index of another timex as a string. */
const char         *dossier_timex_get_anchor   (DossierTimex     *self);
void                dossier_timex_set_anchor   (DossierTimex     *self,
                                                const char       *anchor);

G_END_DECLS
