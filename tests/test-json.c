/* test-json.c — DossierArticle <-> JSON: round trip, schema shape, bad input
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dossier-json.h"

#define TEXT "Ada Quill said: “The tide turns on Friday.” She left.\r\nBy Kit Marsh"

static DossierArticle *
make_article (void)
{
  DossierArticle *article = dossier_article_new (TEXT, -1);
  g_autoptr(DossierEntity) ada = dossier_entity_new ("e1", "Ada Quill", DOSSIER_ENTITY_PERSON);
  g_autoptr(DossierEntity) kit = dossier_entity_new ("e2", "Kit \"K\" Marsh", DOSSIER_ENTITY_PERSON);
  g_autoptr(DossierQuote) quote = dossier_quote_new ("q1", 17, 42, "The tide turns on Friday.", DOSSIER_QUOTE_DIRECT);
  g_autoptr(DossierQuote) bare = dossier_quote_new ("q2", 44, 47, "She", DOSSIER_QUOTE_PARTIAL);
  g_autoptr(DossierTimex) timex = dossier_timex_new (35, 41, "Friday", DOSSIER_TIMEX_DATE, "2024-05-03");
  g_autoptr(DossierEvent) event = dossier_event_new ("v1", 0, "2024-05-03", "2024-05-03",
                                                     DOSSIER_GRANULARITY_DAY, FALSE, "The tide turns");
  DossierSpan speaker = { 0, 9, (char *) "Ada Quill" };
  DossierSpan cue = { 10, 14, (char *) "said" };

  dossier_article_set_source (article, "tide.txt", "00ff", "UTF-8");
  dossier_article_set_title (article, "Tide \\ “turns”");
  dossier_article_set_authors (article, (const char * const[]) { "Kit Marsh", NULL });
  dossier_article_set_published (article, "2024-05-01T09:30");
  dossier_article_set_body (article, 0, 54);

  dossier_entity_set_role (ada, "harbour master");
  dossier_entity_add_alias (ada, "Quill");
  dossier_entity_add_mention (ada, 0, 9, "Ada Quill");
  dossier_entity_add_mention (ada, 44, 47, "She");
  dossier_article_add_entity (article, ada);
  dossier_article_add_entity (article, kit);

  dossier_quote_set_speaker (quote, ada);
  dossier_quote_set_speaker_mention (quote, &speaker);
  dossier_quote_set_cue (quote, &cue);
  dossier_article_add_quote (article, quote);
  dossier_article_add_quote (article, bare);

  dossier_timex_set_anchor (timex, "published");
  dossier_timex_set_mod (timex, "START");
  dossier_article_add_timex (article, timex);

  dossier_event_set_sentence (event, 0, 43);
  dossier_event_add_entity (event, ada);
  dossier_event_add_quote (event, quote);
  dossier_article_add_event (article, event);

  dossier_article_update_counts (article);
  return article;
}

static void
test_round_trip (void)
{
  g_autoptr(DossierArticle) article = make_article ();
  g_autoptr(DossierArticle) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = dossier_json_to_string (article, TRUE, FALSE);
  g_autofree char *json2 = NULL;
  g_autofree char *pretty = NULL;
  g_autofree char *pretty2 = NULL;

  g_assert_null (strchr (json, '\n'));
  again = dossier_json_parse (json, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);
  json2 = dossier_json_to_string (again, TRUE, FALSE);
  g_assert_cmpstr (json, ==, json2);

  g_assert_cmpuint (dossier_entity_get_n_quotes (dossier_article_lookup_entity (again, "e1")), ==, 1);
  g_assert_true (dossier_quote_get_speaker (dossier_article_lookup_quote (again, "q1")) ==
                 dossier_article_lookup_entity (again, "e1"));

  /* pretty output is the same document */
  pretty = dossier_json_to_string (article, TRUE, TRUE);
  g_clear_object (&again);
  again = dossier_json_parse (pretty, -1, &error);
  g_assert_no_error (error);
  pretty2 = dossier_json_to_string (again, TRUE, FALSE);
  g_assert_cmpstr (json, ==, pretty2);
}

static void
test_from_article_equals_string (void)
{
  g_autoptr(DossierArticle) article = make_article ();
  DossierEntity *kit = dossier_article_lookup_entity (article, "e2");
  static const char * const odd[] = {
    "a/b", "Zoë", "tab\there", "say \"hi\"", "back\\slash", "<b>&amp;</b>", "\x01\x7F", "€𝄞", "",
  };

  /* the streamed mentions must escape exactly as JsonGenerator does */
  for (guint i = 0; i < G_N_ELEMENTS (odd); i++)
    {
      g_autofree char *id = g_strdup_printf ("q%u", 10 + i);
      g_autoptr(DossierQuote) quote = dossier_quote_new (id, 60 + i, 60 + i, odd[i], DOSSIER_QUOTE_INDIRECT);
      g_autoptr(DossierTimex) timex = dossier_timex_new (60 + i, 60 + i, odd[i], DOSSIER_TIMEX_SET, "XXXX-WXX-1");
      DossierSpan cue = { 60 + i, 60 + i, (char *) odd[i] };

      dossier_entity_add_mention (kit, 60 + i, 60 + i, odd[i]);
      dossier_quote_set_cue (quote, &cue);
      if (i % 2 == 0)
        dossier_quote_set_speaker (quote, kit);
      dossier_article_add_quote (article, quote);
      dossier_article_add_timex (article, timex);
    }
  g_autoptr(JsonNode) node = dossier_json_from_article (article, TRUE);
  g_autofree char *streamed = dossier_json_to_string (article, TRUE, FALSE);
  g_autofree char *whole = json_to_string (node, FALSE);

  g_assert_cmpstr (streamed, ==, whole);
}

static void
test_shape (void)
{
  g_autoptr(DossierArticle) article = make_article ();
  g_autofree char *json = dossier_json_to_string (article, FALSE, FALSE);
  g_autoptr(JsonNode) root = json_from_string (json, NULL);
  JsonObject *o, *md, *q, *t, *e;

  g_assert_nonnull (root);
  o = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (o, "format"), ==, "dossier-analysis");
  g_assert_cmpint (json_object_get_int_member (o, "version"), ==, 1);
  g_assert_false (json_object_has_member (o, "text"));
  md = json_object_get_object_member (o, "metadata");
  g_assert_true (json_object_get_null_member (md, "outlet"));
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (md, "body"), "end"), ==, 54);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (md, "contributors")), ==, 0);

  q = json_array_get_object_element (json_object_get_array_member (o, "quotes"), 1);
  g_assert_true (json_object_get_null_member (q, "speaker"));
  g_assert_true (json_object_get_null_member (q, "speaker_mention"));
  g_assert_false (json_object_has_member (q, "cue"));

  t = json_array_get_object_element (json_object_get_array_member (o, "timexes"), 0);
  g_assert_cmpstr (json_object_get_string_member (t, "type"), ==, "DATE");
  g_assert_cmpstr (json_object_get_string_member (t, "anchor"), ==, "published");

  e = json_array_get_object_element (json_object_get_array_member (o, "events"), 0);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (e, "date"), "granularity"), ==, "day");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (e, "quotes"), 0), ==, "q1");

  e = json_array_get_object_element (json_object_get_array_member (o, "entities"), 1);
  g_assert_false (json_object_has_member (e, "role"));
}

static void
test_malformed (void)
{
  static const char * const bad[] = {
    "",
    "{",
    "[]",
    "null",
    "{\"format\":\"something-else\",\"version\":1}",
    "{\"format\":\"dossier-analysis\",\"version\":2,\"text\":\"\"}",
    "{\"format\":\"dossier-analysis\",\"version\":1}",
    "{\"format\":\"dossier-analysis\",\"version\":\"1\",\"text\":\"abc\"}",
    "{\"format\":\"dossier-analysis\",\"version\":1,\"text\":\"abc\",\"source\":{}}",
    "{\"format\":\"dossier-analysis\",\"version\":1,\"text\":\"abc\",\"source\":{},\"metadata\":{}}",
    "{\"format\":\"dossier-analysis\",\"version\":1,\"text\":\"abc\",\"source\":{},"
    "\"metadata\":{\"authors\":[],\"contributors\":[],\"credits\":[1]}}",
    "{\"format\":\"dossier-analysis\",\"version\":1,\"text\":\"abc\",\"source\":{},"
    "\"metadata\":{\"authors\":[],\"contributors\":[],\"credits\":[],\"body\":{\"start\":2,\"end\":9}}}",
    "{\"format\":\"dossier-analysis\",\"version\":1,\"text\":\"abc\",\"source\":{},"
    "\"metadata\":{\"authors\":[],\"contributors\":[],\"credits\":[]},\"entities\":[7]}",
    "{\"format\":\"dossier-analysis\",\"version\":1,\"text\":\"abc\",\"source\":{},"
    "\"metadata\":{\"authors\":[],\"contributors\":[],\"credits\":[]},"
    "\"entities\":[{\"id\":\"e1\",\"name\":\"A\",\"kind\":\"robot\",\"aliases\":[],\"mentions\":[]}]}",
    "{\"format\":\"dossier-analysis\",\"version\":1,\"text\":\"abc\",\"source\":{},"
    "\"metadata\":{\"authors\":[],\"contributors\":[],\"credits\":[]},"
    "\"entities\":[{\"id\":\"e1\",\"name\":\"A\",\"kind\":\"person\",\"aliases\":[],"
    "\"mentions\":[{\"start\":-1,\"end\":1}]}]}",
    "{\"format\":\"dossier-analysis\",\"version\":1,\"text\":\"abc\",\"source\":{},"
    "\"metadata\":{\"authors\":[],\"contributors\":[],\"credits\":[]},\"entities\":[],"
    "\"quotes\":[{\"id\":\"q1\",\"start\":0,\"end\":1,\"kind\":\"direct\",\"speaker\":\"e5\"}]}",
    "{\"format\":\"dossier-analysis\",\"version\":1,\"text\":\"abc\",\"source\":{},"
    "\"metadata\":{\"authors\":[],\"contributors\":[],\"credits\":[]},\"entities\":[],"
    "\"quotes\":[],\"timexes\":[],\"events\":[{\"id\":\"v1\",\"timex\":0}]}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DossierArticle) article = dossier_json_parse (bad[i], -1, &error);

      g_assert_null (article);
      g_assert_error (error, DOSSIER_JSON_ERROR, DOSSIER_JSON_ERROR_INVALID);
    }
}

static void
test_minimal (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierArticle) article =
    dossier_json_parse ("{\"format\":\"dossier-analysis\",\"version\":1,\"text\":\"abc\",\"source\":{},"
                        "\"metadata\":{\"authors\":[],\"contributors\":[],\"credits\":[]},\"entities\":[],"
                        "\"quotes\":[],\"timexes\":[],\"events\":[]}", -1, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (dossier_article_get_text (article), ==, "abc");
  g_assert_false (dossier_article_get_body (article, NULL, NULL));
}

/* Every prefix and many one-byte changes of a valid document: an error or an
 * article, never a crash. */
static void
test_mutations (void)
{
  g_autoptr(DossierArticle) article = make_article ();
  g_autofree char *json = dossier_json_to_string (article, TRUE, FALSE);
  gsize len = strlen (json);
  static const char replacements[] = "0-9\"{}[],:x ";

  for (gsize cut = 0; cut < len; cut++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DossierArticle) a = dossier_json_parse (json, cut, &error);

      g_assert_true ((a == NULL) != (error == NULL));
    }

  for (gsize i = 0; i < len; i++)
    for (guint r = 0; r < sizeof replacements - 1; r++)
      {
        g_autofree char *copy = g_strdup (json);
        g_autoptr(GError) error = NULL;
        g_autoptr(DossierArticle) a = NULL;

        copy[i] = replacements[r];
        a = dossier_json_parse (copy, -1, &error);
        g_assert_true ((a == NULL) != (error == NULL));
      }
}

/* Every ASCII byte and some UTF-8 in every kind of string the writer
 * escapes: byte for byte what JsonGenerator writes. */
static void
test_escaping (void)
{
  g_autoptr(DossierArticle) article = NULL;
  g_autoptr(DossierEntity) entity = NULL;
  g_autoptr(DossierQuote) quote = NULL;
  g_autoptr(DossierTimex) timex = NULL;
  g_autoptr(DossierEvent) event = NULL;
  GString *all = g_string_new (NULL);
  g_autofree char *chars = NULL;

  for (int c = 1; c < 128; c++)
    g_string_append_c (all, (char) c);
  g_string_append (all, "é “x” \xe2\x80\xa8 \xef\xbb\xbf \xf0\x9f\x98\x80 \xc2\x80\xc2\x9f");
  chars = g_string_free (all, FALSE);
  g_assert_true (g_utf8_validate (chars, -1, NULL));

  article = dossier_article_new (chars, -1);
  dossier_article_set_source (article, chars, chars, chars);
  dossier_article_set_title (article, chars);
  dossier_article_set_authors (article, (const char * const[]) { chars, "", NULL });
  dossier_article_set_dateline (article, chars);
  entity = dossier_entity_new (chars, chars, DOSSIER_ENTITY_ORGANIZATION);
  dossier_entity_set_role (entity, chars);
  dossier_entity_add_alias (entity, "x\ty");
  dossier_entity_add_mention (entity, 1, 2, chars);
  dossier_entity_add_mention (entity, 3, 4, "\x1f\x7f");
  dossier_article_add_entity (article, entity);
  quote = dossier_quote_new (chars, 0, 5, chars, DOSSIER_QUOTE_INDIRECT);
  dossier_quote_set_speaker (quote, entity);
  dossier_article_add_quote (article, quote);
  timex = dossier_timex_new (0, 5, chars, DOSSIER_TIMEX_DURATION, chars);
  dossier_timex_set_mod (timex, chars);
  dossier_article_add_timex (article, timex);
  event = dossier_event_new (chars, 0, chars, NULL, DOSSIER_GRANULARITY_DECADE, TRUE, chars);
  dossier_event_add_entity (event, entity);
  dossier_event_add_quote (event, quote);
  dossier_article_add_event (article, event);

  for (int with_text = 0; with_text < 2; with_text++)
    {
      g_autoptr(JsonNode) node = dossier_json_from_article (article, with_text);
      g_autofree char *streamed = dossier_json_to_string (article, with_text, FALSE);
      g_autofree char *whole = json_to_string (node, FALSE);

      g_assert_cmpstr (streamed, ==, whole);
    }
}

static gboolean
append_piece (const char *data,
              gsize       length,
              gpointer    user_data)
{
  g_string_append_len (user_data, data, length);
  return TRUE;
}

static gboolean
refuse_piece (const char *data,
              gsize       length,
              gpointer    user_data)
{
  (*(guint *) user_data)++;
  return FALSE;
}

/* dossier_json_write() gives what dossier_json_to_string() returns, also
 * for a document of several pieces, and stops at a write error. */
static void
test_write_pieces (void)
{
  g_autoptr(DossierArticle) article = make_article ();
  g_autoptr(DossierEntity) many = dossier_entity_new ("e9", "Many", DOSSIER_ENTITY_OTHER);
  g_autoptr(GString) pieces = g_string_new (NULL);
  g_autofree char *json = NULL;
  guint calls = 0;

  for (guint i = 0; i < 200000; i++)
    dossier_entity_add_mention (many, i, i + 1, "a \"mention\"");
  dossier_article_add_entity (article, many);

  json = dossier_json_to_string (article, TRUE, FALSE);
  g_assert_true (dossier_json_write (article, TRUE, append_piece, pieces));
  g_assert_cmpuint (pieces->len, >, 2u << 20);
  g_assert_cmpstr (pieces->str, ==, json);

  g_assert_false (dossier_json_write (article, TRUE, refuse_piece, &calls));
  g_assert_cmpuint (calls, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/round-trip", test_round_trip);
  g_test_add_func ("/json/from-article", test_from_article_equals_string);
  g_test_add_func ("/json/shape", test_shape);
  g_test_add_func ("/json/malformed", test_malformed);
  g_test_add_func ("/json/minimal", test_minimal);
  g_test_add_func ("/json/mutations", test_mutations);
  g_test_add_func ("/json/escaping", test_escaping);
  g_test_add_func ("/json/write-pieces", test_write_pieces);

  return g_test_run ();
}
