/* dossier-application.c — GtkApplication: open files, actions, command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dossier-application"

#include "config.h"

#include <glib/gi18n.h>

#include "dossier-application.h"
#include "dossier-cli.h"

struct _DossierApplication
{
  GtkApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (DossierApplication, dossier_application, GTK_TYPE_APPLICATION)

static const GOptionEntry main_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the program version and exit"), NULL },
  { "analyze", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Analyse the FILEs and print the analysis as JSON (no window)"), NULL },
  { "published", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Publication date to resolve relative dates against"), N_("YYYY-MM-DD[THH:MM]") },
  { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Output format of --analyze: json (default) or jsonl"), N_("FORMAT") },
  { "no-text", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Leave the article text out of the --analyze output"), NULL },
  { "print-to-pdf", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the annotated copy of FILE to OUT.pdf (no window)"), N_("OUT.pdf") },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL }
};

static int
dossier_application_handle_local_options (GApplication *app,
                                          GVariantDict *options)
{
  g_autofree const char **files = NULL;
  const char *published = NULL;
  const char *format = NULL;
  const char *pdf = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);
  g_variant_dict_lookup (options, "published", "&s", &published);
  g_variant_dict_lookup (options, "format", "&s", &format);
  g_variant_dict_lookup (options, "print-to-pdf", "^&ay", &pdf);

  if (g_variant_dict_contains (options, "analyze"))
    {
      if (files == NULL || files[0] == NULL)
        {
          g_printerr ("%s\n", _("--analyze needs at least one FILE"));
          return 2;
        }
      return dossier_cli_analyze (files, published, format,
                                  g_variant_dict_contains (options, "no-text"));
    }
  if (pdf != NULL)
    {
      if (files == NULL || files[0] == NULL || files[1] != NULL)
        {
          g_printerr ("%s\n", _("--print-to-pdf needs exactly one FILE"));
          return 2;
        }
      return dossier_cli_print_to_pdf (pdf, files[0], published);
    }
  if (published != NULL || format != NULL || g_variant_dict_contains (options, "no-text"))
    {
      g_printerr ("%s\n", _("--published, --format and --no-text go with --analyze"));
      return 2;
    }

  /* Let GApplication open the remaining files in the primary instance. */
  return G_APPLICATION_CLASS (dossier_application_parent_class)->handle_local_options (app, options);
}

static void
dossier_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      window = GTK_WINDOW (gtk_application_window_new (GTK_APPLICATION (app)));
      gtk_window_set_title (window, _("Dossier"));
      gtk_window_set_default_size (window, 1100, 760);
    }
  gtk_window_present (window);
}

static void
dossier_application_open (GApplication  *app,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  dossier_application_activate (app);
}

static void
dossier_application_class_init (DossierApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->handle_local_options = dossier_application_handle_local_options;
  app_class->activate = dossier_application_activate;
  app_class->open = dossier_application_open;
}

static void
dossier_application_init (DossierApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
    _("Read a news article critically: who is named, who said what, and when."));
}

DossierApplication *
dossier_application_new (void)
{
  return g_object_new (DOSSIER_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}
