/* dossier-cli.c — dossier --analyze
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs from GApplication's handle-local-options, before GTK is
 * initialised: nothing here may need a display.
 */
#define G_LOG_DOMAIN "dossier-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>
#include <gio/gio.h>

#include "dossier-cli.h"
#include "dossier-analyzer.h"
#include "dossier-analyzer-private.h"
#include "dossier-json.h"
#include "dossier-loader.h"

static gboolean
digits (const char *s,
        guint       n,
        int        *out)
{
  int v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      v = v * 10 + (s[i] - '0');
    }
  *out = v;
  return TRUE;
}

/* YYYY-MM-DD or YYYY-MM-DDTHH:MM, a real date. */
static gboolean
published_is_valid (const char *str)
{
  int y, m, d, h, mi;
  gsize len = strlen (str);

  if (len != 10 && len != 16)
    return FALSE;
  if (!digits (str, 4, &y) || str[4] != '-' || !digits (str + 5, 2, &m) ||
      str[7] != '-' || !digits (str + 8, 2, &d))
    return FALSE;
  if (y < 1 || m < 1 || m > 12 || d < 1 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  if (len == 16)
    {
      if (str[10] != 'T' || !digits (str + 11, 2, &h) || str[13] != ':' ||
          !digits (str + 14, 2, &mi) || h > 23 || mi > 59)
        return FALSE;
    }
  return TRUE;
}

static void
write_all (const char *data,
           gsize       length)
{
  if (length > 0)
    fwrite (data, 1, length, stdout);
}

static gboolean
write_piece (const char *data,
             gsize       length,
             gpointer    user_data)
{
  write_all (data, length);
  return TRUE;
}

int
dossier_cli_analyze (const char * const *files,
                     const char         *published,
                     const char         *format,
                     gboolean            no_text)
{
  gboolean jsonl;
  gboolean array;
  guint n_files, n_written = 0;
  int status = 0;

  if (format == NULL || g_strcmp0 (format, "json") == 0)
    jsonl = FALSE;
  else if (g_strcmp0 (format, "jsonl") == 0)
    jsonl = TRUE;
  else
    {
      /* Translators: the --format option's value */
      g_printerr (_("dossier: unknown format “%s” (use json or jsonl)\n"), format);
      return 2;
    }

  if (published != NULL && !published_is_valid (published))
    {
      g_printerr (_("dossier: --published needs a date as YYYY-MM-DD or YYYY-MM-DDTHH:MM, not “%s”\n"),
                  published);
      return 2;
    }

  if (files == NULL || files[0] == NULL)
    {
      g_printerr ("%s\n", _("--analyze needs at least one FILE"));
      return 2;
    }

  n_files = g_strv_length ((char **) files);
  array = !jsonl && n_files > 1;

  /* A large buffer: the documents are written in big pieces. */
  setvbuf (stdout, NULL, _IOFBF, 1 << 16);

  if (array)
    write_all ("[", 1);

  for (guint i = 0; i < n_files; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (files[i]);
      g_autoptr(DossierArticle) article = NULL;
      g_autoptr(GError) error = NULL;

      /* the last file's analysis context is left to the process's end */
      dossier_analyzer_set_keep_context (i + 1 == n_files);
      article = dossier_analyzer_analyze_file (file, published, NULL, &error);
      dossier_analyzer_set_keep_context (FALSE);
      if (article == NULL)
        {
          g_autofree char *name = g_filename_display_name (files[i]);

          fflush (stdout);
          if (error->domain == DOSSIER_LOADER_ERROR)
            g_printerr ("dossier: %s\n", error->message);
          else
            g_printerr ("dossier: %s: %s\n", name, error->message);
          status = 1;
          continue;
        }

      /* The path as given on the command line (the scorer matches by basename). */
      {
        g_autofree char *path = g_filename_display_name (files[i]);

        dossier_article_set_source (article, path,
                                    dossier_article_get_source_sha256 (article),
                                    dossier_article_get_source_encoding (article));
      }

      if (array && n_written > 0)
        write_all (",\n", 2);
      /* Streamed: the document is never whole in memory. */
      dossier_json_write (article, !no_text, write_piece, NULL);
      if (!array)
        write_all ("\n", 1);
      n_written++;
      dossier_analyzer_timing_mark ("json");
      /* The last article is left to the end of the process, which frees
       * its memory at once: taking apart hundreds of thousands of model
       * objects one by one would cost a tenth of the run on a large text. */
      if (i + 1 == n_files)
        article = NULL;  /* not freed, on purpose */
      g_clear_object (&article);
      dossier_analyzer_timing_mark ("free");
    }

  if (array)
    write_all ("]\n", 2);

  if (fflush (stdout) != 0 || ferror (stdout))
    {
      g_printerr ("%s\n", _("dossier: could not write the output"));
      return status != 0 ? status : 1;
    }
  return status;
}

int
dossier_cli_main (int    argc,
                  char **argv)
{
  gboolean version = FALSE;
  gboolean analyze = FALSE;
  gboolean no_text = FALSE;
  g_autofree char *published = NULL;
  g_autofree char *format = NULL;
  g_autofree char *pdf = NULL;
  g_auto(GStrv) files = NULL;
  g_auto(GStrv) arguments = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  /* as dossier-application.c's main_entries */
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, N_("Show the program version and exit"), NULL },
    { "analyze", 0, 0, G_OPTION_ARG_NONE, &analyze,
      N_("Analyse the FILEs and print the analysis as JSON (no window)"), NULL },
    { "published", 0, 0, G_OPTION_ARG_STRING, &published,
      N_("Publication date to resolve relative dates against"), N_("YYYY-MM-DD[THH:MM]") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format,
      N_("Output format of --analyze: json (default) or jsonl"), N_("FORMAT") },
    { "no-text", 0, 0, G_OPTION_ARG_NONE, &no_text,
      N_("Leave the article text out of the --analyze output"), NULL },
    { "print-to-pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf,
      N_("Write the annotated copy of FILE to OUT.pdf (no window)"), N_("OUT.pdf") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("[FILE…]") },
    { NULL }
  };

  if (g_get_prgname () == NULL && argc > 0)
    {
      g_autofree char *prgname = g_path_get_basename (argv[0]);

      g_set_prgname (prgname);
    }

  /* as GApplication: a copy of the arguments, parsed as a strv */
  arguments = g_new (char *, argc + 1);
  for (int i = 0; i < argc; i++)
    arguments[i] = g_strdup (argv[i]);
  arguments[argc] = NULL;

  context = g_option_context_new (NULL);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse_strv (context, &arguments, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  if (version)
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }
  if (!analyze)
    return -1;
  if (files == NULL || files[0] == NULL)
    {
      g_printerr ("%s\n", _("--analyze needs at least one FILE"));
      return 2;
    }
  return dossier_cli_analyze ((const char * const *) files, published, format, no_text);
}
