/* test-print.c — the annotated copy: pagination (pure) and the PDF export
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
#define G_LOG_DOMAIN "test-print"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "dossier-analyzer.h"
#include "dossier-article.h"
#include "dossier-print.h"
#include "dossier-print-layout.h"

#define A4_WIDTH  (595.0 - 36.0)   /* the printable area inside GTK's default margins */
#define A4_HEIGHT (842.0 - 36.0)
#define EPSILON   0.01

/* A made-up article {{{1 */

typedef struct
{
  GString   *text;
  GPtrArray *entities;
  GPtrArray *quotes;
  GPtrArray *timexes;
  guint      n_quotes;
} Builder;

static guint
builder_offset (Builder *b)
{
  return g_utf8_strlen (b->text->str, -1);
}

static void
builder_mention (Builder       *b,
                 DossierEntity *entity,
                 const char    *name)
{
  guint start = builder_offset (b);

  g_string_append (b->text, name);
  dossier_entity_add_mention (entity, start, builder_offset (b), name);
}

static void
builder_quote (Builder       *b,
               DossierEntity *speaker,
               const char    *words)
{
  g_autofree char *id = g_strdup_printf ("q%u", b->n_quotes++);
  DossierQuote *quote;
  guint start;

  g_string_append (b->text, "“");
  start = builder_offset (b);
  g_string_append (b->text, words);
  quote = dossier_quote_new (id, start, builder_offset (b), words, DOSSIER_QUOTE_DIRECT);
  g_string_append (b->text, "”");
  if (speaker != NULL)
    dossier_quote_set_speaker (quote, speaker);
  g_ptr_array_add (b->quotes, quote);
}

static void
builder_date (Builder    *b,
              const char *words,
              const char *value)
{
  guint start = builder_offset (b);

  g_string_append (b->text, words);
  g_ptr_array_add (b->timexes, dossier_timex_new (start, builder_offset (b), words,
                                                  DOSSIER_TIMEX_DATE, value));
}

/* @n_paragraphs paragraphs, each with three attributed quotes, two of
 * them on the same line (their margin notes must not collide), and one
 * unattributed quote every third paragraph. */
static DossierArticle *
make_article (guint n_paragraphs)
{
  Builder b = { g_string_new (NULL), g_ptr_array_new_with_free_func (g_object_unref),
                g_ptr_array_new_with_free_func (g_object_unref),
                g_ptr_array_new_with_free_func (g_object_unref), 0 };
  DossierEntity *ada = dossier_entity_new ("e0", "Ada Lowell", DOSSIER_ENTITY_PERSON);
  DossierEntity *tom = dossier_entity_new ("e1", "Tom Reyes", DOSSIER_ENTITY_PERSON);
  DossierEntity *council = dossier_entity_new ("e2", "Harbour Council", DOSSIER_ENTITY_ORGANIZATION);
  DossierEntity *town = dossier_entity_new ("e3", "Northbridge", DOSSIER_ENTITY_PLACE);
  DossierArticle *article;

  g_ptr_array_add (b.entities, ada);
  g_ptr_array_add (b.entities, tom);
  g_ptr_array_add (b.entities, council);
  g_ptr_array_add (b.entities, town);
  dossier_entity_add_alias (ada, "Lowell");

  g_string_append (b.text, "Ferry to return after a long winter\n\n");
  for (guint i = 0; i < n_paragraphs; i++)
    {
      builder_mention (&b, ada, "Ada Lowell");
      g_string_append (b.text, " of the ");
      builder_mention (&b, council, "Harbour Council");
      g_string_append (b.text, " said ");
      builder_date (&b, "on Monday", "2026-11-23");
      g_string_append (b.text, " in ");
      builder_mention (&b, town, "Northbridge");
      g_string_append (b.text, ": ");
      builder_quote (&b, ada, "Yes.");
      g_string_append (b.text, " ");
      builder_quote (&b, tom, "No.");
      g_string_append (b.text, " Then she added: ");
      builder_quote (&b, ada, "The ferry will run again next week, weather permitting, and the "
                              "timetable will be the one we had before the storm.");
      g_string_append_printf (b.text, " The council met for the %uth time to discuss fares, the "
                                      "state of the pier and a long list of other matters that "
                                      "residents had raised in letters over the summer.", i + 1);
      if (i % 3 == 2)
        {
          g_string_append (b.text, " A sign on the door read ");
          builder_quote (&b, NULL, "closed until further notice");
          g_string_append (b.text, ".");
        }
      g_string_append (b.text, "\n\n");
    }

  article = dossier_article_new (b.text->str, -1);
  dossier_article_set_title (article, "Ferry to return after a long winter");
  dossier_article_set_outlet (article, "The Test Gazette");
  dossier_article_set_published (article, "2026-11-24");
  for (guint i = 0; i < b.entities->len; i++)
    dossier_article_add_entity (article, g_ptr_array_index (b.entities, i));
  for (guint i = 0; i < b.quotes->len; i++)
    dossier_article_add_quote (article, g_ptr_array_index (b.quotes, i));
  for (guint i = 0; i < b.timexes->len; i++)
    dossier_article_add_timex (article, g_ptr_array_index (b.timexes, i));
  if (b.timexes->len > 0)
    {
      g_autoptr(DossierEvent) event = dossier_event_new ("ev0", 0, "2026-11-23", NULL,
                                                         DOSSIER_GRANULARITY_DAY, FALSE,
                                                         "The council meets about the ferry");

      dossier_article_add_event (article, event);
    }
  dossier_article_update_counts (article);

  g_string_free (b.text, TRUE);
  g_ptr_array_unref (b.entities);
  g_ptr_array_unref (b.quotes);
  g_ptr_array_unref (b.timexes);
  return article;
}

static PangoContext *
new_context (void)
{
  PangoFontMap *font_map = pango_cairo_font_map_new ();
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *font_options = cairo_font_options_create ();

  /* As GtkPrintContext does: one unit is one point, no hinting. */
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, font_options);
  pango_cairo_context_set_resolution (context, 72);
  cairo_font_options_destroy (font_options);
  g_object_unref (font_map);
  return context;
}

static guint
count_attributed (DossierArticle *article)
{
  GListModel *quotes = dossier_article_get_quotes (article);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (quotes); i++)
    {
      g_autoptr(DossierQuote) quote = g_list_model_get_item (quotes, i);

      if (dossier_quote_get_speaker (quote) != NULL)
        n++;
    }
  return n;
}

/* Checks every invariant of a layout. */
static void
assert_layout_sound (DossierPrintLayout *layout)
{
  guint n_pages = dossier_print_layout_get_n_pages (layout);
  guint n_body = dossier_print_layout_get_n_body_pages (layout);
  guint n_lines = dossier_print_layout_get_n_lines (layout);
  guint seen = 0;

  g_assert_cmpuint (n_body, >=, 1);
  g_assert_cmpuint (n_pages, >=, n_body);

  /* Every line on exactly one page, inside the body area, never cut or overlapping. */
  for (guint page = 0; page < n_body; page++)
    {
      DossierPrintBox area;
      guint first, count;

      dossier_print_layout_get_body_area (layout, page, &area);
      dossier_print_layout_get_page_lines (layout, page, &first, &count);
      g_assert_cmpuint (first, ==, seen);
      seen += count;
      for (guint i = first; i < first + count; i++)
        {
          DossierPrintBox box;

          dossier_print_layout_get_line (layout, i, &box);
          g_assert_cmpuint (box.page, ==, page);
          g_assert_cmpfloat (box.height, >, 0);
          g_assert_cmpfloat (box.y, >=, area.y - EPSILON);
          g_assert_cmpfloat (box.y + box.height, <=, area.y + area.height + EPSILON);
          if (i > first)
            {
              DossierPrintBox prev;

              dossier_print_layout_get_line (layout, i - 1, &prev);
              g_assert_cmpfloat (box.y, >=, prev.y + prev.height - EPSILON);
            }
        }
    }
  g_assert_cmpuint (seen, ==, n_lines);

  /* No paragraph leaves a line alone at a page break. */
  for (guint i = 0; i < n_lines;)
    {
      guint para = dossier_print_layout_get_line_paragraph (layout, i);
      guint end = i;
      DossierPrintBox first, second, last, before_last;

      while (end < n_lines && dossier_print_layout_get_line_paragraph (layout, end) == para)
        end++;
      if (end - i >= 2)
        {
          dossier_print_layout_get_line (layout, i, &first);
          dossier_print_layout_get_line (layout, i + 1, &second);
          dossier_print_layout_get_line (layout, end - 2, &before_last);
          dossier_print_layout_get_line (layout, end - 1, &last);
          g_assert_cmpuint (first.page, ==, second.page);
          g_assert_cmpuint (before_last.page, ==, last.page);
        }
      i = end;
    }

  /* Notes: on body pages, in the margin, never overlapping. */
  for (guint i = 0; i < dossier_print_layout_get_n_notes (layout); i++)
    {
      DossierPrintBox box, area;
      guint number;

      dossier_print_layout_get_note (layout, i, &box, &number);
      dossier_print_layout_get_body_area (layout, box.page, &area);
      g_assert_cmpuint (box.page, <, n_body);
      g_assert_cmpint (dossier_print_layout_get_quote_page (layout, number), ==, box.page);
      g_assert_cmpfloat (box.y, >=, area.y - EPSILON);
      g_assert_cmpfloat (box.y + box.height, <=, area.y + area.height + EPSILON);
      if (i > 0)
        {
          DossierPrintBox prev;
          guint prev_number;

          dossier_print_layout_get_note (layout, i - 1, &prev, &prev_number);
          g_assert_cmpuint (prev_number, <, number);
          if (prev.page == box.page)
            g_assert_cmpfloat (box.y, >=, prev.y + prev.height - EPSILON);
        }
    }
}

static DossierPrintLayout *
layout_article (DossierArticle            *article,
                const DossierPrintOptions *options)
{
  PangoContext *context = new_context ();
  DossierPrintLayout *layout;

  layout = dossier_print_layout_new (article, options, context, A4_WIDTH, A4_HEIGHT);
  g_object_unref (context);
  return layout;
}

/* The pagination tests {{{1 */

static void
test_layout_sound (void)
{
  g_autoptr(DossierArticle) article = make_article (30);
  g_autoptr(DossierPrintLayout) layout = NULL;
  DossierPrintOptions options;
  int last_page = 0;
  gboolean pushed = FALSE;

  dossier_print_options_init (&options);
  options.print_date = "2026-11-25";
  layout = layout_article (article, &options);
  assert_layout_sound (layout);

  g_assert_cmpuint (dossier_print_layout_get_n_body_pages (layout), >, 1);
  g_assert_cmpuint (dossier_print_layout_get_n_notes (layout), ==, count_attributed (article));

  /* Quotes are numbered in text order, so their pages never go back. */
  for (guint q = 1; q <= g_list_model_get_n_items (dossier_article_get_quotes (article)); q++)
    {
      int page = dossier_print_layout_get_quote_page (layout, q);

      g_assert_cmpint (page, >=, last_page);
      g_assert_cmpint (page, <, (int) dossier_print_layout_get_n_body_pages (layout));
      last_page = page;
    }
  g_assert_cmpint (dossier_print_layout_get_quote_page (layout, 0), ==, -1);
  g_assert_cmpint (dossier_print_layout_get_quote_page (layout, 100000), ==, -1);

  /* "Yes." and "No." start on the same line: the second note was pushed down. */
  for (guint i = 1; i < dossier_print_layout_get_n_notes (layout); i++)
    {
      DossierPrintBox a, b;

      dossier_print_layout_get_note (layout, i - 1, &a, NULL);
      dossier_print_layout_get_note (layout, i, &b, NULL);
      if (a.page == b.page && b.y - (a.y + a.height) < 4.0)
        pushed = TRUE;
    }
  g_assert_true (pushed);
}

static void
test_layout_grows (void)
{
  guint sizes[] = { 1, 10, 40, 120 };
  guint last_pages = 0, last_lines = 0;

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(DossierArticle) article = make_article (sizes[i]);
      g_autoptr(DossierPrintLayout) layout = layout_article (article, NULL);
      guint n_body = dossier_print_layout_get_n_body_pages (layout);
      guint n_lines = dossier_print_layout_get_n_lines (layout);

      assert_layout_sound (layout);
      g_assert_cmpuint (n_lines, >, last_lines);
      if (i == 0)
        g_assert_cmpuint (n_body, ==, 1);
      else
        g_assert_cmpuint (n_body, >, last_pages);
      last_pages = n_body;
      last_lines = n_lines;
    }
}

static void
test_layout_options (void)
{
  g_autoptr(DossierArticle) article = make_article (12);
  g_autoptr(DossierPrintLayout) with_all = NULL;
  g_autoptr(DossierPrintLayout) bare = NULL;
  g_autoptr(DossierPrintLayout) selected = NULL;
  g_autoptr(DossierPrintLayout) narrow = NULL;
  PangoContext *context = new_context ();
  DossierPrintOptions options;

  dossier_print_options_init (&options);
  with_all = layout_article (article, &options);
  g_assert_cmpuint (dossier_print_layout_get_n_pages (with_all), >,
                    dossier_print_layout_get_n_body_pages (with_all));

  options.margin_notes = FALSE;
  options.appendix = FALSE;
  options.highlight = DOSSIER_PRINT_HIGHLIGHT_NONE;
  bare = layout_article (article, &options);
  assert_layout_sound (bare);
  g_assert_cmpuint (dossier_print_layout_get_n_notes (bare), ==, 0);
  g_assert_cmpuint (dossier_print_layout_get_n_pages (bare), ==,
                    dossier_print_layout_get_n_body_pages (bare));
  /* Without the notes column the text is wider: fewer lines. */
  g_assert_cmpuint (dossier_print_layout_get_n_lines (bare), <,
                    dossier_print_layout_get_n_lines (with_all));

  dossier_print_options_init (&options);
  options.highlight = DOSSIER_PRINT_HIGHLIGHT_SELECTED;
  options.selected = dossier_article_lookup_entity (article, "e1");
  selected = layout_article (article, &options);
  assert_layout_sound (selected);

  /* A narrow, short page (a postcard) still holds whole lines. */
  dossier_print_options_init (&options);
  narrow = dossier_print_layout_new (article, &options, context, 280, 400);
  g_object_unref (context);
  assert_layout_sound (narrow);
  g_assert_cmpuint (dossier_print_layout_get_n_body_pages (narrow), >,
                    dossier_print_layout_get_n_body_pages (with_all));
}

static cairo_status_t
discard_cb (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  *(gsize *) closure += length;
  return CAIRO_STATUS_SUCCESS;
}

/* Draws every page into a PDF in memory. */
static gsize
draw_all (DossierPrintLayout *layout)
{
  gsize bytes = 0;
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (discard_cb, &bytes, 595, 842);
  cairo_t *cr = cairo_create (surface);

  for (guint page = 0; page < dossier_print_layout_get_n_pages (layout); page++)
    {
      cairo_save (cr);
      cairo_translate (cr, 18, 18);
      dossier_print_layout_draw_page (layout, cr, page);
      cairo_restore (cr);
      cairo_show_page (cr);
    }
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  return bytes;
}

static void
test_layout_bad_input (void)
{
  const char *texts[] = {
    "",
    "\n\n\n",
    "One line, no newline",
    "Tabs\tand\r\nCRLF\r\nand a form\ffeed and \xe2\x80\xae right-to-left override",
    "עברית ومن العربية mixed with English, and emoji 🙂🙂🙂 and combining e\xcc\x81",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(DossierArticle) article = dossier_article_new (texts[i], -1);
      g_autoptr(DossierPrintLayout) layout = NULL;
      g_autoptr(DossierQuote) beyond = dossier_quote_new ("q0", 5, 5000, "beyond", DOSSIER_QUOTE_DIRECT);
      g_autoptr(DossierQuote) empty = dossier_quote_new ("q1", 3, 3, "", DOSSIER_QUOTE_PARTIAL);
      g_autoptr(DossierEntity) entity = dossier_entity_new ("e0", "Nobody", DOSSIER_ENTITY_OTHER);

      dossier_entity_add_mention (entity, 2, 9000, "far");
      dossier_quote_set_speaker (beyond, entity);
      dossier_article_add_entity (article, entity);
      dossier_article_add_quote (article, beyond);
      dossier_article_add_quote (article, empty);

      layout = layout_article (article, NULL);
      assert_layout_sound (layout);
      g_assert_cmpuint (draw_all (layout), >, 0);
    }
}

static void
test_layout_huge_paragraph (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(DossierArticle) article = NULL;
  g_autoptr(DossierPrintLayout) layout = NULL;

  while (text->len < 150000)
    g_string_append (text, "A paragraph that never ends, with words and more words. ");
  article = dossier_article_new (text->str, -1);
  layout = layout_article (article, NULL);
  assert_layout_sound (layout);
  g_assert_cmpuint (dossier_print_layout_get_n_body_pages (layout), >, 30);
  g_assert_cmpuint (draw_all (layout), >, 0);
}

static void
test_layout_draws (void)
{
  g_autoptr(DossierArticle) article = make_article (8);
  g_autoptr(DossierPrintLayout) layout = layout_article (article, NULL);

  g_assert_cmpuint (draw_all (layout), >, 1000);
}

/* The PDF, through the command line {{{1 */

static char *
find_sample (void)
{
  const char *shared = g_getenv ("DOSSIER_SHARED_DIR");
  char *path;

  if (shared != NULL)
    {
      path = g_build_filename (shared, "eval", "sets", "seed", "kirby-pauses.txt", NULL);
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return path;
      g_free (path);
    }
  path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", "kirby-pauses.txt", NULL);
  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return path;
  g_free (path);
  return NULL;
}

static char *
run (const char * const *argv,
     char              **envp)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_printerr ("%s failed: %s\n", argv[0], err);
  g_assert_no_error (error);
  return out;
}

static guint
count_occurrences (const char *haystack,
                   const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

static void
test_pdf_sample (void)
{
  g_autofree char *sample = find_sample ();
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autofree char *fonts = NULL;
  g_autofree char *head = NULL;
  g_auto(GStrv) envp = NULL;
  g_auto(GStrv) pages = NULL;
  g_auto(GStrv) font_lines = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(DossierArticle) article = NULL;
  g_autoptr(GPtrArray) quotes = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) speakers = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key;
  const char *pages_line;
  guint n_pages, n_body = 0, n_labels = 0, n_attributed = 0, n_kirby = 0, n_kirby_labels = 0;
  guint n_fonts = 0;
  gsize len = 0;

  if (sample == NULL)
    {
      g_test_skip ("the sample article is not there");
      return;
    }

  dir = g_dir_make_tmp ("dossier-print-XXXXXX", &error);
  g_assert_no_error (error);
  pdf = g_build_filename (dir, "kirby.pdf", NULL);

  /* No display at all: the batch mode must not need one. */
  envp = g_get_environ ();
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "XDG_CONFIG_HOME", dir, TRUE);
  {
    const char *argv[] = { DOSSIER_BINARY, "--print-to-pdf", pdf, sample, NULL };
    g_autofree char *out = run (argv, envp);
  }

  g_assert_true (g_file_get_contents (pdf, &head, &len, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (len, >, 1000);
  g_assert_true (g_str_has_prefix (head, "%PDF"));

  {
    const char *argv[] = { "pdfinfo", pdf, NULL };
    info = run (argv, NULL);
  }
  pages_line = strstr (info, "Pages:");
  g_assert_nonnull (pages_line);
  n_pages = (guint) g_ascii_strtoull (pages_line + strlen ("Pages:"), NULL, 10);
  g_assert_cmpuint (n_pages, >=, 2);

  {
    const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
    text = run (argv, NULL);
  }
  pages = g_strsplit (text, "\f", -1);
  g_assert_cmpuint (g_strv_length (pages), >=, n_pages);

  /* "page N of M" on every page; the appendix after the body. */
  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *footer = g_strdup_printf ("page %u of %u", i + 1, n_pages);

      g_assert_nonnull (strstr (pages[i], footer));
      if (n_body == 0 && strstr (pages[i], "Entity index") != NULL)
        n_body = i;
      if (n_body == 0)
        g_string_append (body, pages[i]);
    }
  g_assert_cmpuint (n_body, >=, 1);
  g_assert_nonnull (strstr (text, "Appendix"));
  g_assert_nonnull (strstr (text, "Entity index"));
  g_assert_nonnull (strstr (text, "Quotes by speaker"));
  g_assert_nonnull (strstr (text, "Timeline"));
  g_assert_nonnull (strstr (pages[0], "Key:"));
  g_assert_nonnull (strstr (pages[0], "kirby-pauses.txt"));
  g_assert_nonnull (strstr (pages[0], "SHA-256"));
  /* The text opens with its headline: printed once on page 1, not again in
   * the header above it. */
  g_assert_cmpuint (count_occurrences (pages[0], "calls for multiple"), ==, 1);

  /* The model the PDF was made from, analysed the same way. */
  file = g_file_new_for_path (sample);
  article = dossier_analyzer_analyze_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  quotes = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (dossier_article_get_quotes (article)); i++)
    g_ptr_array_add (quotes, g_list_model_get_item (dossier_article_get_quotes (article), i));
  /* The numbering of the print: text order. */
  for (guint i = 0; i < quotes->len; i++)
    for (guint j = i + 1; j < quotes->len; j++)
      {
        DossierQuote *a = g_ptr_array_index (quotes, i), *b = g_ptr_array_index (quotes, j);

        if (dossier_quote_get_start (b) < dossier_quote_get_start (a) ||
            (dossier_quote_get_start (b) == dossier_quote_get_start (a) &&
             dossier_quote_get_end (b) < dossier_quote_get_end (a)))
          {
            g_ptr_array_index (quotes, i) = b;
            g_ptr_array_index (quotes, j) = a;
          }
      }

  /* Each attributed quote's label "[n] Speaker" is beside it, in the body. */
  for (guint i = 0; i < quotes->len; i++)
    {
      DossierEntity *speaker = dossier_quote_get_speaker (g_ptr_array_index (quotes, i));
      g_autofree char *label = NULL;
      const char *name;

      if (speaker == NULL)
        continue;
      name = dossier_entity_get_name (speaker);
      n_attributed++;
      if (g_strcmp0 (name, "John Kirby") == 0)
        n_kirby++;
      g_hash_table_add (speakers, (gpointer) name);
      label = g_strdup_printf ("[%u] %s", i + 1, name);
      if (strlen (name) > 20)
        label[strlen (label) - strlen (name) + 12] = '\0'; /* a long name may wrap */
      if (strstr (body->str, label) == NULL)
        g_printerr ("missing label %s\n", label);
      g_assert_nonnull (strstr (body->str, label));
    }

  /* And there are no more labels than that. */
  g_hash_table_iter_init (&iter, speakers);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_autofree char *escaped = g_regex_escape_string (key, -1);
      g_autofree char *pattern = g_strdup_printf ("\\[\\d+\\] %s(?!\\w)", escaped);
      g_autoptr(GRegex) regex = g_regex_new (pattern, 0, 0, &error);
      g_autoptr(GMatchInfo) match = NULL;
      guint n = 0;

      g_assert_no_error (error);
      for (g_regex_match (regex, body->str, 0, &match); g_match_info_matches (match);
           g_match_info_next (match, NULL))
        n++;
      n_labels += n;
      if (g_strcmp0 (key, "John Kirby") == 0)
        n_kirby_labels = n;
    }
  g_assert_cmpuint (n_labels, ==, n_attributed);
  g_assert_cmpuint (n_kirby_labels, ==, n_kirby);
  g_test_message ("%u quotes, %u attributed, %u to John Kirby, %u pages",
                  quotes->len, n_attributed, n_kirby, n_pages);
  if (n_kirby == 14)
    g_assert_cmpuint (count_occurrences (body->str, "John Kirby"), >=, 14);
  else
    g_test_incomplete ("the quotes pass attributes fewer or more than 14 quotes to John Kirby");

  /* Every font embedded. */
  {
    const char *argv[] = { "pdffonts", pdf, NULL };
    fonts = run (argv, NULL);
  }
  font_lines = g_strsplit (fonts, "\n", -1);
  for (guint i = 2; font_lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      guint n_fields;

      if (*font_lines[i] == '\0')
        continue;
      fields = g_strsplit_set (g_strstrip (font_lines[i]), " ", -1);
      {
        /* Drop the empty fields the column padding leaves. */
        guint k = 0;

        for (guint j = 0; fields[j] != NULL; j++)
          if (*fields[j] != '\0')
            fields[k++] = fields[j];
          else
            g_free (fields[j]);
        fields[k] = NULL;
        n_fields = k;
      }
      g_assert_cmpuint (n_fields, >=, 6);
      /* name type [encoding] emb sub uni object ID: emb is the fifth from the end. */
      g_assert_cmpstr (fields[n_fields - 5], ==, "yes");
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >, 0);

  g_unlink (pdf);
  g_rmdir (dir);
}

/* The dialog's choices and the page setup survive to the next run. */
static void
test_settings_round_trip (void)
{
  g_autoptr(DossierArticle) article = make_article (2);
  g_autoptr(DossierPrintOperation) first = dossier_print_operation_new (article, NULL);
  g_autoptr(DossierPrintOperation) second = NULL;
  g_autoptr(DossierPrintOperation) fresh = NULL;
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autofree char *path = g_build_filename (g_get_user_config_dir (), "dossier", "print.ini", NULL);
  g_autoptr(GError) error = NULL;
  DossierPrintOptions options;

  g_unlink (path);
  fresh = dossier_print_operation_new (article, NULL);
  dossier_print_operation_load_settings (fresh);
  dossier_print_operation_get_options (fresh, &options);
  g_assert_cmpint (options.highlight, ==, DOSSIER_PRINT_HIGHLIGHT_ALL);
  g_assert_true (options.margin_notes);
  g_assert_true (options.appendix);

  options.highlight = DOSSIER_PRINT_HIGHLIGHT_NONE;
  options.margin_notes = FALSE;
  options.appendix = TRUE;
  dossier_print_operation_set_options (first, &options);
  gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (first), page_setup);
  gtk_print_settings_set_n_copies (settings, 3);
  gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (first), settings);
  g_assert_true (dossier_print_operation_save_settings (first, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  second = dossier_print_operation_new (article, NULL);
  dossier_print_operation_load_settings (second);
  dossier_print_operation_get_options (second, &options);
  g_assert_cmpint (options.highlight, ==, DOSSIER_PRINT_HIGHLIGHT_NONE);
  g_assert_false (options.margin_notes);
  g_assert_true (options.appendix);
  g_assert_nonnull (gtk_print_operation_get_default_page_setup (GTK_PRINT_OPERATION (second)));
  g_assert_cmpint (gtk_page_setup_get_orientation (
                     gtk_print_operation_get_default_page_setup (GTK_PRINT_OPERATION (second))),
                   ==, GTK_PAGE_ORIENTATION_LANDSCAPE);
  g_assert_nonnull (gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (second)));
  g_assert_cmpint (gtk_print_settings_get_n_copies (
                     gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (second))),
                   ==, 3);
  g_unlink (path);
}

static void
test_pdf_bad_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dossier-print-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "none.pdf", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.txt", NULL);
  const char *argv[] = { DOSSIER_BINARY, "--print-to-pdf", pdf, missing, NULL };
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, &err, &status,
                &error);
  g_assert_no_error (error);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpstr (err, !=, "");
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *config = g_dir_make_tmp ("dossier-print-config-XXXXXX", NULL);
  int status;

  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  /* Before anything asks GLib for it: the settings test writes there. */
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/print/layout/sound", test_layout_sound);
  g_test_add_func ("/print/layout/grows", test_layout_grows);
  g_test_add_func ("/print/layout/options", test_layout_options);
  g_test_add_func ("/print/layout/bad-input", test_layout_bad_input);
  g_test_add_func ("/print/layout/huge-paragraph", test_layout_huge_paragraph);
  g_test_add_func ("/print/layout/draws", test_layout_draws);
  g_test_add_func ("/print/settings/round-trip", test_settings_round_trip);
  g_test_add_func ("/print/pdf/sample", test_pdf_sample);
  g_test_add_func ("/print/pdf/bad-file", test_pdf_bad_file);

  status = g_test_run ();
  {
    g_autofree char *dir = g_build_filename (config, "dossier", NULL);

    g_rmdir (dir);
    g_rmdir (config);
  }
  return status;
}
