/* dossier-print.c — the annotated copy: print dialog, "Annotations" tab, PDF export
 *
 * Copyright 2026 The Dossier authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dossier-print"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>

#include "dossier-analyzer.h"
#include "dossier-cli.h"
#include "dossier-print.h"

#define ANNOTATIONS_GROUP   "Annotations"
#define SETTINGS_GROUP      "Print Settings"
#define PAGE_SETUP_GROUP    "Page Setup"

struct _DossierPrintOperation
{
  GtkPrintOperation    parent_instance;

  /* Owned */
  DossierArticle      *article;
  DossierEntity       *selected;
  DossierPrintLayout  *layout;
  char                *source_name;
  char                *sha256;
  DossierPrintOptions  options;
  gboolean             error_shown;

  /* The "Annotations" tab, alive between create-custom-widget and custom-widget-apply */
  GtkWidget           *highlight_all;
  GtkWidget           *highlight_selected;
  GtkWidget           *highlight_none;
  GtkWidget           *margin_notes;
  GtkWidget           *appendix;
};

G_DEFINE_FINAL_TYPE (DossierPrintOperation, dossier_print_operation, GTK_TYPE_PRINT_OPERATION)

static char *
settings_path (void)
{
  return g_build_filename (g_get_user_config_dir (), PACKAGE_NAME, "print.ini", NULL);
}

static void
dossier_print_operation_begin_print (GtkPrintOperation *operation,
                                     GtkPrintContext   *context)
{
  DossierPrintOperation *self = DOSSIER_PRINT_OPERATION (operation);
  PangoContext *pango_context = gtk_print_context_create_pango_context (context);
  DossierPrintOptions options = self->options;

  options.selected = self->selected;
  options.source_name = self->source_name;
  options.sha256 = self->sha256;

  g_clear_pointer (&self->layout, dossier_print_layout_free);
  self->layout = dossier_print_layout_new (self->article, &options, pango_context,
                                           gtk_print_context_get_width (context),
                                           gtk_print_context_get_height (context));
  g_object_unref (pango_context);
  gtk_print_operation_set_n_pages (operation, dossier_print_layout_get_n_pages (self->layout));
}

static void
dossier_print_operation_draw_page (GtkPrintOperation *operation,
                                   GtkPrintContext   *context,
                                   int                page_nr)
{
  DossierPrintOperation *self = DOSSIER_PRINT_OPERATION (operation);

  g_return_if_fail (self->layout != NULL);

  dossier_print_layout_draw_page (self->layout, gtk_print_context_get_cairo_context (context),
                                  page_nr);
}

static void
dossier_print_operation_end_print (GtkPrintOperation *operation,
                                   GtkPrintContext   *context)
{
  DossierPrintOperation *self = DOSSIER_PRINT_OPERATION (operation);

  g_clear_pointer (&self->layout, dossier_print_layout_free);
}

static GtkWidget *
section_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  gtk_label_set_attributes (GTK_LABEL (label), attrs);
  pango_attr_list_unref (attrs);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  return label;
}

static GtkWidget *
dossier_print_operation_create_custom_widget (GtkPrintOperation *operation)
{
  DossierPrintOperation *self = DOSSIER_PRINT_OPERATION (operation);
  GtkWidget *grid = gtk_grid_new ();
  g_autofree char *selected_label = NULL;
  int row = 0;

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_widget_set_margin_start (grid, 18);
  gtk_widget_set_margin_end (grid, 18);
  gtk_widget_set_margin_top (grid, 18);
  gtk_widget_set_margin_bottom (grid, 18);

  gtk_grid_attach (GTK_GRID (grid), section_label (_("Highlight")), 0, row++, 1, 1);

  self->highlight_all =
    gtk_check_button_new_with_mnemonic (_("_All kinds: people, organisations, places, dates and quotations"));
  if (self->selected != NULL)
    /* Translators: %s is the name of the entity selected in the window */
    selected_label = g_strdup_printf (_("Only the _selected entity: %s"),
                                      dossier_entity_get_name (self->selected));
  else
    selected_label = g_strdup (_("Only the _selected entity (none is selected)"));
  self->highlight_selected = gtk_check_button_new_with_mnemonic (selected_label);
  self->highlight_none = gtk_check_button_new_with_mnemonic (_("_Nothing"));
  gtk_check_button_set_group (GTK_CHECK_BUTTON (self->highlight_selected),
                              GTK_CHECK_BUTTON (self->highlight_all));
  gtk_check_button_set_group (GTK_CHECK_BUTTON (self->highlight_none),
                              GTK_CHECK_BUTTON (self->highlight_all));
  gtk_widget_set_sensitive (self->highlight_selected, self->selected != NULL);

  switch (self->options.highlight)
    {
    case DOSSIER_PRINT_HIGHLIGHT_SELECTED:
      gtk_check_button_set_active (GTK_CHECK_BUTTON (self->selected != NULL
                                                       ? self->highlight_selected
                                                       : self->highlight_all), TRUE);
      break;
    case DOSSIER_PRINT_HIGHLIGHT_NONE:
      gtk_check_button_set_active (GTK_CHECK_BUTTON (self->highlight_none), TRUE);
      break;
    case DOSSIER_PRINT_HIGHLIGHT_ALL:
    default:
      gtk_check_button_set_active (GTK_CHECK_BUTTON (self->highlight_all), TRUE);
      break;
    }
  gtk_grid_attach (GTK_GRID (grid), self->highlight_all, 0, row++, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), self->highlight_selected, 0, row++, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), self->highlight_none, 0, row++, 1, 1);

  gtk_grid_attach (GTK_GRID (grid), section_label (_("Also print")), 0, row++, 1, 1);
  self->margin_notes =
    gtk_check_button_new_with_mnemonic (_("Speaker names in the _margin beside each quotation"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->margin_notes), self->options.margin_notes);
  gtk_grid_attach (GTK_GRID (grid), self->margin_notes, 0, row++, 1, 1);
  self->appendix =
    gtk_check_button_new_with_mnemonic (_("_Appendix: entity index, quotations by speaker, timeline"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->appendix), self->options.appendix);
  gtk_grid_attach (GTK_GRID (grid), self->appendix, 0, row++, 1, 1);

  gtk_widget_set_margin_top (gtk_grid_get_child_at (GTK_GRID (grid), 0, 4), 12);

  return grid;
}

static void
dossier_print_operation_custom_widget_apply (GtkPrintOperation *operation,
                                             GtkWidget         *widget)
{
  DossierPrintOperation *self = DOSSIER_PRINT_OPERATION (operation);

  if (self->highlight_all == NULL)
    return;

  if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->highlight_selected)))
    self->options.highlight = DOSSIER_PRINT_HIGHLIGHT_SELECTED;
  else if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->highlight_none)))
    self->options.highlight = DOSSIER_PRINT_HIGHLIGHT_NONE;
  else
    self->options.highlight = DOSSIER_PRINT_HIGHLIGHT_ALL;
  self->options.margin_notes = gtk_check_button_get_active (GTK_CHECK_BUTTON (self->margin_notes));
  self->options.appendix = gtk_check_button_get_active (GTK_CHECK_BUTTON (self->appendix));

  self->highlight_all = NULL;
  self->highlight_selected = NULL;
  self->highlight_none = NULL;
  self->margin_notes = NULL;
  self->appendix = NULL;
}

static void
dossier_print_operation_finalize (GObject *object)
{
  DossierPrintOperation *self = DOSSIER_PRINT_OPERATION (object);

  g_clear_pointer (&self->layout, dossier_print_layout_free);
  g_clear_object (&self->article);
  g_clear_object (&self->selected);
  g_clear_pointer (&self->source_name, g_free);
  g_clear_pointer (&self->sha256, g_free);

  G_OBJECT_CLASS (dossier_print_operation_parent_class)->finalize (object);
}

static void
dossier_print_operation_class_init (DossierPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = dossier_print_operation_finalize;

  operation_class->begin_print = dossier_print_operation_begin_print;
  operation_class->draw_page = dossier_print_operation_draw_page;
  operation_class->end_print = dossier_print_operation_end_print;
  operation_class->create_custom_widget = dossier_print_operation_create_custom_widget;
  operation_class->custom_widget_apply = dossier_print_operation_custom_widget_apply;
}

static void
dossier_print_operation_init (DossierPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);

  dossier_print_options_init (&self->options);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, FALSE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* Translators: the name of the tab of our options in the print dialog */
  gtk_print_operation_set_custom_tab_label (operation, _("Annotations"));
}

DossierPrintOperation *
dossier_print_operation_new (DossierArticle *article,
                             DossierEntity  *selected)
{
  DossierPrintOperation *self;
  const char *path;

  g_return_val_if_fail (DOSSIER_IS_ARTICLE (article), NULL);
  g_return_val_if_fail (selected == NULL || DOSSIER_IS_ENTITY (selected), NULL);

  self = g_object_new (DOSSIER_TYPE_PRINT_OPERATION, NULL);
  self->article = g_object_ref (article);
  g_set_object (&self->selected, selected);

  path = dossier_article_get_source_path (article);
  if (path != NULL && *path != '\0')
    {
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *job = NULL;

      dossier_print_operation_set_source (self, base, dossier_article_get_source_sha256 (article));
      /* Translators: the print job's name; %s is the file name */
      job = g_strdup_printf (_("%s (annotated)"), base);
      gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), job);
    }

  return self;
}

void
dossier_print_operation_get_options (DossierPrintOperation *self,
                                     DossierPrintOptions   *options)
{
  g_return_if_fail (DOSSIER_IS_PRINT_OPERATION (self));
  g_return_if_fail (options != NULL);

  *options = self->options;
  options->selected = self->selected;
  options->source_name = self->source_name;
  options->sha256 = self->sha256;
}

void
dossier_print_operation_set_options (DossierPrintOperation     *self,
                                     const DossierPrintOptions *options)
{
  g_return_if_fail (DOSSIER_IS_PRINT_OPERATION (self));
  g_return_if_fail (options != NULL);

  self->options.highlight = options->highlight;
  self->options.margin_notes = options->margin_notes;
  self->options.appendix = options->appendix;
  /* Strings are borrowed by the options: only keep those that are static. */
  self->options.body_font = NULL;
  self->options.print_date = NULL;
}

void
dossier_print_operation_set_source (DossierPrintOperation *self,
                                    const char            *name,
                                    const char            *sha256)
{
  g_return_if_fail (DOSSIER_IS_PRINT_OPERATION (self));

  g_free (self->source_name);
  self->source_name = g_strdup (name);
  g_free (self->sha256);
  self->sha256 = g_strdup (sha256);
}

void
dossier_print_operation_load_settings (DossierPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = settings_path ();
  g_autofree char *highlight = NULL;

  g_return_if_fail (DOSSIER_IS_PRINT_OPERATION (self));

  if (!g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, &error))
    {
      if (!g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_warning ("Could not read %s: %s", path, error->message);
      return;
    }

  highlight = g_key_file_get_string (key_file, ANNOTATIONS_GROUP, "highlight", NULL);
  if (highlight != NULL)
    self->options.highlight = dossier_print_highlight_from_string (highlight);
  if (g_key_file_has_key (key_file, ANNOTATIONS_GROUP, "margin-notes", NULL))
    self->options.margin_notes = g_key_file_get_boolean (key_file, ANNOTATIONS_GROUP,
                                                         "margin-notes", NULL);
  if (g_key_file_has_key (key_file, ANNOTATIONS_GROUP, "appendix", NULL))
    self->options.appendix = g_key_file_get_boolean (key_file, ANNOTATIONS_GROUP,
                                                     "appendix", NULL);

  if (g_key_file_has_group (key_file, SETTINGS_GROUP))
    {
      g_autoptr(GtkPrintSettings) settings =
        gtk_print_settings_new_from_key_file (key_file, SETTINGS_GROUP, NULL);

      if (settings != NULL)
        gtk_print_operation_set_print_settings (operation, settings);
    }
  if (g_key_file_has_group (key_file, PAGE_SETUP_GROUP))
    {
      g_autoptr(GtkPageSetup) page_setup =
        gtk_page_setup_new_from_key_file (key_file, PAGE_SETUP_GROUP, NULL);

      if (page_setup != NULL)
        gtk_print_operation_set_default_page_setup (operation, page_setup);
    }
}

gboolean
dossier_print_operation_save_settings (DossierPrintOperation  *self,
                                       GError                **error)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *path = settings_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  GtkPrintSettings *settings;
  GtkPageSetup *page_setup;

  g_return_val_if_fail (DOSSIER_IS_PRINT_OPERATION (self), FALSE);

  g_key_file_set_string (key_file, ANNOTATIONS_GROUP, "highlight",
                         dossier_print_highlight_to_string (self->options.highlight));
  g_key_file_set_boolean (key_file, ANNOTATIONS_GROUP, "margin-notes", self->options.margin_notes);
  g_key_file_set_boolean (key_file, ANNOTATIONS_GROUP, "appendix", self->options.appendix);

  settings = gtk_print_operation_get_print_settings (operation);
  if (settings != NULL)
    gtk_print_settings_to_key_file (settings, key_file, SETTINGS_GROUP);
  page_setup = gtk_print_operation_get_default_page_setup (operation);
  if (page_setup != NULL)
    gtk_page_setup_to_key_file (page_setup, key_file, PAGE_SETUP_GROUP);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int errsv = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errsv),
                   _("Could not create %s: %s"), dir, g_strerror (errsv));
      return FALSE;
    }
  return g_key_file_save_to_file (key_file, path, error);
}

/* The dialog {{{1 */

static void
show_error (GtkWindow  *parent,
            const char *message)
{
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (parent,
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                   "%s", _("The annotated copy could not be printed"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", message);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               gpointer                 user_data)
{
  GWeakRef *parent_ref = user_data;
  g_autoptr(GtkWindow) parent = g_weak_ref_get (parent_ref);
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      DossierPrintOperation *self = DOSSIER_PRINT_OPERATION (operation);

      gtk_print_operation_get_error (operation, &error);
      if (!self->error_shown)
        show_error (parent, error != NULL ? error->message : _("Unknown error"));
      self->error_shown = TRUE;
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      if (!dossier_print_operation_save_settings (DOSSIER_PRINT_OPERATION (operation), &error))
        g_warning ("Could not save the print settings: %s", error->message);
    }

  g_weak_ref_clear (parent_ref);
  g_free (parent_ref);
  /* The reference taken in dossier_print_show_dialog(). */
  g_object_unref (operation);
}

void
dossier_print_show_dialog (GtkWindow       *parent,
                           DossierDocument *document)
{
  DossierPrintOperation *self;
  DossierArticle *article;
  GFile *file;
  GWeakRef *parent_ref;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (DOSSIER_IS_DOCUMENT (document));

  article = dossier_document_get_article (document);
  if (article == NULL)
    {
      show_error (parent, _("The article has not been read yet."));
      return;
    }

  self = dossier_print_operation_new (article, dossier_document_get_selected_entity (document));
  file = dossier_document_get_file (document);
  if (self->source_name == NULL && file != NULL)
    {
      g_autofree char *base = g_file_get_basename (file);

      dossier_print_operation_set_source (self, base, dossier_article_get_source_sha256 (article));
    }
  dossier_print_operation_load_settings (self);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (self), TRUE);

  parent_ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (parent_ref, parent);
  /* Released in print_done_cb(), which "done" always reaches. */
  g_signal_connect (self, "done", G_CALLBACK (print_done_cb), parent_ref);

  /* "done" may come before run() returns: hold on to the operation till then. */
  g_object_ref (self);
  if (gtk_print_operation_run (GTK_PRINT_OPERATION (self), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               parent, &error) == GTK_PRINT_OPERATION_RESULT_ERROR &&
      !self->error_shown)
    {
      show_error (parent, error != NULL ? error->message : _("Unknown error"));
      self->error_shown = TRUE;
    }
  g_object_unref (self);
}

/* dossier --print-to-pdf {{{1 */

int
dossier_cli_print_to_pdf (const char *out_pdf,
                          const char *file,
                          const char *published)
{
  g_autoptr(GFile) gfile = NULL;
  g_autoptr(DossierArticle) article = NULL;
  g_autoptr(DossierPrintOperation) self = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  g_return_val_if_fail (out_pdf != NULL, 2);
  g_return_val_if_fail (file != NULL, 2);

  {
    g_autofree char *out_dir = g_path_get_dirname (out_pdf);

    if (!g_file_test (out_dir, G_FILE_TEST_IS_DIR))
      {
        g_printerr ("%s: %s: %s\n", PACKAGE_NAME, out_pdf, _("the folder to write it in does not exist"));
        return 1;
      }
  }

  gfile = g_file_new_for_commandline_arg (file);
  article = dossier_analyzer_analyze_file (gfile, published, NULL, &error);
  if (article == NULL)
    {
      g_printerr ("%s: %s\n", PACKAGE_NAME, error->message);
      return 1;
    }

  /* Batch output must not depend on what the user last chose in the
   * dialog: the defaults, and no settings read or written. */
  self = dossier_print_operation_new (article, NULL);
  if (self->source_name == NULL)
    {
      g_autofree char *base = g_file_get_basename (gfile);

      dossier_print_operation_set_source (self, base, dossier_article_get_source_sha256 (article));
    }
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (self), out_pdf);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (self), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                    NULL, &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_printerr ("%s: %s: %s\n", PACKAGE_NAME, out_pdf,
                  error != NULL ? error->message : _("could not write the PDF"));
      return 1;
    }
  if (!g_file_test (out_pdf, G_FILE_TEST_IS_REGULAR))
    {
      g_printerr ("%s: %s: %s\n", PACKAGE_NAME, out_pdf, _("could not write the PDF"));
      return 1;
    }
  return 0;
}
