/* test-entity-list.c — the sidebar: grouping, search, selection, labels (Xvfb)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-entity-list"

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "dossier-entity-list.h"

static void
spin (guint n)
{
  while (n-- > 0)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (5000);
    }
}

static DossierEntity *
add_entity (DossierArticle    *article,
            const char        *id,
            const char        *name,
            DossierEntityKind  kind,
            guint              n_mentions,
            guint              n_quotes)
{
  g_autoptr(DossierEntity) entity = dossier_entity_new (id, name, kind);
  guint i;

  for (i = 0; i < n_mentions; i++)
    dossier_entity_add_mention (entity, i * 2, i * 2 + 1, "x");
  dossier_entity_set_n_quotes (entity, n_quotes);
  dossier_article_add_entity (article, entity);
  return entity;
}

typedef struct
{
  GtkWidget         *window;
  DossierEntityList *list;
  DossierDocument   *document;
  DossierArticle    *article;
  DossierEntity     *ada;
  DossierEntity     *bob;
  DossierEntity     *acme;
  DossierEntity     *lisbon;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (NULL);

  while (text->len < 200)
    g_string_append (text, "Words for a made-up article. ");
  f->document = dossier_document_new ();
  f->article = dossier_article_new (text->str, -1);
  f->bob = add_entity (f->article, "p2", "Bob Sample", DOSSIER_ENTITY_PERSON, 2, 0);
  f->acme = add_entity (f->article, "o1", "Acme Council", DOSSIER_ENTITY_ORGANIZATION, 3, 1);
  f->ada = add_entity (f->article, "p1", "Ada Example", DOSSIER_ENTITY_PERSON, 16, 14);
  f->lisbon = add_entity (f->article, "l1", "Lisbon", DOSSIER_ENTITY_PLACE, 1, 0);
  dossier_entity_set_role (f->ada, "spokesperson");
  dossier_entity_add_alias (f->bob, "Bobby");

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 300, 600);
  f->list = DOSSIER_ENTITY_LIST (dossier_entity_list_new ());
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->list));
  dossier_entity_list_set_document (f->list, f->document);
  dossier_document_set_article (f->document, f->article);
  gtk_window_present (GTK_WINDOW (f->window));
  spin (10);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->article);
  g_clear_object (&f->document);
}

static GPtrArray *
rows (Fixture *f)
{
  GListModel *model = G_LIST_MODEL (dossier_entity_list_get_selection (f->list));
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  guint i;

  for (i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));
  return items;
}

static void
test_grouped_by_kind (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) items = rows (f);

  /* People (2): Ada (most named first), Bob; Organisations (1); Places (1). */
  g_assert_cmpuint (items->len, ==, 7);
  g_assert_true (GTK_IS_STRING_OBJECT (g_ptr_array_index (items, 0)));
  g_assert_cmpstr (gtk_string_object_get_string (g_ptr_array_index (items, 0)), ==, "People (2)");
  g_assert_true (g_ptr_array_index (items, 1) == (gpointer) f->ada);
  g_assert_true (g_ptr_array_index (items, 2) == (gpointer) f->bob);
  g_assert_cmpstr (gtk_string_object_get_string (g_ptr_array_index (items, 3)), ==, "Organisations (1)");
  g_assert_true (g_ptr_array_index (items, 4) == (gpointer) f->acme);
  g_assert_cmpstr (gtk_string_object_get_string (g_ptr_array_index (items, 5)), ==, "Places (1)");
  g_assert_true (g_ptr_array_index (items, 6) == (gpointer) f->lisbon);
}

static void
test_accessible_label (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *label = dossier_entity_list_dup_accessible_label (f->ada);
  g_autofree char *one = dossier_entity_list_dup_accessible_label (f->lisbon);

  g_assert_cmpstr (label, ==, "Ada Example, person, 16 mentions, 14 quotes");
  g_assert_cmpstr (one, ==, "Lisbon, place, 1 mention, 0 quotes");
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *entry = dossier_entity_list_get_search_entry (f->list);
  g_autoptr(GPtrArray) items = NULL;

  /* Names and aliases match, case-insensitively. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "bobby");
  spin (40);
  items = rows (f);
  g_assert_cmpuint (items->len, ==, 2);
  g_assert_true (g_ptr_array_index (items, 1) == (gpointer) f->bob);
  g_clear_pointer (&items, g_ptr_array_unref);

  gtk_editable_set_text (GTK_EDITABLE (entry), "zzz");
  spin (40);
  items = rows (f);
  g_assert_cmpuint (items->len, ==, 0);
  g_clear_pointer (&items, g_ptr_array_unref);

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  spin (40);
  items = rows (f);
  g_assert_cmpuint (items->len, ==, 7);
}

static void
test_selection_follows_document (Fixture       *f,
                                 gconstpointer  data)
{
  GtkSelectionModel *selection = dossier_entity_list_get_selection (f->list);

  /* A row selected in the list goes into the document... */
  g_assert_true (gtk_selection_model_select_item (selection, 4, TRUE));
  g_assert_true (dossier_document_get_selected_entity (f->document) == f->acme);

  /* ...and a selection made elsewhere shows in the list. */
  dossier_document_set_selected_entity (f->document, f->lisbon);
  g_assert_true (gtk_selection_model_is_selected (selection, 6));
  g_assert_false (gtk_selection_model_is_selected (selection, 4));

  /* Headings cannot be selected: the document keeps its entity. */
  gtk_selection_model_select_item (selection, 0, TRUE);
  g_assert_true (dossier_document_get_selected_entity (f->document) == f->lisbon);
  g_assert_true (gtk_selection_model_is_selected (selection, 6));

  dossier_document_set_selected_entity (f->document, NULL);
  g_assert_false (gtk_selection_model_is_selected (selection, 6));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/entity-list/grouped-by-kind", Fixture, NULL, fixture_set_up,
              test_grouped_by_kind, fixture_tear_down);
  g_test_add ("/entity-list/accessible-label", Fixture, NULL, fixture_set_up,
              test_accessible_label, fixture_tear_down);
  g_test_add ("/entity-list/search", Fixture, NULL, fixture_set_up, test_search,
              fixture_tear_down);
  g_test_add ("/entity-list/selection-follows-document", Fixture, NULL, fixture_set_up,
              test_selection_follows_document, fixture_tear_down);

  return g_test_run ();
}
