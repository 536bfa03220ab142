/* test-timeline.c — the timeline widget: items, labels, axis, keyboard (Xvfb)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-timeline"

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "dossier-timeline.h"

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

static DossierEvent *
add_event (DossierArticle     *article,
           const char         *id,
           const char         *start,
           const char         *end,
           DossierGranularity  granularity,
           gboolean            approximate,
           const char         *label)
{
  g_autoptr(DossierEvent) event = dossier_event_new (id, -1, start, end, granularity,
                                                     approximate, label);

  dossier_event_set_sentence (event, 0, 10);
  dossier_article_add_event (article, event);
  return event;
}

typedef struct
{
  GtkWidget       *window;
  DossierTimeline *timeline;
  DossierDocument *document;
  DossierArticle  *article;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->document = dossier_document_new ();
  f->article = dossier_article_new ("A made-up text for a timeline test.", -1);
  dossier_article_set_published (f->article, "2024-03-14T09:30");
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 900, 200);
  f->timeline = DOSSIER_TIMELINE (dossier_timeline_new ());
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->timeline));
  dossier_timeline_set_document (f->timeline, f->document);
  gtk_window_present (GTK_WINDOW (f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->article);
  g_clear_object (&f->document);
}

static void
test_items_in_time_order (Fixture       *f,
                          gconstpointer  data)
{
  DossierEvent *bridge, *vote, *talks, *decade;
  g_autofree char *label = NULL;
  guint i;

  vote = add_event (f->article, "e1", "2024-03-12", NULL, DOSSIER_GRANULARITY_DAY, FALSE,
                    "Council voted on the budget");
  bridge = add_event (f->article, "e2", "2024-03-14T07:00", NULL, DOSSIER_GRANULARITY_HOUR,
                      FALSE, "Bridge reopened to traffic");
  talks = add_event (f->article, "e3", "2024-03", NULL, DOSSIER_GRANULARITY_MONTH, TRUE,
                     "Talks expected");
  decade = add_event (f->article, "e4", "1990", NULL, DOSSIER_GRANULARITY_DECADE, FALSE,
                      "The old bridge was built");
  add_event (f->article, "e5", NULL, NULL, DOSSIER_GRANULARITY_DAY, FALSE, "Undated");
  dossier_document_set_article (f->document, f->article);
  spin (10);

  /* Undated events have no place on the axis. */
  g_assert_cmpuint (dossier_timeline_get_n_items (f->timeline), ==, 4);
  g_assert_true (dossier_timeline_get_item_event (f->timeline, 0) == decade);
  g_assert_true (dossier_timeline_get_item_event (f->timeline, 1) == talks);
  g_assert_true (dossier_timeline_get_item_event (f->timeline, 2) == vote);
  g_assert_true (dossier_timeline_get_item_event (f->timeline, 3) == bridge);

  /* Accessible labels read the date in words. */
  label = dossier_timeline_dup_event_label (vote);
  g_assert_cmpstr (label, ==, "12 March 2024: Council voted on the budget");
  g_free (label);
  label = dossier_timeline_dup_event_label (talks);
  g_assert_cmpstr (label, ==, "about March 2024: Talks expected");

  /* Approximate dates look approximate. */
  g_assert_true (gtk_widget_has_css_class (dossier_timeline_get_item (f->timeline, 1), "approximate"));
  g_assert_false (gtk_widget_has_css_class (dossier_timeline_get_item (f->timeline, 2), "approximate"));

  /* The axis runs from decades to hours, in order; every item inside the widget. */
  for (i = 0; i < 4; i++)
    {
      GtkWidget *item = dossier_timeline_get_item (f->timeline, i);
      g_autoptr(GDateTime) t = dossier_event_dup_start_time (dossier_timeline_get_item_event (f->timeline, i));
      graphene_rect_t r;
      double x = dossier_timeline_time_to_x (f->timeline, g_date_time_to_unix (t));

      g_assert_true (gtk_widget_compute_bounds (item, GTK_WIDGET (f->timeline), &r));
      g_assert_cmpfloat (r.origin.x, >=, 0);
      g_assert_cmpfloat (r.origin.x + r.size.width, <=, gtk_widget_get_width (GTK_WIDGET (f->timeline)) + 0.5);
      if (i > 0)
        {
          g_autoptr(GDateTime) p = dossier_event_dup_start_time (dossier_timeline_get_item_event (f->timeline, i - 1));

          g_assert_cmpfloat (dossier_timeline_time_to_x (f->timeline, g_date_time_to_unix (p)), <=, x);
        }
    }
}

static void
test_hours_scale (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *a, *b;
  graphene_rect_t ra, rb;

  /* Two events an hour apart: the axis zooms in to hours. */
  add_event (f->article, "e1", "2024-03-14T07:00", NULL, DOSSIER_GRANULARITY_HOUR, FALSE, "First");
  add_event (f->article, "e2", "2024-03-14T08:00", NULL, DOSSIER_GRANULARITY_HOUR, FALSE, "Second");
  dossier_document_set_article (f->document, f->article);
  spin (10);

  g_assert_cmpuint (dossier_timeline_get_n_items (f->timeline), ==, 2);
  a = dossier_timeline_get_item (f->timeline, 0);
  b = dossier_timeline_get_item (f->timeline, 1);
  g_assert_true (gtk_widget_compute_bounds (a, GTK_WIDGET (f->timeline), &ra));
  g_assert_true (gtk_widget_compute_bounds (b, GTK_WIDGET (f->timeline), &rb));
  /* An hour is a visible distance, not a pixel. */
  g_assert_cmpfloat (rb.origin.x - ra.origin.x, >, 50);
}

static void
test_selection_and_keys (Fixture       *f,
                         gconstpointer  data)
{
  DossierEntity *person;
  DossierEvent *first, *second;
  g_autoptr(DossierEntity) entity = dossier_entity_new ("p1", "Ada Example", DOSSIER_ENTITY_PERSON);

  first = add_event (f->article, "e1", "2024-03-01", NULL, DOSSIER_GRANULARITY_DAY, FALSE, "One");
  second = add_event (f->article, "e2", "2024-03-05", NULL, DOSSIER_GRANULARITY_DAY, FALSE, "Two");
  add_event (f->article, "e3", "2024-03-09", NULL, DOSSIER_GRANULARITY_DAY, FALSE, "Three");
  dossier_article_add_entity (f->article, entity);
  dossier_event_add_entity (second, entity);
  person = entity;
  dossier_document_set_article (f->document, f->article);
  spin (10);

  /* A click selects through the document. */
  g_signal_emit_by_name (dossier_timeline_get_item (f->timeline, 0), "clicked");
  g_assert_true (dossier_document_get_selected_event (f->document) == first);
  g_assert_true (gtk_widget_has_css_class (dossier_timeline_get_item (f->timeline, 0), "selected"));

  /* Arrows move to the next and previous event; End and Home to the ends. */
  dossier_timeline_move_selection (f->timeline, 1);
  g_assert_true (dossier_document_get_selected_event (f->document) == second);
  g_assert_false (gtk_widget_has_css_class (dossier_timeline_get_item (f->timeline, 0), "selected"));
  dossier_timeline_move_selection (f->timeline, G_MAXINT);
  g_assert_true (dossier_document_get_selected_event (f->document) ==
                 dossier_timeline_get_item_event (f->timeline, 2));
  dossier_timeline_move_selection (f->timeline, 1);
  g_assert_true (dossier_document_get_selected_event (f->document) ==
                 dossier_timeline_get_item_event (f->timeline, 2));
  dossier_timeline_move_selection (f->timeline, -1);
  g_assert_true (dossier_document_get_selected_event (f->document) == second);
  dossier_timeline_move_selection (f->timeline, G_MININT);
  g_assert_true (dossier_document_get_selected_event (f->document) == first);

  /* A selected entity's events stand out; the others step back. */
  dossier_document_set_selected_entity (f->document, person);
  g_assert_true (gtk_widget_has_css_class (dossier_timeline_get_item (f->timeline, 1), "highlighted"));
  g_assert_true (gtk_widget_has_css_class (dossier_timeline_get_item (f->timeline, 0), "dimmed"));
  dossier_document_set_selected_entity (f->document, NULL);
  g_assert_false (gtk_widget_has_css_class (dossier_timeline_get_item (f->timeline, 0), "dimmed"));
}

static void
test_same_date_shares_an_item (Fixture       *f,
                               gconstpointer  data)
{
  DossierEvent *a, *b;
  GtkWidget *item;
  guint i;

  a = add_event (f->article, "e1", "2024-03-05", NULL, DOSSIER_GRANULARITY_DAY, FALSE, "One");
  b = add_event (f->article, "e2", "2024-03-05", NULL, DOSSIER_GRANULARITY_DAY, FALSE, "Two");
  /* Far more dates than items: neighbours share, the widget stays light. */
  for (i = 0; i < 1000; i++)
    {
      g_autofree char *id = g_strdup_printf ("m%u", i);
      g_autoptr(GDateTime) t = g_date_time_new_utc (2020, 1, 1, 0, 0, 0);
      g_autoptr(GDateTime) d = g_date_time_add_hours (t, (int) i * 7);
      g_autofree char *iso = g_date_time_format (d, "%Y-%m-%dT%H:%M");

      add_event (f->article, id, iso, NULL, DOSSIER_GRANULARITY_HOUR, FALSE, "Many");
    }
  dossier_document_set_article (f->document, f->article);
  spin (10);

  g_assert_cmpuint (dossier_timeline_get_n_items (f->timeline), <=, 301);
  item = dossier_timeline_get_item (f->timeline, dossier_timeline_get_n_items (f->timeline) - 1);
  g_assert_true (dossier_timeline_get_item_event (f->timeline,
                                                  dossier_timeline_get_n_items (f->timeline) - 1) == a);
  /* Each click on a shared item steps to its next event. */
  g_signal_emit_by_name (item, "clicked");
  g_assert_true (dossier_document_get_selected_event (f->document) == a);
  g_signal_emit_by_name (item, "clicked");
  g_assert_true (dossier_document_get_selected_event (f->document) == b);
  g_assert_true (gtk_widget_has_css_class (item, "selected"));
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  dossier_document_set_article (f->document, f->article);
  spin (5);
  g_assert_cmpuint (dossier_timeline_get_n_items (f->timeline), ==, 0);
  dossier_timeline_move_selection (f->timeline, 1);
  g_assert_null (dossier_document_get_selected_event (f->document));
  dossier_document_set_article (f->document, NULL);
  spin (5);
  g_assert_cmpuint (dossier_timeline_get_n_items (f->timeline), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_setenv ("TZ", "UTC", TRUE);
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/timeline/items-in-time-order", Fixture, NULL, fixture_set_up,
              test_items_in_time_order, fixture_tear_down);
  g_test_add ("/timeline/hours-scale", Fixture, NULL, fixture_set_up, test_hours_scale,
              fixture_tear_down);
  g_test_add ("/timeline/selection-and-keys", Fixture, NULL, fixture_set_up,
              test_selection_and_keys, fixture_tear_down);
  g_test_add ("/timeline/same-date-shares-an-item", Fixture, NULL, fixture_set_up,
              test_same_date_shares_an_item, fixture_tear_down);
  g_test_add ("/timeline/empty", Fixture, NULL, fixture_set_up, test_empty, fixture_tear_down);

  return g_test_run ();
}
