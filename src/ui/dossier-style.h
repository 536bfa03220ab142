/* dossier-style.h — the kind palette, dark mode and high contrast, the app's CSS
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dossier-types.h"

G_BEGIN_DECLS

typedef enum
{
  DOSSIER_MARK_PERSON,
  DOSSIER_MARK_ORGANIZATION,
  DOSSIER_MARK_PLACE,
  DOSSIER_MARK_OTHER,
  DOSSIER_MARK_DATE,
  DOSSIER_MARK_QUOTE,
  DOSSIER_N_MARKS,
} DossierMark;

/* Loads style.css for the default display (once). */
void         dossier_style_init              (void);
/* Whether the current GTK theme is dark / high contrast. */
gboolean     dossier_style_is_dark           (void);
gboolean     dossier_style_is_high_contrast  (void);
/* The palette of UX.md: the background for a mark in light or dark mode,
 * and the underline / mark colour. */
void         dossier_style_get_background    (DossierMark        mark,
                                              gboolean           dark,
                                              GdkRGBA           *rgba);
void         dossier_style_get_accent        (DossierMark        mark,
                                              gboolean           dark,
                                              GdkRGBA           *rgba);
DossierMark  dossier_style_mark_for_kind     (DossierEntityKind  kind);
/* A symbolic icon name and a translated name for a kind. */
const char  *dossier_style_kind_icon_name    (DossierEntityKind  kind);
const char  *dossier_style_kind_label        (DossierEntityKind  kind);
const char  *dossier_style_kind_css_class    (DossierEntityKind  kind);
/* Calls @callback (swapped, with @object) when the theme changes dark/light or
 * high contrast; the connection ends with @object. */
void         dossier_style_watch             (GCallback          callback,
                                              gpointer           object);

/* DOSSIER_PROFILE=1: the monotonic time the application started, else 0. */
void         dossier_style_profile_begin     (void);
gint64       dossier_style_profile_start     (void);
/* With DOSSIER_PROFILE=1, prints "dossier-profile: WHAT N ms after launch". */
void         dossier_style_profile_mark      (const char *what);

G_END_DECLS
