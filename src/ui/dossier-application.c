/* dossier-application.c — GtkApplication: open files, actions, command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dossier-application"

#include "config.h"

#include <glib/gi18n.h>

#include "dossier-analyzer.h"
#include "dossier-application.h"
#include "dossier-cli.h"
#include "dossier-style.h"
#include "dossier-window.h"

struct _DossierApplication
{
  GtkApplication  parent_instance;

  GPtrArray      *pending_files;  /* GFile, from the command line of the first launch */
  GPtrArray      *prefetches;     /* Prefetch, their analyses started at launch */
};

/* The analysis of a file of the first launch, run while GTK starts. Shared
 * by the worker thread and the main thread (reference counted). */
typedef struct
{
  GMutex                lock;
  GFile                *file;
  gboolean              done;
  DossierArticle       *article;
  GError               *error;
  DossierAnalysisReady  ready;      /* a claim waiting for the result */
  gpointer              ready_data;
} Prefetch;

static void
prefetch_clear (gpointer data)
{
  Prefetch *prefetch = data;

  g_mutex_clear (&prefetch->lock);
  g_clear_object (&prefetch->file);
  g_clear_object (&prefetch->article);
  g_clear_error (&prefetch->error);
}

static void
prefetch_unref (gpointer data)
{
  g_atomic_rc_box_release_full (data, prefetch_clear);
}

static gboolean
prefetch_deliver_cb (gpointer data)
{
  Prefetch *prefetch = data;
  DossierAnalysisReady ready;
  gpointer ready_data;

  g_mutex_lock (&prefetch->lock);
  ready = prefetch->ready;
  ready_data = prefetch->ready_data;
  prefetch->ready = NULL;
  g_mutex_unlock (&prefetch->lock);

  if (ready != NULL)
    ready (prefetch->article, prefetch->error, ready_data);
  return G_SOURCE_REMOVE;
}

static gpointer
prefetch_thread (gpointer data)
{
  Prefetch *prefetch = data;
  GError *error = NULL;
  DossierArticle *article = dossier_analyzer_analyze_file (prefetch->file, NULL, NULL, &error);
  gboolean claimed;

  g_mutex_lock (&prefetch->lock);
  prefetch->article = article;
  prefetch->error = error;
  prefetch->done = TRUE;
  claimed = prefetch->ready != NULL;
  g_mutex_unlock (&prefetch->lock);

  /* A window already waits: hand it over in the main thread. */
  if (claimed)
    g_idle_add_full (G_PRIORITY_HIGH_IDLE, prefetch_deliver_cb,
                     g_atomic_rc_box_acquire (prefetch), prefetch_unref);
  prefetch_unref (prefetch);
  return NULL;
}

static void
start_prefetches (DossierApplication *self)
{
  guint i;

  self->prefetches = g_ptr_array_new_with_free_func (prefetch_unref);
  for (i = 0; i < self->pending_files->len; i++)
    {
      Prefetch *prefetch = g_atomic_rc_box_new0 (Prefetch);
      g_autoptr(GThread) thread = NULL;

      g_mutex_init (&prefetch->lock);
      prefetch->file = g_object_ref (g_ptr_array_index (self->pending_files, i));
      g_ptr_array_add (self->prefetches, prefetch);
      thread = g_thread_new ("dossier-prefetch", prefetch_thread,
                             g_atomic_rc_box_acquire (prefetch));
    }
}

gboolean
dossier_application_claim_analysis (DossierApplication   *self,
                                    GFile                *file,
                                    DossierAnalysisReady  ready,
                                    gpointer              user_data)
{
  Prefetch *prefetch = NULL;
  gboolean done;
  guint i;

  g_return_val_if_fail (DOSSIER_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (ready != NULL, FALSE);

  for (i = 0; self->prefetches != NULL && i < self->prefetches->len; i++)
    if (g_file_equal (((Prefetch *) g_ptr_array_index (self->prefetches, i))->file, file))
      {
        prefetch = g_ptr_array_steal_index (self->prefetches, i);
        break;
      }
  if (prefetch == NULL)
    return FALSE;

  g_mutex_lock (&prefetch->lock);
  done = prefetch->done;
  if (!done)
    {
      prefetch->ready = ready;
      prefetch->ready_data = user_data;
    }
  g_mutex_unlock (&prefetch->lock);

  /* Done already: at once, so the first frame shows the annotations. */
  if (done)
    ready (prefetch->article, prefetch->error, user_data);
  prefetch_unref (prefetch);
  return TRUE;
}

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

  /* G_OPTION_REMAINING took the FILEs from argv, so GApplication would only
   * activate: open them ourselves, in the running instance if there is one. */
  if (files != NULL && files[0] != NULL)
    {
      DossierApplication *self = DOSSIER_APPLICATION (app);
      g_autoptr(GError) error = NULL;
      guint i;

      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      g_clear_pointer (&self->pending_files, g_ptr_array_unref);
      self->pending_files = g_ptr_array_new_with_free_func (g_object_unref);
      for (i = 0; files[i] != NULL; i++)
        g_ptr_array_add (self->pending_files, g_file_new_for_commandline_arg (files[i]));
      if (g_application_get_is_remote (app))
        {
          g_application_open (app, (GFile **) self->pending_files->pdata,
                              (int) self->pending_files->len, "");
          g_clear_pointer (&self->pending_files, g_ptr_array_unref);
          return 0;
        }
      /* The primary instance: activate opens them once the main loop runs;
       * their analysis starts now, alongside GTK's start-up. */
      start_prefetches (self);
    }

  return G_APPLICATION_CLASS (dossier_application_parent_class)->handle_local_options (app, options);
}

static void
dossier_application_open (GApplication  *app,
                          GFile        **files,
                          int            n_files,
                          const char    *hint);

static void
dossier_application_activate (GApplication *app)
{
  DossierApplication *self = DOSSIER_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (self->pending_files != NULL)
    {
      g_autoptr(GPtrArray) files = g_steal_pointer (&self->pending_files);

      dossier_application_open (app, (GFile **) files->pdata, (int) files->len, "");
      return;
    }

  if (window == NULL)
    window = GTK_WINDOW (dossier_window_new (GTK_APPLICATION (app)));
  gtk_window_present (window);
}

/* An empty window of ours to reuse, else NULL. */
static DossierWindow *
find_empty_window (GtkApplication *app)
{
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (DOSSIER_IS_WINDOW (l->data) && dossier_window_is_empty (l->data))
      return l->data;
  return NULL;
}

static void
dossier_application_open (GApplication  *app,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  int i;

  /* One window a file: an empty window is reused, others stay as they are. */
  for (i = 0; i < n_files; i++)
    {
      DossierWindow *window = find_empty_window (GTK_APPLICATION (app));

      if (window == NULL)
        window = dossier_window_new (GTK_APPLICATION (app));
      dossier_window_open (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
quit_action_cb (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  GApplication *app = user_data;

  /* Close the windows so they save their state. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; )
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }
  g_application_quit (app);
}

static void
dossier_application_startup (GApplication *app)
{
  static const GActionEntry app_actions[] = {
    { "quit", quit_action_cb, NULL, NULL, NULL, { 0 } },
  };
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.quit", { "<Primary>q", NULL } },
    { "window.close", { "<Primary>w", NULL } },
    { "win.open", { "<Primary>o", NULL } },
    { "win.print", { "<Primary>p", NULL } },
  };
  guint i;

  G_APPLICATION_CLASS (dossier_application_parent_class)->startup (app);
  dossier_style_profile_mark ("startup");

  g_set_application_name (_("Dossier"));
  gtk_window_set_default_icon_name (APP_ID);
  dossier_style_init ();

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  for (i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action,
                                           accels[i].accels);
}

static void
dossier_application_finalize (GObject *object)
{
  DossierApplication *self = DOSSIER_APPLICATION (object);

  g_clear_pointer (&self->pending_files, g_ptr_array_unref);
  g_clear_pointer (&self->prefetches, g_ptr_array_unref);

  G_OBJECT_CLASS (dossier_application_parent_class)->finalize (object);
}

static void
dossier_application_class_init (DossierApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = dossier_application_finalize;

  app_class->handle_local_options = dossier_application_handle_local_options;
  app_class->startup = dossier_application_startup;
  app_class->activate = dossier_application_activate;
  app_class->open = dossier_application_open;
}

static void
dossier_application_init (DossierApplication *self)
{
  dossier_style_profile_begin ();
  dossier_style_profile_mark ("application created");
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
