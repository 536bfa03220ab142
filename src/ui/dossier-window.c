/* dossier-window.c — the main window: header bar, entity sidebar, article, timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dossier-window"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "dossier-analyzer.h"
#include "dossier-application.h"
#include "dossier-article-view.h"
#include "dossier-entity-list.h"
#include "dossier-loader.h"
#include "dossier-print.h"
#include "dossier-style.h"
#include "dossier-timeline.h"
#include "dossier-window.h"

#define SCHEMA_ID   "io.github.dossier.Dossier"
#define MAX_RECENT  5

struct _DossierWindow
{
  GtkApplicationWindow  parent_instance;

  /* Template children */
  GtkWidget            *article_scroller;
  GtkWidget            *article_view;
  GtkWidget            *empty_icon;
  GtkWidget            *empty_open_button;
  GtkWidget            *entity_list;
  GtkWidget            *error_label;
  GtkWidget            *error_revealer;
  GtkWidget            *error_title;
  GtkWidget            *paned;
  GtkWidget            *quote_position_label;
  /* j/k on an entity without quotes: the mention stepped to, or -1. */
  int                   mention_index;
  GtkWidget            *recent_box;
  GtkWidget            *selection_label;
  GtkWidget            *selection_revealer;
  GtkWidget            *spinner;
  GtkWidget            *stack;
  GtkWidget            *subtitle_label;
  GtkWidget            *timeline;
  GtkWidget            *title_label;

  /* Owned */
  DossierDocument      *document;
  GSettings            *settings;
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
  char                 *error_text;
  guint                 generation;
  guint                 opening : 1;
};

G_DEFINE_FINAL_TYPE (DossierWindow, dossier_window, GTK_TYPE_APPLICATION_WINDOW)

static void
set_error (DossierWindow *self,
           const char    *title,
           const char    *detail)
{
  g_clear_pointer (&self->error_text, g_free);
  if (title == NULL)
    {
      gtk_revealer_set_reveal_child (GTK_REVEALER (self->error_revealer), FALSE);
      return;
    }
  self->error_text = detail != NULL ? g_strdup_printf ("%s %s", title, detail) : g_strdup (title);
  gtk_label_set_text (GTK_LABEL (self->error_title), title);
  gtk_label_set_text (GTK_LABEL (self->error_label), detail != NULL ? detail : "");
  gtk_widget_set_visible (self->error_label, detail != NULL);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->error_revealer), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->error_revealer),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->error_text,
                                  -1);
}

static char *
dup_display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  if (basename != NULL && g_utf8_validate (basename, -1, NULL))
    return g_steal_pointer (&basename);
  return g_file_get_parse_name (file);
}

static char *
format_published (const char *published)
{
  int y = 0, m = 0, d = 0, hh = 0, mm = 0;
  int n;
  g_autoptr(GDateTime) dt = NULL;

  if (published == NULL || *published == '\0')
    return NULL;
  n = sscanf (published, "%d-%d-%dT%d:%d", &y, &m, &d, &hh, &mm);
  if (n >= 3)
    dt = g_date_time_new_local (y, m, d, n >= 5 ? hh : 0, n >= 5 ? mm : 0, 0);
  if (dt == NULL)
    return g_strdup (published);
  /* Translators: the publication date in the header bar, see g_date_time_format() */
  return g_date_time_format (dt, n >= 5 ? _("%-d %B %Y, %H:%M") : _("%-d %B %Y"));
}

static void
update_title (DossierWindow *self)
{
  DossierArticle *article = dossier_document_get_article (self->document);
  GFile *file = dossier_document_get_file (self->document);
  g_autofree char *name = NULL;
  g_autofree char *published = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const char *title = NULL;

  if (article != NULL)
    {
      const char *outlet = dossier_article_get_outlet (article);

      title = dossier_article_get_title (article);
      published = format_published (dossier_article_get_published (article));
      if (outlet != NULL && *outlet != '\0')
        g_string_append (subtitle, outlet);
      if (published != NULL)
        {
          if (subtitle->len > 0)
            g_string_append (subtitle, " · ");
          g_string_append (subtitle, published);
        }
    }
  if ((title == NULL || *title == '\0') && file != NULL)
    title = name = dup_display_name (file);
  if (title == NULL || *title == '\0')
    title = _("Dossier");

  /* Plain text labels: article words are never markup. */
  gtk_label_set_text (GTK_LABEL (self->title_label), title);
  gtk_widget_set_tooltip_text (self->title_label, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_label_set_text (GTK_LABEL (self->subtitle_label), subtitle->str);
  gtk_widget_set_visible (self->subtitle_label, subtitle->len > 0);
}

static GPtrArray *
dup_selected_quotes (DossierWindow *self)
{
  DossierArticle *article = dossier_document_get_article (self->document);
  DossierEntity *entity = dossier_document_get_selected_entity (self->document);

  if (article == NULL || entity == NULL)
    return NULL;
  return dossier_article_get_quotes_by (article, entity);
}

static void
update_selection_bar (DossierWindow *self)
{
  DossierEntity *entity = dossier_document_get_selected_entity (self->document);
  DossierQuote *quote = dossier_document_get_selected_quote (self->document);
  g_autoptr(GPtrArray) quotes = dup_selected_quotes (self);
  g_autofree char *position = NULL;
  g_autofree char *description = NULL;
  guint index = 0;
  guint n_quotes = quotes != NULL ? quotes->len : 0;
  guint n_mentions = 0;
  gboolean has_quote = quote != NULL && quotes != NULL && g_ptr_array_find (quotes, quote, &index);

  if (entity != NULL)
    dossier_entity_get_mentions (entity, &n_mentions);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-quote", n_quotes > 0 || n_mentions > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-quote", n_quotes > 0 || n_mentions > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.clear-selection",
                                 entity != NULL || quote != NULL ||
                                 dossier_document_get_selected_event (self->document) != NULL);

  if (entity == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->quote_position_label), "");
      gtk_revealer_set_reveal_child (GTK_REVEALER (self->selection_revealer), FALSE);
      return;
    }

  if (has_quote)
    position = g_strdup_printf (_("Quote %u of %u"), index + 1, n_quotes);
  else if (n_quotes > 0)
    position = g_strdup_printf (ngettext ("%u quote", "%u quotes", n_quotes), n_quotes);
  else if (self->mention_index >= 0 && (guint) self->mention_index < n_mentions)
    position = g_strdup_printf (_("Mention %u of %u"), (guint) self->mention_index + 1, n_mentions);
  else
    position = g_strdup (_("No quotes"));

  /* Translators: name · kind · "N mentions" */
  description = g_strdup_printf (ngettext ("%s · %s · %u mention", "%s · %s · %u mentions",
                                           n_mentions),
                                 dossier_entity_get_name (entity),
                                 dossier_style_kind_label (dossier_entity_get_kind (entity)),
                                 n_mentions);
  gtk_label_set_text (GTK_LABEL (self->selection_label), description);
  gtk_label_set_text (GTK_LABEL (self->quote_position_label), position);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->selection_revealer), TRUE);
}

static void
on_selected_entity_cb (DossierWindow *self)
{
  self->mention_index = -1;
  update_selection_bar (self);
}

static void
update_busy (DossierWindow *self)
{
  gboolean busy = dossier_document_get_busy (self->document);

  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), busy);
  gtk_widget_set_visible (self->spinner, busy);
}

static void
on_document_article_cb (DossierWindow *self)
{
  DossierArticle *article = dossier_document_get_article (self->document);

  gtk_stack_set_visible_child_name (GTK_STACK (self->stack),
                                    article != NULL ? "document" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", article != NULL);
  update_title (self);
  update_selection_bar (self);
}

/* Opening */

typedef struct
{
  DossierWindow *self;
  GFile         *file;
  guint          generation;
} OpenData;

static void
open_data_free (OpenData *data)
{
  g_clear_object (&data->self);
  g_clear_object (&data->file);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpenData, open_data_free)

static void
show_open_error (DossierWindow *self,
                 GFile         *file,
                 const GError  *error)
{
  g_autofree char *name = dup_display_name (file);
  g_autofree char *title = g_strdup_printf (_("Could not open “%s”"), name);
  const char *detail = error->message;

  if (g_error_matches (error, DOSSIER_LOADER_ERROR, DOSSIER_LOADER_ERROR_BINARY))
    detail = _("It does not look like a text file. Dossier reads articles saved as plain text.");
  else if (g_error_matches (error, DOSSIER_LOADER_ERROR, DOSSIER_LOADER_ERROR_TOO_LARGE))
    detail = _("The file is too large: Dossier opens articles up to 64 MB.");
  set_error (self, title, detail);
}

static void
finish_analysis (OpenData       *data,
                 DossierArticle *article,
                 const GError   *error)
{
  DossierWindow *self = data->self;

  dossier_style_profile_mark ("analysed");
  if (data->generation != self->generation || self->document == NULL)
    return;

  dossier_document_set_busy (self->document, FALSE);
  if (article == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        set_error (self, _("The analysis failed"), error->message);
      return;
    }
  dossier_document_set_article (self->document, article);
}

static void
analyze_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(OpenData) data = user_data;
  g_autoptr(DossierArticle) article = NULL;
  g_autoptr(GError) error = NULL;

  article = dossier_analyzer_analyze_file_finish (result, &error);
  finish_analysis (data, article, error);
}

static void
analysis_ready_cb (DossierArticle *article,
                   const GError   *error,
                   gpointer        user_data)
{
  g_autoptr(OpenData) data = user_data;

  finish_analysis (data, article, error);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *file = task_data;
  GError *error = NULL;
  DossierLoaded *loaded = dossier_loader_load (file, cancellable, &error);

  if (loaded == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, loaded, (GDestroyNotify) dossier_loaded_free);
}

static void
add_to_recent (GFile *file)
{
  g_autofree char *uri = NULL;

  if (!g_file_is_native (file))
    return;
  uri = g_file_get_uri (file);
  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

/* Shows the text of @loaded (or the error) and starts the analysis. */
static void
show_loaded (DossierWindow *self,
             GFile         *file,
             DossierLoaded *loaded,
             const GError  *error)
{
  g_autoptr(DossierArticle) article = NULL;
  g_autofree char *path = NULL;
  GtkApplication *app;
  OpenData *next;

  dossier_style_profile_mark ("loaded");
  self->opening = FALSE;

  if (loaded == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_open_error (self, file, error);
      return;
    }

  /* The plain text first, at once; the annotations replace it when ready. */
  article = dossier_article_new (loaded->text, (gssize) loaded->length);
  path = g_file_get_path (file);
  dossier_article_set_source (article, path, loaded->sha256, loaded->encoding);
  dossier_document_set_file (self->document, file);
  dossier_document_set_busy (self->document, TRUE);
  dossier_document_set_article (self->document, article);
  add_to_recent (file);
  gtk_widget_grab_focus (self->article_view);

  next = g_new0 (OpenData, 1);
  next->self = g_object_ref (self);
  next->file = g_object_ref (file);
  next->generation = self->generation;

  /* A file of the first launch: its analysis started with the program. */
  app = gtk_window_get_application (GTK_WINDOW (self));
  if (DOSSIER_IS_APPLICATION (app) &&
      dossier_application_claim_analysis (DOSSIER_APPLICATION (app), file, analysis_ready_cb, next))
    return;
  dossier_analyzer_analyze_file_async (file, NULL, self->cancellable, analyze_done_cb, next);
}

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(OpenData) data = user_data;
  g_autoptr(DossierLoaded) loaded = NULL;
  g_autoptr(GError) error = NULL;

  loaded = g_task_propagate_pointer (G_TASK (result), &error);
  if (data->generation != data->self->generation || data->self->document == NULL)
    return;
  show_loaded (data->self, data->file, loaded, error);
}

/* Small local files load faster than a thread starts: read them at once, so
 * the first frame already shows the text. */
static gboolean
is_small_file (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file,
                                                 G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                                                 G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  return info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR &&
         g_file_info_get_size (info) <= 512 * 1024;
}

void
dossier_window_open (DossierWindow *self,
                     GFile         *file)
{
  g_autoptr(GTask) task = NULL;
  OpenData *data;

  g_return_if_fail (DOSSIER_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->generation++;
  self->opening = TRUE;
  set_error (self, NULL, NULL);
  if (dossier_document_get_busy (self->document))
    dossier_document_set_busy (self->document, FALSE);

  if (is_small_file (file))
    {
      g_autoptr(DossierLoaded) loaded = NULL;
      g_autoptr(GError) error = NULL;

      loaded = dossier_loader_load (file, self->cancellable, &error);
      show_loaded (self, file, loaded, error);
      return;
    }

  data = g_new0 (OpenData, 1);
  data->self = g_object_ref (self);
  data->file = g_object_ref (file);
  data->generation = self->generation;

  task = g_task_new (NULL, self->cancellable, load_done_cb, data);
  g_task_set_source_tag (task, dossier_window_open);
  g_task_set_name (task, "[dossier] load article");
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

void
dossier_window_open_sample (DossierWindow *self)
{
  g_autoptr(GFile) file = g_file_new_for_uri (DOSSIER_SAMPLE_URI);

  g_return_if_fail (DOSSIER_IS_WINDOW (self));
  dossier_window_open (self, file);
}

/* Recent files on the empty page */

static void
on_recent_clicked_cb (GtkButton     *button,
                      DossierWindow *self)
{
  const char *uri = g_object_get_data (G_OBJECT (button), "dossier-uri");
  g_autoptr(GFile) file = g_file_new_for_uri (uri);

  dossier_window_open (self, file);
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GtkRecentInfo *ia = *(GtkRecentInfo **) a;
  GtkRecentInfo *ib = *(GtkRecentInfo **) b;
  GDateTime *da = gtk_recent_info_get_modified (ia);
  GDateTime *db = gtk_recent_info_get_modified (ib);

  if (da == NULL || db == NULL)
    return 0;
  return g_date_time_compare (db, da);
}

static void
update_recent (DossierWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  g_autoptr(GPtrArray) ours = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);
  const char *app_name = g_get_application_name ();
  GtkWidget *child;
  guint i;

  while ((child = gtk_widget_get_first_child (self->recent_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->recent_box), child);

  for (GList *l = items; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;

      if (app_name != NULL && gtk_recent_info_has_application (info, app_name) &&
          gtk_recent_info_is_local (info) && gtk_recent_info_exists (info))
        g_ptr_array_add (ours, gtk_recent_info_ref (info));
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  g_ptr_array_sort (ours, compare_recent);

  if (ours->len > 0)
    {
      GtkWidget *heading = gtk_label_new (_("Recent Articles"));

      gtk_widget_add_css_class (heading, "heading");
      gtk_widget_set_margin_top (heading, 12);
      gtk_box_append (GTK_BOX (self->recent_box), heading);
    }
  for (i = 0; i < ours->len && i < MAX_RECENT; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (ours, i);
      GtkWidget *button = gtk_button_new_with_label (gtk_recent_info_get_display_name (info));
      g_autofree char *location = gtk_recent_info_get_uri_display (info);

      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, location);
      g_object_set_data_full (G_OBJECT (button), "dossier-uri",
                              g_strdup (gtk_recent_info_get_uri (info)), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (on_recent_clicked_cb), self);
      gtk_box_append (GTK_BOX (self->recent_box), button);
    }
  gtk_widget_set_visible (self->recent_box, ours->len > 0);
}

/* Actions */

static void
on_chooser_response_cb (GtkNativeDialog *dialog,
                        int              response,
                        DossierWindow   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        dossier_window_open (self, file);
    }
  gtk_native_dialog_destroy (dialog);
  g_clear_object (&self->chooser);
}

static void
open_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  g_autoptr(GtkFileFilter) text_filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all_filter = gtk_file_filter_new ();

  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
      return;
    }

  self->chooser = gtk_file_chooser_native_new (_("Open an Article"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (text_filter, _("Text Files"));
  gtk_file_filter_add_mime_type (text_filter, "text/plain");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), text_filter);
  gtk_file_filter_set_name (all_filter, _("All Files"));
  gtk_file_filter_add_pattern (all_filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all_filter);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
open_sample_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  dossier_window_open_sample (DOSSIER_WINDOW (widget));
}

static void
print_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);

  if (dossier_document_get_article (self->document) != NULL)
    dossier_print_show_dialog (GTK_WINDOW (self), self->document);
}

static void
about_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  static const char *developers[] = { "The Dossier developers", NULL };

  gtk_show_about_dialog (GTK_WINDOW (widget),
                         "program-name", _("Dossier"),
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Read a news article critically: who is named, who said what, and when."),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", developers,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

/* An entity that said nothing (a place, most organisations): j/k step
 * through its mentions instead, in text order. */
static void
step_mention (DossierWindow *self,
              int            delta)
{
  DossierEntity *entity = dossier_document_get_selected_entity (self->document);
  const DossierSpan *mentions;
  guint n_mentions = 0;
  int target;

  if (entity == NULL)
    return;
  mentions = dossier_entity_get_mentions (entity, &n_mentions);
  if (n_mentions == 0)
    return;
  if (self->mention_index >= 0 && (guint) self->mention_index < n_mentions)
    target = (self->mention_index + delta + (int) n_mentions) % (int) n_mentions;
  else
    target = delta > 0 ? 0 : (int) n_mentions - 1;
  self->mention_index = target;
  dossier_article_view_show_mention (DOSSIER_ARTICLE_VIEW (self->article_view),
                                     mentions[target].start, mentions[target].end);
  update_selection_bar (self);
}

static void
step_quote (DossierWindow *self,
            int            delta)
{
  g_autoptr(GPtrArray) quotes = dup_selected_quotes (self);
  DossierQuote *current = dossier_document_get_selected_quote (self->document);
  guint index;
  int target;

  if (quotes == NULL || quotes->len == 0)
    {
      step_mention (self, delta);
      return;
    }
  if (current != NULL && g_ptr_array_find (quotes, current, &index))
    target = ((int) index + delta + (int) quotes->len) % (int) quotes->len;
  else
    target = delta > 0 ? 0 : (int) quotes->len - 1;
  dossier_document_set_selected_quote (self->document, g_ptr_array_index (quotes, target));
}

static void
next_quote_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  step_quote (DOSSIER_WINDOW (widget), 1);
}

static void
previous_quote_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  step_quote (DOSSIER_WINDOW (widget), -1);
}

static void
clear_selection_action_cb (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);

  dossier_document_set_selected_quote (self->document, NULL);
  dossier_document_set_selected_event (self->document, NULL);
  dossier_document_set_selected_entity (self->document, NULL);
}

static void
dismiss_error_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  set_error (DOSSIER_WINDOW (widget), NULL, NULL);
}

static void
search_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);

  if (dossier_document_get_article (self->document) != NULL)
    gtk_widget_grab_focus (dossier_entity_list_get_search_entry (DOSSIER_ENTITY_LIST (self->entity_list)));
}

static void
focus_pane (DossierWindow *self,
            int            pane)
{
  switch (pane)
    {
    case 0:
      dossier_entity_list_focus_list (DOSSIER_ENTITY_LIST (self->entity_list));
      break;
    case 1:
      gtk_widget_grab_focus (self->article_view);
      break;
    case 2:
    default:
      if (!gtk_widget_child_focus (self->timeline, GTK_DIR_TAB_FORWARD))
        gtk_widget_grab_focus (self->article_view);
      break;
    }
}

static void
cycle_panes (DossierWindow *self,
             int            delta)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *panes[3] = { self->entity_list, self->article_view, self->timeline };
  int current = -1;
  int i;

  if (dossier_document_get_article (self->document) == NULL)
    {
      gtk_widget_grab_focus (self->empty_open_button);
      return;
    }
  for (i = 0; i < 3 && focus != NULL; i++)
    if (focus == panes[i] || gtk_widget_is_ancestor (focus, panes[i]))
      current = i;
  if (current < 0)
    current = delta > 0 ? 2 : 0;
  focus_pane (self, (current + delta + 3) % 3);
}

static void
next_pane_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  cycle_panes (DOSSIER_WINDOW (widget), 1);
}

static void
previous_pane_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  cycle_panes (DOSSIER_WINDOW (widget), -1);
}

/* Drag and drop */

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            DossierWindow *self)
{
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      for (GSList *l = gdk_file_list_get_files (g_value_get_boxed (value)); l != NULL; l = l->next)
        g_ptr_array_add (files, g_object_ref (l->data));
    }
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    g_ptr_array_add (files, g_value_dup_object (value));

  if (files->len == 0)
    return FALSE;

  /* The first file here; any others in windows of their own. */
  dossier_window_open (self, g_ptr_array_index (files, 0));
  if (files->len > 1 && app != NULL)
    g_application_open (app, (GFile **) files->pdata + 1, (int) files->len - 1, "");
  return TRUE;
}

/* Settings */

static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source == NULL)
    return NULL;
  schema = g_settings_schema_source_lookup (source, SCHEMA_ID, TRUE);
  if (schema == NULL)
    {
      g_debug ("Schema %s not installed: window state will not be kept", SCHEMA_ID);
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}

static void
restore_state (DossierWindow *self)
{
  if (self->settings == NULL)
    return;
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  gtk_paned_set_position (GTK_PANED (self->paned),
                          g_settings_get_int (self->settings, "sidebar-width"));
}

static void
save_state (DossierWindow *self)
{
  int width = 0, height = 0;

  if (self->settings == NULL)
    return;
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", MAX (width, 360));
      g_settings_set_int (self->settings, "window-height", MAX (height, 300));
    }
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_set_int (self->settings, "sidebar-width",
                      MAX (gtk_paned_get_position (GTK_PANED (self->paned)), 120));
  g_settings_apply (self->settings);
}

static gboolean
dossier_window_close_request (GtkWindow *window)
{
  DossierWindow *self = DOSSIER_WINDOW (window);

  save_state (self);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  return GTK_WINDOW_CLASS (dossier_window_parent_class)->close_request (window);
}

static void
update_dark_class (DossierWindow *self)
{
  if (dossier_style_is_dark ())
    gtk_widget_add_css_class (GTK_WIDGET (self), "dark");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "dark");
  if (dossier_style_is_high_contrast ())
    gtk_widget_add_css_class (GTK_WIDGET (self), "high-contrast");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "high-contrast");
}

static void
dossier_window_dispose (GObject *object)
{
  DossierWindow *self = DOSSIER_WINDOW (object);

  /* Work still running finds a newer generation and drops its result. */
  self->generation++;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_WINDOW);

  G_OBJECT_CLASS (dossier_window_parent_class)->dispose (object);
}

static void
dossier_window_finalize (GObject *object)
{
  DossierWindow *self = DOSSIER_WINDOW (object);

  g_clear_object (&self->document);
  g_clear_pointer (&self->error_text, g_free);

  G_OBJECT_CLASS (dossier_window_parent_class)->finalize (object);
}

static void
dossier_window_class_init (DossierWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = dossier_window_dispose;
  object_class->finalize = dossier_window_finalize;
  window_class->close_request = dossier_window_close_request;

  g_type_ensure (DOSSIER_TYPE_ARTICLE_VIEW);
  g_type_ensure (DOSSIER_TYPE_ENTITY_LIST);
  g_type_ensure (DOSSIER_TYPE_TIMELINE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/dossier-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, article_scroller);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, article_view);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, empty_icon);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, empty_open_button);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, entity_list);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, error_title);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, quote_position_label);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, recent_box);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, selection_label);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, selection_revealer);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, timeline);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, title_label);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action_cb);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action_cb);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action_cb);
  gtk_widget_class_install_action (widget_class, "win.about", NULL, about_action_cb);
  gtk_widget_class_install_action (widget_class, "win.next-quote", NULL, next_quote_action_cb);
  gtk_widget_class_install_action (widget_class, "win.previous-quote", NULL,
                                   previous_quote_action_cb);
  gtk_widget_class_install_action (widget_class, "win.clear-selection", NULL,
                                   clear_selection_action_cb);
  gtk_widget_class_install_action (widget_class, "win.dismiss-error", NULL, dismiss_error_action_cb);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action_cb);
  gtk_widget_class_install_action (widget_class, "win.focus-next-pane", NULL, next_pane_action_cb);
  gtk_widget_class_install_action (widget_class, "win.focus-previous-pane", NULL,
                                   previous_pane_action_cb);

  /* Shortcuts that are not menu items (those go through the application's
   * accels, so menus show them). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F3, 0, "win.next-quote", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F3, GDK_SHIFT_MASK,
                                       "win.previous-quote", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, 0, "win.focus-next-pane", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, GDK_SHIFT_MASK,
                                       "win.focus-previous-pane", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
}

static void
dossier_window_init (DossierWindow *self)
{
  GtkDropTarget *drop;
  GType drop_types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };

  dossier_style_init ();
  gtk_widget_init_template (GTK_WIDGET (self));

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
  gtk_window_set_icon_name (GTK_WINDOW (self), APP_ID);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->empty_icon), APP_ID);
  update_dark_class (self);
  dossier_style_watch (G_CALLBACK (update_dark_class), self);

  self->mention_index = -1;
  self->document = dossier_document_new ();
  g_signal_connect_object (self->document, "notify::article",
                           G_CALLBACK (on_document_article_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::file",
                           G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::busy",
                           G_CALLBACK (update_busy), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::selected-entity",
                           G_CALLBACK (on_selected_entity_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::selected-quote",
                           G_CALLBACK (update_selection_bar), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::selected-event",
                           G_CALLBACK (update_selection_bar), self, G_CONNECT_SWAPPED);

  dossier_entity_list_set_document (DOSSIER_ENTITY_LIST (self->entity_list), self->document);
  dossier_article_view_set_document (DOSSIER_ARTICLE_VIEW (self->article_view), self->document);
  dossier_timeline_set_document (DOSSIER_TIMELINE (self->timeline), self->document);

  drop = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (drop, drop_types, G_N_ELEMENTS (drop_types));
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  self->settings = create_settings ();
  restore_state (self);

  update_recent (self);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (update_recent), self, G_CONNECT_SWAPPED);

  on_document_article_cb (self);
  update_busy (self);
  dossier_style_profile_mark ("window created");
}

DossierWindow *
dossier_window_new (GtkApplication *application)
{
  return g_object_new (DOSSIER_TYPE_WINDOW, "application", application, NULL);
}

DossierDocument *
dossier_window_get_document (DossierWindow *self)
{
  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), NULL);
  return self->document;
}

gboolean
dossier_window_is_empty (DossierWindow *self)
{
  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), FALSE);
  return !self->opening && dossier_document_get_article (self->document) == NULL;
}

const char *
dossier_window_get_error (DossierWindow *self)
{
  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), NULL);
  return self->error_text;
}

const char *
dossier_window_get_quote_position (DossierWindow *self)
{
  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->quote_position_label));
}

GtkWidget *
dossier_window_get_article_view (DossierWindow *self)
{
  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), NULL);
  return self->article_view;
}

GtkWidget *
dossier_window_get_entity_list (DossierWindow *self)
{
  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), NULL);
  return self->entity_list;
}

GtkWidget *
dossier_window_get_timeline (DossierWindow *self)
{
  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), NULL);
  return self->timeline;
}
