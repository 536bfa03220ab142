/* test-analyzer.c — the analyzer boundary: byte -> character offsets, spans
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "dossier-analyzer.h"
#include "dossier-analyzer-private.h"
#include "dossier-json.h"

static guint
byte_of (const char *text,
         const char *needle)
{
  const char *p = strstr (text, needle);

  g_assert_nonnull (p);
  return p - text;
}

/* Every span of @article has the text of its slice. */
static void
assert_spans_match (DossierArticle *article)
{
  GListModel *model;
  guint start, end;

  model = dossier_article_get_entities (article);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DossierEntity) entity = g_list_model_get_item (model, i);
      const DossierSpan *spans;
      guint n;

      spans = dossier_entity_get_mentions (entity, &n);
      for (guint j = 0; j < n; j++)
        {
          g_autofree char *slice = dossier_article_dup_slice (article, spans[j].start, spans[j].end);
          g_assert_cmpstr (slice, ==, spans[j].text);
        }
    }

  model = dossier_article_get_quotes (article);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DossierQuote) quote = g_list_model_get_item (model, i);
      g_autofree char *slice = dossier_article_dup_slice (article, dossier_quote_get_start (quote),
                                                          dossier_quote_get_end (quote));
      const DossierSpan *span;

      g_assert_cmpstr (slice, ==, dossier_quote_get_text (quote));
      if ((span = dossier_quote_get_speaker_mention (quote)) != NULL)
        {
          g_autofree char *s = dossier_article_dup_slice (article, span->start, span->end);
          g_assert_cmpstr (s, ==, span->text);
        }
      if ((span = dossier_quote_get_cue (quote)) != NULL)
        {
          g_autofree char *s = dossier_article_dup_slice (article, span->start, span->end);
          g_assert_cmpstr (s, ==, span->text);
        }
    }

  model = dossier_article_get_timexes (article);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DossierTimex) timex = g_list_model_get_item (model, i);
      g_autofree char *slice = dossier_article_dup_slice (article, dossier_timex_get_start (timex),
                                                          dossier_timex_get_end (timex));
      g_assert_cmpstr (slice, ==, dossier_timex_get_text (timex));
    }

  if (dossier_article_get_body (article, &start, &end))
    {
      g_assert_cmpuint (start, <=, end);
      g_assert_cmpuint (end, <=, dossier_article_get_length (article));
    }
}

static void
test_offsets (void)
{
  const char *text = "\xEF\xBB\xBFZoë Müller said: “Ça va” on 3 März.\r\nZoë left.";
  g_autoptr(DossierContext) ctx = dossier_context_new (text, strlen (text), NULL);
  g_autoptr(DossierArticle) article = NULL;
  g_autoptr(DossierEntity) zoe = NULL;
  DossierQuoteInfo q = { 0, };
  DossierTimexInfo t = { 0, };
  const DossierSpan *spans;
  DossierQuote *quote;
  DossierTimex *timex;
  guint n, e;

  e = dossier_context_add_entity (ctx, "Zoë Müller", DOSSIER_ENTITY_PERSON);
  dossier_context_add_mention (ctx, byte_of (text, "Zoë Müller"),
                               byte_of (text, "Zoë Müller") + strlen ("Zoë Müller"), e, 0);
  dossier_context_add_mention (ctx, byte_of (text, "Zoë left"),
                               byte_of (text, "Zoë left") + strlen ("Zoë"), e, 0);
  g_ptr_array_add (((DossierEntityInfo *) g_ptr_array_index (ctx->entities, e))->aliases, g_strdup ("Zoë"));

  q.start = byte_of (text, "Ça va");
  q.end = q.start + strlen ("Ça va");
  q.kind = DOSSIER_QUOTE_DIRECT;
  q.speaker = e;
  q.speaker_mention.start = byte_of (text, "Zoë Müller");
  q.speaker_mention.end = q.speaker_mention.start + strlen ("Zoë Müller");
  q.cue.start = byte_of (text, "said");
  q.cue.end = q.cue.start + 4;
  g_array_append_val (ctx->quotes, q);

  t.start = byte_of (text, "3 März");
  t.end = t.start + strlen ("3 März");
  t.type = DOSSIER_TIMEX_DATE;
  t.value = g_strdup ("XXXX-03-03");
  t.anchor = -1;
  g_array_append_val (ctx->timexes, t);

  ctx->metadata.body.start = byte_of (text, "Zoë Müller");
  ctx->metadata.body.end = strlen (text);

  article = dossier_analyzer_build_article (ctx);
  assert_spans_match (article);

  /* U+FEFF counts as one character */
  zoe = g_list_model_get_item (dossier_article_get_entities (article), 0);
  g_assert_cmpstr (dossier_entity_get_id (zoe), ==, "e1");
  g_assert_cmpstr (dossier_entity_get_aliases (zoe)[0], ==, "Zoë");
  spans = dossier_entity_get_mentions (zoe, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (spans[0].start, ==, 1);
  g_assert_cmpuint (spans[0].end, ==, 11);
  g_assert_cmpstr (spans[1].text, ==, "Zoë");
  /* "\r\n" is two characters */
  g_assert_cmpuint (spans[1].start, ==, g_utf8_pointer_to_offset (text, strstr (text, "Zoë left")));

  quote = dossier_article_lookup_quote (article, "q1");
  g_assert_nonnull (quote);
  g_assert_true (dossier_quote_get_speaker (quote) == zoe);
  g_assert_cmpstr (dossier_quote_get_text (quote), ==, "Ça va");
  g_assert_cmpuint (dossier_quote_get_start (quote), ==, 19);
  g_assert_cmpstr (dossier_quote_get_cue (quote)->text, ==, "said");
  g_assert_cmpuint (dossier_entity_get_n_quotes (zoe), ==, 1);

  timex = g_list_model_get_item (dossier_article_get_timexes (article), 0);
  g_assert_cmpstr (dossier_timex_get_text (timex), ==, "3 März");
  g_assert_cmpstr (dossier_timex_get_anchor (timex), ==, "published");
  g_object_unref (timex);

  g_assert_true (dossier_article_get_body (article, &n, NULL));
  g_assert_cmpuint (n, ==, 1);
}

/* A quote's speaker mention is always one of the speaker's mentions. */
static void
test_speaker_mention_linked (void)
{
  const char *text = "“We sail at dawn,” she said. Ada Quill is the captain.";
  g_autoptr(DossierContext) ctx = dossier_context_new (text, strlen (text), NULL);
  g_autoptr(DossierArticle) article = NULL;
  DossierQuoteInfo q = { 0, };
  DossierEntity *ada;
  const DossierSpan *spans;
  guint n, e;

  e = dossier_context_add_entity (ctx, "Ada Quill", DOSSIER_ENTITY_PERSON);
  dossier_context_add_mention (ctx, byte_of (text, "Ada"), byte_of (text, "Ada") + 9, e, 0);
  q.start = byte_of (text, "We");
  q.end = byte_of (text, ",”");
  q.speaker = e;
  q.speaker_mention.start = byte_of (text, "she");
  q.speaker_mention.end = q.speaker_mention.start + 3;
  g_array_append_val (ctx->quotes, q);

  article = dossier_analyzer_build_article (ctx);
  ada = dossier_article_lookup_entity (article, "e1");
  spans = dossier_entity_get_mentions (ada, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (spans[0].text, ==, "she");
  g_assert_cmpstr (spans[1].text, ==, "Ada Quill");
  assert_spans_match (article);
}

/* Many offsets, in and out of order, over a long text with characters of
 * every length, against g_utf8_pointer_to_offset(). */
static void
test_offsets_long (void)
{
  static const char * const pieces[] = { "a", "é", "€", "𝄞", " ", "\r\n" };
  GString *s = g_string_new (NULL);
  g_autoptr(DossierContext) ctx = NULL;
  g_autoptr(DossierArticle) article = NULL;
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));
  GRand *rand = g_rand_new_with_seed (42);
  guint e;

  for (guint i = 0; i < 20000; i++)
    {
      if (i % 7 == 0)
        {
          guint b = s->len;
          g_array_append_val (starts, b);
        }
      g_string_append (s, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
    }

  ctx = dossier_context_new (s->str, s->len, NULL);
  e = dossier_context_add_entity (ctx, "x", DOSSIER_ENTITY_OTHER);
  for (guint i = 0; i < starts->len; i++)
    {
      guint b = g_array_index (starts, guint, i);
      const char *end = g_utf8_next_char (s->str + b);

      dossier_context_add_mention (ctx, b, end - s->str, e, 0);
    }
  /* quotes out of order: they use the table, not the cursor */
  for (guint i = 0; i < 200; i++)
    {
      DossierQuoteInfo q = { 0, };
      guint k = g_rand_int_range (rand, 0, starts->len - 1);

      q.start = g_array_index (starts, guint, k);
      q.end = g_array_index (starts, guint, k + 1);
      q.speaker = -1;
      g_array_append_val (ctx->quotes, q);
    }
  /* an offset in the middle of a character snaps back to its start */
  {
    DossierTimexInfo t = { 0, };
    const char *p = strstr (s->str, "€");

    g_assert_nonnull (p);
    t.start = p - s->str + 1;
    t.end = p - s->str + 3;
    t.value = g_strdup ("X");
    t.anchor = -2;
    g_array_append_val (ctx->timexes, t);
  }

  article = dossier_analyzer_build_article (ctx);
  assert_spans_match (article);

  {
    g_autoptr(DossierEntity) entity = g_list_model_get_item (dossier_article_get_entities (article), 0);
    const DossierSpan *spans;
    guint n;

    spans = dossier_entity_get_mentions (entity, &n);
    g_assert_cmpuint (n, ==, starts->len);
    for (guint i = 0; i < n; i++)
      g_assert_cmpuint (spans[i].start, ==,
                        g_utf8_pointer_to_offset (s->str, s->str + g_array_index (starts, guint, i)));
  }
  {
    g_autoptr(DossierTimex) timex = g_list_model_get_item (dossier_article_get_timexes (article), 0);
    g_assert_cmpstr (dossier_timex_get_text (timex), ==, "€");
    g_assert_null (dossier_timex_get_anchor (timex));
  }

  g_rand_free (rand);
  g_string_free (s, TRUE);
}

static void
test_analyze_text (void)
{
  static const char * const texts[] = {
    "",
    "\n\n\n",
    "“",
    "Zoë Müller said on Tuesday: “We will open the bridge next week.”\n\nShe left.",
    "\xEF\xBB\xBF" "A title\r\n\r\nBy Kit Marsh\r\n\r\nBERLIN — The mayor said \"no\".",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(DossierArticle) article = dossier_analyzer_analyze (texts[i], -1, "2024-05-01");
      g_autofree char *json = dossier_json_to_string (article, TRUE, FALSE);

      g_assert_cmpstr (dossier_article_get_text (article), ==, texts[i]);
      g_assert_cmpuint (dossier_article_get_length (article), ==, g_utf8_strlen (texts[i], -1));
      assert_spans_match (article);
      g_assert_nonnull (json);
    }
}

static void
test_published_option (void)
{
  g_autoptr(DossierArticle) article = dossier_analyzer_analyze ("Nothing dated here.", -1, "2024-05-01T10:00");

  g_assert_cmpstr (dossier_article_get_published (article), ==, "2024-05-01T10:00");
}

static void
analyzed_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  DossierArticle **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = dossier_analyzer_analyze_file_finish (result, &error);
  g_assert_no_error (error);
}

static void
failed_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GError **out = user_data;
  g_autoptr(DossierArticle) article = dossier_analyzer_analyze_file_finish (result, out);

  g_assert_null (article);
  g_assert_nonnull (*out);
}

static void
test_file_async (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) missing = NULL;
  g_autoptr(GError) error = NULL;
  DossierArticle *article = NULL;
  const char *text = "Ada Quill spoke on Friday.\n";
  g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
  int fd;

  fd = g_file_open_tmp ("dossier-analyzer-XXXXXX.txt", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);

  dossier_analyzer_analyze_file_async (file, NULL, NULL, analyzed_cb, &article);
  while (article == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (dossier_article_get_text (article), ==, text);
  g_assert_cmpstr (dossier_article_get_source_sha256 (article), ==, sha);
  g_assert_cmpstr (dossier_article_get_source_encoding (article), ==, "UTF-8");
  {
    g_autofree char *base = g_path_get_basename (path);
    g_assert_cmpstr (dossier_article_get_source_path (article), ==, base);
  }
  g_object_unref (article);

  missing = g_file_new_for_path ("/nonexistent/dossier/article.txt");
  dossier_analyzer_analyze_file_async (missing, NULL, NULL, failed_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (strstr (error->message, "article.txt"));

  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/analyzer/offsets", test_offsets);
  g_test_add_func ("/analyzer/offsets-long", test_offsets_long);
  g_test_add_func ("/analyzer/speaker-mention-linked", test_speaker_mention_linked);
  g_test_add_func ("/analyzer/analyze-text", test_analyze_text);
  g_test_add_func ("/analyzer/published-option", test_published_option);
  g_test_add_func ("/analyzer/file-async", test_file_async);

  return g_test_run ();
}
