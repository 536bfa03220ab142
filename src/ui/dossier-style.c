/* dossier-style.c — the kind palette, dark mode and high contrast, the app's CSS
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dossier-style"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "dossier-style.h"

/* Paul Tol's colour-blind-safe palette (UX.md). */
static const char * const light_backgrounds[DOSSIER_N_MARKS] = {
  "#BBCCEE", "#FFCCCC", "#CCDDAA", "#DDDDDD", "#EEEEBB", "#CCEEFF",
};
static const char * const dark_backgrounds[DOSSIER_N_MARKS] = {
  "#222255", "#663333", "#225522", "#555555", "#666633", "#225555",
};
static const char * const accents[DOSSIER_N_MARKS] = {
  "#0077BB", "#CC3311", "#009988", "#777777", "#EE7733", "#33BBEE",
};
/* Brighter marks for dark backgrounds (Tol's "bright" scheme, same hues). */
static const char * const dark_accents[DOSSIER_N_MARKS] = {
  "#66CCEE", "#EE6677", "#44BB99", "#BBBBBB", "#EE9955", "#33BBEE",
};

void
dossier_style_init (void)
{
  static GdkDisplay *done_for = NULL;
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GtkCssProvider) provider = NULL;

  if (display == NULL || display == done_for)
    return;
  done_for = display;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static char *
dup_theme_name (void)
{
  GtkSettings *settings = gtk_settings_get_default ();
  char *name = NULL;

  if (settings != NULL)
    g_object_get (settings, "gtk-theme-name", &name, NULL);
  return name;
}

gboolean
dossier_style_is_dark (void)
{
  GtkSettings *settings = gtk_settings_get_default ();
  g_autofree char *name = dup_theme_name ();
  const char *env = g_getenv ("GTK_THEME");
  gboolean prefer_dark = FALSE;

  if (env != NULL && (g_str_has_suffix (env, ":dark") || g_str_has_suffix (env, "-dark")))
    return TRUE;
  if (settings != NULL)
    g_object_get (settings, "gtk-application-prefer-dark-theme", &prefer_dark, NULL);
  if (prefer_dark)
    return TRUE;
  return name != NULL && (g_str_has_suffix (name, "-dark") || g_str_has_suffix (name, ":dark"));
}

static gboolean
is_high_contrast_name (const char *name)
{
  /* GTK 4.8 names them "Default-hc" and "Default-hc-dark"; older themes "HighContrast". */
  return name != NULL &&
         (strstr (name, "HighContrast") != NULL || strstr (name, "-hc") != NULL);
}

gboolean
dossier_style_is_high_contrast (void)
{
  g_autofree char *name = dup_theme_name ();

  return is_high_contrast_name (g_getenv ("GTK_THEME")) || is_high_contrast_name (name);
}

void
dossier_style_get_background (DossierMark  mark,
                              gboolean     dark,
                              GdkRGBA     *rgba)
{
  g_return_if_fail (mark < DOSSIER_N_MARKS);
  gdk_rgba_parse (rgba, dark ? dark_backgrounds[mark] : light_backgrounds[mark]);
}

void
dossier_style_get_accent (DossierMark  mark,
                          gboolean     dark,
                          GdkRGBA     *rgba)
{
  g_return_if_fail (mark < DOSSIER_N_MARKS);
  gdk_rgba_parse (rgba, dark ? dark_accents[mark] : accents[mark]);
}

DossierMark
dossier_style_mark_for_kind (DossierEntityKind kind)
{
  switch (kind)
    {
    case DOSSIER_ENTITY_PERSON:
      return DOSSIER_MARK_PERSON;
    case DOSSIER_ENTITY_ORGANIZATION:
      return DOSSIER_MARK_ORGANIZATION;
    case DOSSIER_ENTITY_PLACE:
      return DOSSIER_MARK_PLACE;
    case DOSSIER_ENTITY_OTHER:
    default:
      return DOSSIER_MARK_OTHER;
    }
}

const char *
dossier_style_kind_icon_name (DossierEntityKind kind)
{
  switch (kind)
    {
    case DOSSIER_ENTITY_PERSON:
      return "avatar-default-symbolic";
    case DOSSIER_ENTITY_ORGANIZATION:
      return "system-users-symbolic";
    case DOSSIER_ENTITY_PLACE:
      return "mark-location-symbolic";
    case DOSSIER_ENTITY_OTHER:
    default:
      return "user-bookmarks-symbolic";
    }
}

const char *
dossier_style_kind_label (DossierEntityKind kind)
{
  switch (kind)
    {
    case DOSSIER_ENTITY_PERSON:
      return _("person");
    case DOSSIER_ENTITY_ORGANIZATION:
      return _("organisation");
    case DOSSIER_ENTITY_PLACE:
      return _("place");
    case DOSSIER_ENTITY_OTHER:
    default:
      return _("other");
    }
}

const char *
dossier_style_kind_css_class (DossierEntityKind kind)
{
  switch (kind)
    {
    case DOSSIER_ENTITY_PERSON:
      return "person";
    case DOSSIER_ENTITY_ORGANIZATION:
      return "organization";
    case DOSSIER_ENTITY_PLACE:
      return "place";
    case DOSSIER_ENTITY_OTHER:
    default:
      return "other";
    }
}

void
dossier_style_watch (GCallback callback,
                     gpointer  object)
{
  GtkSettings *settings = gtk_settings_get_default ();

  if (settings == NULL)
    return;
  g_signal_connect_object (settings, "notify::gtk-theme-name", callback, object,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "notify::gtk-application-prefer-dark-theme", callback,
                           object, G_CONNECT_SWAPPED);
}

static gint64 profile_start_us;

/* How long ago the process started (µs), from /proc, or 0 when unknown. */
static gint64
process_age_us (void)
{
#ifdef __linux__
  g_autofree char *stat = NULL;
  g_auto(GStrv) fields = NULL;
  const char *after_name;
  struct timespec now;
  long hz = sysconf (_SC_CLK_TCK);
  gint64 start_us;

  if (hz <= 0 || !g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL))
    return 0;
  /* Field 22 (starttime, in clock ticks since boot), counted after "(comm)". */
  after_name = strrchr (stat, ')');
  if (after_name == NULL)
    return 0;
  fields = g_strsplit (after_name + 2, " ", 0);
  if (g_strv_length (fields) < 20 || clock_gettime (CLOCK_BOOTTIME, &now) != 0)
    return 0;
  start_us = g_ascii_strtoll (fields[19], NULL, 10) * G_USEC_PER_SEC / hz;
  return MAX (0, (gint64) now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000 - start_us);
#else
  return 0;
#endif
}

void
dossier_style_profile_begin (void)
{
  /* Measured from the start of the process, not of main(). */
  if (profile_start_us == 0 && g_getenv ("DOSSIER_PROFILE") != NULL)
    profile_start_us = g_get_monotonic_time () - process_age_us ();
}

gint64
dossier_style_profile_start (void)
{
  return profile_start_us;
}

void
dossier_style_profile_mark (const char *what)
{
  if (profile_start_us != 0)
    g_printerr ("dossier-profile: %s %.1f ms after launch\n", what,
                (g_get_monotonic_time () - profile_start_us) / 1000.0);
}
