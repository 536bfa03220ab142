/* test-json-direct.c — the JSON of an analysis written straight from its
 * context (the command line's path) is the JSON of the model built from it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dossier-analyzer.h"
#include "dossier-analyzer-private.h"
#include "dossier-json.h"

/* Analyses @text with the context kept (the lists pending), writes the
 * JSON from the context, then makes the lists through the article's API
 * and writes the JSON from them: the same bytes. */
static void
check_text (const char *text,
            const char *published)
{
  g_autoptr(DossierArticle) article = NULL;
  g_autofree char *direct = NULL, *direct_bare = NULL;
  g_autofree char *model = NULL, *model_bare = NULL;

  dossier_analyzer_set_keep_context (TRUE);
  article = dossier_analyzer_analyze (text, -1, published);
  dossier_analyzer_set_keep_context (FALSE);
  g_assert_nonnull (dossier_analyzer_peek_pending (article));
  direct = dossier_json_to_string (article, TRUE, FALSE);
  direct_bare = dossier_json_to_string (article, FALSE, FALSE);
  g_assert_nonnull (dossier_analyzer_peek_pending (article));

  /* any reader of the lists makes them */
  (void) dossier_article_get_entities (article);
  g_assert_null (dossier_analyzer_peek_pending (article));
  model = dossier_json_to_string (article, TRUE, FALSE);
  model_bare = dossier_json_to_string (article, FALSE, FALSE);
  g_assert_cmpstr (direct, ==, model);
  g_assert_cmpstr (direct_bare, ==, model_bare);
}

static void
test_made_up (void)
{
  static const char * const texts[] = {
    "",
    "\n\n   \n",
    "Budget talks stall again\n\nBy Jane Roe\n\nLONDON (Wire) — Finance minister "
    "Anna Berg said on Tuesday that the budget would be late. \"We need more time,\" "
    "Berg told reporters. “It is not a crisis,” she added, a week after the "
    "Treasury and the Bank of Norland met in Geneva.\n\nBerg, 54, said talks would "
    "resume next Monday. Officials of the Treasury declined to comment.\n",
    "Zoë Ångström met José Núñez in Zürich on 3 March 2021. \"Ça va,\" said Núñez. "
    "Ångström replied: \"Très bien\" — then “Zoë” left for Malmö the next day.\n",
    "\"An unbalanced quote said Bob Smith on Monday",
    "Prime Minister Lee Kwan said, \"Tab\there and a control\x01 byte\", on 2020-05-01. "
    "Lee said it again last year, and Kwan the year before.\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      check_text (texts[i], NULL);
      check_text (texts[i], "2024-02-29T10:30");
    }
}

/* The open sets (seed: written for the project; gum-*: CC BY) when they
 * are there. */
static void
test_open_sets (void)
{
  static const char * const sets[] = { "seed", "gum-news", "gum-interview" };
  const char *shared = g_getenv ("DOSSIER_SHARED_DIR");
  guint n = 0;

  if (shared == NULL)
    {
      g_test_skip ("DOSSIER_SHARED_DIR not set");
      return;
    }
  for (guint s = 0; s < G_N_ELEMENTS (sets); s++)
    {
      g_autofree char *dir_path = g_build_filename (shared, "eval", "sets", sets[s], NULL);
      g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = NULL;
          g_autofree char *contents = NULL;

          if (!g_str_has_suffix (name, ".txt"))
            continue;
          path = g_build_filename (dir_path, name, NULL);
          if (!g_file_get_contents (path, &contents, NULL, NULL) ||
              !g_utf8_validate (contents, -1, NULL))
            continue;
          check_text (contents, NULL);
          n++;
        }
    }
  if (n == 0)
    g_test_skip ("no open set");
  g_test_message ("%u articles", n);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-direct/made-up", test_made_up);
  g_test_add_func ("/json-direct/open-sets", test_open_sets);
  return g_test_run ();
}
