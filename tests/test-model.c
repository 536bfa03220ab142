/* test-model.c — the model objects: properties, notifications, list models
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dossier-article.h"
#include "dossier-document.h"

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_entity_properties (void)
{
  g_autoptr(DossierEntity) entity = dossier_entity_new ("e1", "Ada Quill", DOSSIER_ENTITY_PERSON);
  g_autofree char *name = NULL;
  g_auto(GStrv) aliases = NULL;
  DossierEntityKind kind;
  const DossierSpan *mentions;
  guint n_mentions, n_notify = 0, n_role = 0;

  g_signal_connect (entity, "notify::n-mentions", G_CALLBACK (count_notify), &n_notify);
  g_signal_connect (entity, "notify::role", G_CALLBACK (count_notify), &n_role);

  g_assert_cmpstr (dossier_entity_get_id (entity), ==, "e1");
  g_object_get (entity, "name", &name, "kind", &kind, NULL);
  g_assert_cmpstr (name, ==, "Ada Quill");
  g_assert_cmpint (kind, ==, DOSSIER_ENTITY_PERSON);

  dossier_entity_set_role (entity, "harbour master");
  dossier_entity_set_role (entity, "harbour master");
  g_assert_cmpuint (n_role, ==, 1);
  g_assert_cmpstr (dossier_entity_get_role (entity), ==, "harbour master");

  dossier_entity_add_alias (entity, "Quill");
  dossier_entity_add_alias (entity, "Quill");
  dossier_entity_add_alias (entity, "Ada Quill");
  g_object_get (entity, "aliases", &aliases, NULL);
  g_assert_cmpuint (g_strv_length (aliases), ==, 1);
  g_assert_cmpstr (aliases[0], ==, "Quill");
  g_assert_null (dossier_entity_get_aliases (entity)[1]);

  dossier_entity_add_mention (entity, 40, 45, "Quill");
  dossier_entity_add_mention (entity, 0, 9, "Ada Quill");
  mentions = dossier_entity_get_mentions (entity, &n_mentions);
  g_assert_cmpuint (n_mentions, ==, 2);
  g_assert_cmpuint (mentions[0].start, ==, 0);
  g_assert_cmpstr (mentions[1].text, ==, "Quill");
  g_assert_cmpuint (n_notify, ==, 2);

  dossier_entity_set_n_quotes (entity, 3);
  g_assert_cmpuint (dossier_entity_get_n_quotes (entity), ==, 3);
}

static void
test_quote_timex_event (void)
{
  g_autoptr(DossierEntity) entity = dossier_entity_new ("e1", "Ada Quill", DOSSIER_ENTITY_PERSON);
  g_autoptr(DossierQuote) quote = dossier_quote_new ("q1", 10, 20, "0123456789", DOSSIER_QUOTE_PARTIAL);
  g_autoptr(DossierTimex) timex = dossier_timex_new (3, 11, "Thursday", DOSSIER_TIMEX_DATE, "2024-05-02");
  g_autoptr(DossierEvent) event = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  DossierSpan span = { 21, 25, (char *) "Ada" };
  guint n_speaker = 0;

  g_signal_connect (quote, "notify::speaker", G_CALLBACK (count_notify), &n_speaker);
  g_assert_null (dossier_quote_get_speaker (quote));
  g_assert_null (dossier_quote_get_speaker_mention (quote));
  g_assert_null (dossier_quote_get_cue (quote));
  dossier_quote_set_speaker (quote, entity);
  dossier_quote_set_speaker (quote, entity);
  g_assert_cmpuint (n_speaker, ==, 1);
  g_assert_true (dossier_quote_get_speaker (quote) == entity);
  dossier_quote_set_speaker_mention (quote, &span);
  g_assert_cmpstr (dossier_quote_get_speaker_mention (quote)->text, ==, "Ada");
  g_assert_cmpint (dossier_quote_get_kind (quote), ==, DOSSIER_QUOTE_PARTIAL);

  g_assert_cmpstr (dossier_timex_get_value (timex), ==, "2024-05-02");
  g_assert_null (dossier_timex_get_anchor (timex));
  dossier_timex_set_anchor (timex, "published");
  g_assert_cmpstr (dossier_timex_get_anchor (timex), ==, "published");

  event = dossier_event_new ("v1", 0, "2024-05", "2024-06", DOSSIER_GRANULARITY_MONTH, TRUE, "a label");
  dossier_event_set_sentence (event, 5, 50);
  dossier_event_add_entity (event, entity);
  dossier_event_add_entity (event, entity);
  dossier_event_add_quote (event, quote);
  g_assert_cmpuint (dossier_event_get_entities (event)->len, ==, 1);
  g_assert_cmpuint (dossier_event_get_quotes (event)->len, ==, 1);
  g_assert_cmpuint (dossier_event_get_sentence_end (event), ==, 50);
  g_assert_true (dossier_event_get_approximate (event));

  start = dossier_event_dup_start_time (event);
  end = dossier_event_dup_end_time (event);
  g_assert_nonnull (start);
  g_assert_cmpint (g_date_time_get_month (start), ==, 5);
  g_assert_cmpint (g_date_time_get_day_of_month (start), ==, 1);
  g_assert_cmpint (g_date_time_get_month (end), ==, 6);
}

static void
test_event_dates (void)
{
  static const struct { const char *iso; int y, m, d, h; } cases[] = {
    { "2023", 2023, 1, 1, 0 },
    { "2023-11-02T17:48", 2023, 11, 2, 17 },
    { "2023-11-01TNI", 2023, 11, 1, 21 },
    { "2023-W01", 2023, 1, 2, 0 },
    { "2023-Q3", 2023, 7, 1, 0 },
    { "202X", 2020, 1, 1, 0 },
  };
  static const char * const unknown[] = { "XXXX-11-02", "PAST_REF", "", "2023-13", "P3D" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DossierEvent) event = dossier_event_new ("v1", 0, cases[i].iso, cases[i].iso,
                                                         DOSSIER_GRANULARITY_DAY, FALSE, "");
      g_autoptr(GDateTime) t = dossier_event_dup_start_time (event);

      g_assert_nonnull (t);
      g_assert_cmpint (g_date_time_get_year (t), ==, cases[i].y);
      g_assert_cmpint (g_date_time_get_month (t), ==, cases[i].m);
      g_assert_cmpint (g_date_time_get_day_of_month (t), ==, cases[i].d);
      g_assert_cmpint (g_date_time_get_hour (t), ==, cases[i].h);
    }
  for (guint i = 0; i < G_N_ELEMENTS (unknown); i++)
    {
      g_autoptr(DossierEvent) event = dossier_event_new ("v1", 0, unknown[i], NULL,
                                                         DOSSIER_GRANULARITY_DAY, FALSE, "");
      g_autoptr(GDateTime) t = dossier_event_dup_start_time (event);

      g_assert_null (t);
    }
}

typedef struct
{
  guint position, removed, added, calls;
} ItemsChanged;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  ItemsChanged *ic = user_data;

  ic->position = position;
  ic->removed = removed;
  ic->added = added;
  ic->calls++;
}

static void
test_article (void)
{
  g_autoptr(DossierArticle) article = dossier_article_new ("Zoë said “hi” to Ada.", -1);
  g_autoptr(DossierEntity) zoe = dossier_entity_new ("e1", "Zoë", DOSSIER_ENTITY_PERSON);
  g_autoptr(DossierEntity) ada = dossier_entity_new ("e2", "Ada", DOSSIER_ENTITY_PERSON);
  g_autoptr(DossierQuote) quote = dossier_quote_new ("q1", 10, 12, "hi", DOSSIER_QUOTE_DIRECT);
  g_autoptr(DossierTimex) timex = dossier_timex_new (0, 0, "", DOSSIER_TIMEX_DATE, "2024");
  g_autoptr(DossierEvent) event = dossier_event_new ("v1", 0, "2024", "2024", DOSSIER_GRANULARITY_YEAR, FALSE, "x");
  g_autoptr(GPtrArray) by = NULL;
  g_autoptr(GPtrArray) of = NULL;
  g_autofree char *slice = NULL;
  ItemsChanged ic = { 0, };
  guint n_title = 0, start, end;

  g_assert_cmpuint (dossier_article_get_length (article), ==, 21);
  slice = dossier_article_dup_slice (article, 10, 12);
  g_assert_cmpstr (slice, ==, "hi");
  g_clear_pointer (&slice, g_free);
  slice = dossier_article_dup_slice (article, 0, 3);
  g_assert_cmpstr (slice, ==, "Zoë");
  g_clear_pointer (&slice, g_free);
  slice = dossier_article_dup_slice (article, 17, 100);
  g_assert_cmpstr (slice, ==, "Ada.");

  g_signal_connect (article, "notify::title", G_CALLBACK (count_notify), &n_title);
  dossier_article_set_title (article, "A title");
  dossier_article_set_title (article, "A title");
  g_assert_cmpuint (n_title, ==, 1);
  g_assert_cmpuint (g_strv_length ((char **) dossier_article_get_authors (article)), ==, 0);
  dossier_article_set_authors (article, (const char * const[]) { "Ada Quill", NULL });
  g_assert_cmpstr (dossier_article_get_authors (article)[0], ==, "Ada Quill");
  g_assert_false (dossier_article_get_body (article, &start, &end));
  dossier_article_set_body (article, 2, 9);
  g_assert_true (dossier_article_get_body (article, &start, &end));
  g_assert_cmpuint (end, ==, 9);

  g_signal_connect (dossier_article_get_entities (article), "items-changed",
                    G_CALLBACK (on_items_changed), &ic);
  dossier_article_add_entity (article, zoe);
  dossier_article_add_entity (article, ada);
  g_assert_cmpuint (ic.calls, ==, 2);
  g_assert_cmpuint (ic.position, ==, 1);
  g_assert_cmpuint (ic.added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (dossier_article_get_entities (article)), ==, 2);
  g_assert_true (g_list_model_get_item_type (dossier_article_get_entities (article)) == DOSSIER_TYPE_ENTITY);
  g_assert_true (dossier_article_lookup_entity (article, "e2") == ada);
  g_assert_null (dossier_article_lookup_entity (article, "e9"));

  dossier_quote_set_speaker (quote, zoe);
  dossier_article_add_quote (article, quote);
  dossier_article_add_timex (article, timex);
  dossier_event_add_quote (event, quote);
  dossier_article_add_event (article, event);
  g_assert_true (dossier_article_lookup_quote (article, "q1") == quote);

  by = dossier_article_get_quotes_by (article, zoe);
  g_assert_cmpuint (by->len, ==, 1);
  of = dossier_article_get_events_of (article, zoe);
  g_assert_cmpuint (of->len, ==, 1);
  g_clear_pointer (&of, g_ptr_array_unref);
  of = dossier_article_get_events_of (article, ada);
  g_assert_cmpuint (of->len, ==, 0);

  dossier_article_update_counts (article);
  g_assert_cmpuint (dossier_entity_get_n_quotes (zoe), ==, 1);
  g_assert_cmpuint (dossier_entity_get_n_quotes (ada), ==, 0);
}

static void
test_article_slice_long (void)
{
  GString *s = g_string_new (NULL);
  g_autoptr(DossierArticle) article = NULL;

  for (guint i = 0; i < 5000; i++)
    g_string_append (s, i % 3 == 0 ? "é" : i % 3 == 1 ? "a" : "€");
  article = dossier_article_new (s->str, s->len);
  g_assert_cmpuint (dossier_article_get_length (article), ==, 5000);
  for (guint start = 0; start < 5000; start += 997)
    {
      g_autofree char *slice = dossier_article_dup_slice (article, start, start + 3);
      const char *p = g_utf8_offset_to_pointer (s->str, start);
      g_autofree char *expected = g_strndup (p, g_utf8_offset_to_pointer (p, MIN (3, 5000 - start)) - p);

      g_assert_cmpstr (slice, ==, expected);
    }
  g_string_free (s, TRUE);
}

static void
test_document (void)
{
  g_autoptr(DossierDocument) document = dossier_document_new ();
  g_autoptr(DossierArticle) article = dossier_article_new ("Ada spoke.", -1);
  g_autoptr(DossierArticle) other = dossier_article_new ("Other.", -1);
  g_autoptr(DossierEntity) ada = dossier_entity_new ("e1", "Ada", DOSSIER_ENTITY_PERSON);
  g_autoptr(DossierQuote) quote = dossier_quote_new ("q1", 0, 3, "Ada", DOSSIER_QUOTE_DIRECT);
  g_autoptr(GFile) file = g_file_new_for_path ("/tmp/article.txt");
  guint n_entity = 0, n_quote = 0, n_article = 0, n_modified = 0, n_busy = 0, n_file = 0;

  g_signal_connect (document, "notify::selected-entity", G_CALLBACK (count_notify), &n_entity);
  g_signal_connect (document, "notify::selected-quote", G_CALLBACK (count_notify), &n_quote);
  g_signal_connect (document, "notify::article", G_CALLBACK (count_notify), &n_article);
  g_signal_connect (document, "notify::modified", G_CALLBACK (count_notify), &n_modified);
  g_signal_connect (document, "notify::busy", G_CALLBACK (count_notify), &n_busy);
  g_signal_connect (document, "notify::file", G_CALLBACK (count_notify), &n_file);

  dossier_document_set_file (document, file);
  dossier_document_set_file (document, file);
  g_assert_cmpuint (n_file, ==, 1);

  dossier_article_add_entity (article, ada);
  dossier_document_set_article (document, article);
  g_assert_cmpuint (n_article, ==, 1);
  g_assert_true (dossier_document_get_article (document) == article);

  dossier_document_set_selected_entity (document, ada);
  dossier_document_set_selected_entity (document, ada);
  g_assert_cmpuint (n_entity, ==, 1);
  g_object_set (document, "selected-quote", quote, NULL);
  g_assert_cmpuint (n_quote, ==, 1);
  g_assert_true (dossier_document_get_selected_quote (document) == quote);

  dossier_document_set_modified (document, TRUE);
  dossier_document_set_modified (document, TRUE);
  dossier_document_set_busy (document, TRUE);
  g_assert_cmpuint (n_modified, ==, 1);
  g_assert_cmpuint (n_busy, ==, 1);
  g_assert_true (dossier_document_get_modified (document));

  /* a new article clears the selection */
  dossier_document_set_article (document, other);
  g_assert_cmpuint (n_article, ==, 2);
  g_assert_null (dossier_document_get_selected_entity (document));
  g_assert_null (dossier_document_get_selected_quote (document));
  g_assert_null (dossier_document_get_selected_event (document));
  g_assert_cmpuint (n_entity, ==, 2);
  g_assert_cmpuint (n_quote, ==, 2);
}

/* Many mentions, some out of order: kept sorted, each text intact after
 * the entity's text buffer has grown many times. */
static void
test_entity_many_mentions (void)
{
  g_autoptr(DossierEntity) entity = dossier_entity_new ("e1", "Ada", DOSSIER_ENTITY_PERSON);
  const DossierSpan *spans;
  guint n = 0;

  for (guint i = 0; i < 5000; i++)
    {
      guint start = (i % 7 == 3) ? i * 10 - 25 : i * 10;
      g_autofree char *text = g_strdup_printf ("m%u", start);

      if (i % 2 == 0)
        dossier_entity_add_mention (entity, start, start + 3, text);
      else
        dossier_entity_add_mention_len (entity, start, start + 3, text, strlen (text));
    }
  dossier_entity_add_mention (entity, 1, 1, NULL);
  dossier_entity_add_mention_len (entity, 2, 2, "xyz", 0);

  spans = dossier_entity_get_mentions (entity, &n);
  g_assert_cmpuint (n, ==, 5002);
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_assert_cmpuint (spans[i - 1].start, <=, spans[i].start);
      if (spans[i].end == spans[i].start)
        g_assert_cmpstr (spans[i].text, ==, "");
      else
        {
          g_autofree char *want = g_strdup_printf ("m%u", spans[i].start);
          g_assert_cmpstr (spans[i].text, ==, want);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/entity", test_entity_properties);
  g_test_add_func ("/model/entity-many-mentions", test_entity_many_mentions);
  g_test_add_func ("/model/quote-timex-event", test_quote_timex_event);
  g_test_add_func ("/model/event-dates", test_event_dates);
  g_test_add_func ("/model/article", test_article);
  g_test_add_func ("/model/article-slice-long", test_article_slice_long);
  g_test_add_func ("/model/document", test_document);

  return g_test_run ();
}
