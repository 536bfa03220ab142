/* dossier-timeline.c — a time axis with one focusable child per event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dossier-timeline"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>

#include "dossier-style.h"
#include "dossier-timeline.h"

#define SIDE_MARGIN     24
#define AXIS_BOTTOM     30   /* from the axis line to the bottom edge (tick labels) */
#define TOP_MARGIN      20
#define LANE_GAP        6
#define N_LANES         3
#define ITEM_MAX_WIDTH  230
#define MIN_TICK_GAP    90

/* More events than this share items, so a huge article stays light. */
#define MAX_ITEMS       300

typedef struct
{
  DossierEvent *event;   /* the first of the item's events */
  GPtrArray    *events;  /* all the events of the item: the same date, or a crowd */
  GtkWidget    *button;
  gint64        start;   /* unix seconds, UTC */
  gint64        end;
  int           lane;
  double        x;       /* of the start on the axis (after mirroring for RTL) */
  double        x_end;
  double        left;    /* of the item, left-to-right coordinates */
  int           width;
} Item;

struct _DossierTimeline
{
  GtkWidget        parent_instance;

  DossierDocument *document;
  DossierArticle  *article;
  GArray          *items;       /* Item, in time order */
  GtkWidget       *empty_label;

  gint64           published;   /* 0 when unknown */
  gboolean         has_published;
  gint64           tmin;
  gint64           tmax;
  guint            syncing : 1;
};

G_DEFINE_FINAL_TYPE (DossierTimeline, dossier_timeline, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef enum
{
  UNIT_HOUR,
  UNIT_DAY,
  UNIT_MONTH,
  UNIT_YEAR,
} TickUnit;

typedef struct
{
  TickUnit unit;
  int      count;
  gint64   approx_seconds;
} TickStep;

static const TickStep tick_steps[] = {
  { UNIT_HOUR, 1, 3600 },
  { UNIT_HOUR, 3, 3 * 3600 },
  { UNIT_HOUR, 6, 6 * 3600 },
  { UNIT_HOUR, 12, 12 * 3600 },
  { UNIT_DAY, 1, 86400 },
  { UNIT_DAY, 2, 2 * 86400 },
  { UNIT_DAY, 7, 7 * 86400 },
  { UNIT_MONTH, 1, 30 * 86400 },
  { UNIT_MONTH, 3, 91 * 86400 },
  { UNIT_MONTH, 6, 182 * 86400 },
  { UNIT_YEAR, 1, 365 * 86400 },
  { UNIT_YEAR, 2, 2 * 365 * 86400 },
  { UNIT_YEAR, 5, 5 * 365 * 86400 },
  { UNIT_YEAR, 10, 10 * 365 * (gint64) 86400 },
  { UNIT_YEAR, 25, 25 * 365 * (gint64) 86400 },
  { UNIT_YEAR, 50, 50 * 365 * (gint64) 86400 },
  { UNIT_YEAR, 100, 100 * 365 * (gint64) 86400 },
  { UNIT_YEAR, 500, 500 * 365 * (gint64) 86400 },
};

static char *
format_event_date (DossierEvent *event,
                   gboolean      short_form)
{
  g_autoptr(GDateTime) start = dossier_event_dup_start_time (event);
  const char *format;

  if (start == NULL)
    return g_strdup (dossier_event_get_date_start (event) ? dossier_event_get_date_start (event)
                                                          : _("undated"));
  switch (dossier_event_get_granularity (event))
    {
    case DOSSIER_GRANULARITY_MINUTE:
    case DOSSIER_GRANULARITY_HOUR:
      /* Translators: a strftime-style date with time, see g_date_time_format() */
      format = short_form ? _("%-d %b %H:%M") : _("%-d %B %Y, %H:%M");
      break;
    case DOSSIER_GRANULARITY_WEEK:
      format = short_form ? _("week of %-d %b") : _("the week of %-d %B %Y");
      break;
    case DOSSIER_GRANULARITY_MONTH:
      format = short_form ? _("%b %Y") : _("%B %Y");
      break;
    case DOSSIER_GRANULARITY_QUARTER:
    case DOSSIER_GRANULARITY_YEAR:
      format = "%Y";
      break;
    case DOSSIER_GRANULARITY_DECADE:
      format = _("the %Ys");
      break;
    case DOSSIER_GRANULARITY_PART_OF_DAY:
    case DOSSIER_GRANULARITY_DAY:
    default:
      format = short_form ? _("%-d %b") : _("%-d %B %Y");
      break;
    }
  return g_date_time_format (start, format);
}

char *
dossier_timeline_dup_event_label (DossierEvent *event)
{
  g_autofree char *date = NULL;
  const char *label;

  g_return_val_if_fail (DOSSIER_IS_EVENT (event), NULL);

  date = format_event_date (event, FALSE);
  label = dossier_event_get_label (event);
  if (dossier_event_get_approximate (event))
    {
      /* Translators: an approximate date, e.g. "about November 2023" */
      g_autofree char *about = g_strdup_printf (_("about %s"), date);

      g_free (date);
      date = g_steal_pointer (&about);
    }
  if (label == NULL || *label == '\0')
    return g_steal_pointer (&date);
  /* Translators: "1 November 2023: Rafah crossing into Egypt opened" */
  return g_strdup_printf (_("%s: %s"), date, label);
}

static void
clear_item (gpointer data)
{
  Item *item = data;

  g_clear_pointer (&item->button, gtk_widget_unparent);
  g_clear_object (&item->event);
  g_clear_pointer (&item->events, g_ptr_array_unref);
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const Item *ia = a;
  const Item *ib = b;

  if (ia->start != ib->start)
    return ia->start < ib->start ? -1 : 1;
  return ia->end < ib->end ? -1 : ia->end > ib->end;
}

static gint64
parse_published (const char *published)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  int y = 0, m = 0, d = 0, hh = 0, mm = 0;
  int n;

  if (published == NULL)
    return 0;
  n = sscanf (published, "%d-%d-%dT%d:%d", &y, &m, &d, &hh, &mm);
  if (n < 3)
    return 0;
  dt = g_date_time_new (utc, y, m, d, n >= 4 ? hh : 12, n >= 5 ? mm : 0, 0);
  return dt != NULL ? g_date_time_to_unix (dt) : 0;
}

static void
update_item_states (DossierTimeline *self)
{
  DossierEntity *entity = NULL;
  DossierEvent *selected = NULL;
  g_autoptr(GHashTable) of_entity = NULL;
  guint i, j;

  if (self->document != NULL)
    {
      entity = dossier_document_get_selected_entity (self->document);
      selected = dossier_document_get_selected_event (self->document);
    }
  if (entity != NULL && self->article != NULL)
    {
      g_autoptr(GPtrArray) events = dossier_article_get_events_of (self->article, entity);

      of_entity = g_hash_table_new (NULL, NULL);
      for (j = 0; j < events->len; j++)
        g_hash_table_add (of_entity, g_ptr_array_index (events, j));
    }

  for (i = 0; i < self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);
      gboolean is_selected = selected != NULL && g_ptr_array_find (item->events, selected, NULL);
      gboolean highlighted = FALSE;

      for (j = 0; of_entity != NULL && !highlighted && j < item->events->len; j++)
        highlighted = g_hash_table_contains (of_entity, g_ptr_array_index (item->events, j));

      if (is_selected)
        gtk_widget_add_css_class (item->button, "selected");
      else
        gtk_widget_remove_css_class (item->button, "selected");
      if (highlighted)
        gtk_widget_add_css_class (item->button, "highlighted");
      else
        gtk_widget_remove_css_class (item->button, "highlighted");
      if (of_entity != NULL && !highlighted)
        gtk_widget_add_css_class (item->button, "dimmed");
      else
        gtk_widget_remove_css_class (item->button, "dimmed");
      gtk_accessible_update_state (GTK_ACCESSIBLE (item->button),
                                   GTK_ACCESSIBLE_STATE_PRESSED,
                                   is_selected ? GTK_ACCESSIBLE_TRISTATE_TRUE
                                               : GTK_ACCESSIBLE_TRISTATE_FALSE,
                                   -1);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_item_clicked_cb (GtkButton       *button,
                    DossierTimeline *self)
{
  GPtrArray *events = g_object_get_data (G_OBJECT (button), "dossier-events");
  DossierEvent *selected;
  guint index;

  if (self->document == NULL || events == NULL || events->len == 0)
    return;
  /* An item of several events: each click steps to the next of them. */
  selected = dossier_document_get_selected_event (self->document);
  if (selected != NULL && g_ptr_array_find (events, selected, &index))
    index = (index + 1) % events->len;
  else
    index = 0;
  dossier_document_set_selected_event (self->document, g_ptr_array_index (events, index));
}

/* Past MAX_ITEMS events, those of one date share an item, then neighbours too. */
static void
group_items (DossierTimeline *self)
{
  g_autoptr(GArray) groups = g_array_new (FALSE, TRUE, sizeof (Item));
  guint i, per_item;

  for (i = 0; i < self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);
      Item *last = groups->len > 0 ? &g_array_index (groups, Item, groups->len - 1) : NULL;

      /* Only a crowded timeline shares items: otherwise each event shows its label. */
      if (self->items->len > MAX_ITEMS && last != NULL &&
          last->start == item->start && last->end == item->end)
        {
          g_ptr_array_add (last->events, g_steal_pointer (&item->event));
          continue;
        }
      item->events = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (item->events, g_object_ref (item->event));
      g_array_append_val (groups, *item);
      item->event = NULL;
      item->events = NULL;
    }
  g_array_set_size (self->items, 0);

  per_item = (groups->len + MAX_ITEMS - 1) / MAX_ITEMS;
  for (i = 0; i < groups->len; i++)
    {
      Item *group = &g_array_index (groups, Item, i);
      Item *last = self->items->len > 0 ? &g_array_index (self->items, Item, self->items->len - 1) : NULL;

      if (per_item > 1 && last != NULL && i % per_item != 0)
        {
          guint j;

          for (j = 0; j < group->events->len; j++)
            g_ptr_array_add (last->events, g_object_ref (g_ptr_array_index (group->events, j)));
          last->end = MAX (last->end, group->end);
          g_clear_pointer (&group->events, g_ptr_array_unref);
          g_clear_object (&group->event);
          continue;
        }
      g_array_append_val (self->items, *group);
      group->event = NULL;
      group->events = NULL;
    }
  for (i = 0; i < groups->len; i++)
    {
      Item *group = &g_array_index (groups, Item, i);

      g_clear_pointer (&group->events, g_ptr_array_unref);
      g_clear_object (&group->event);
    }
  g_array_set_size (groups, 0);
}

static void
rebuild (DossierTimeline *self)
{
  GListModel *events;
  guint i, n;

  g_array_set_size (self->items, 0);
  self->has_published = FALSE;
  self->published = 0;

  if (self->article != NULL)
    {
      self->published = parse_published (dossier_article_get_published (self->article));
      self->has_published = self->published != 0;

      events = dossier_article_get_events (self->article);
      n = g_list_model_get_n_items (events);
      for (i = 0; i < n; i++)
        {
          g_autoptr(DossierEvent) event = g_list_model_get_item (events, i);
          g_autoptr(GDateTime) start = dossier_event_dup_start_time (event);
          g_autoptr(GDateTime) end = dossier_event_dup_end_time (event);
          Item item = { 0 };

          /* Undated events have no place on an axis. */
          if (start == NULL)
            continue;
          item.event = g_object_ref (event);
          item.start = g_date_time_to_unix (start);
          item.end = end != NULL ? MAX (g_date_time_to_unix (end), item.start) : item.start;
          g_array_append_val (self->items, item);
        }
      g_array_sort (self->items, compare_items);
      group_items (self);
    }

  for (i = 0; i < self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);
      g_autofree char *date = format_event_date (item->event, TRUE);
      g_autofree char *text = NULL;
      g_autofree char *label = dossier_timeline_dup_event_label (item->event);
      const char *event_label = dossier_event_get_label (item->event);
      guint n_events = item->events->len;
      gboolean approximate = TRUE;
      guint j;
      GtkWidget *child;

      for (j = 0; j < n_events && approximate; j++)
        approximate = dossier_event_get_approximate (g_ptr_array_index (item->events, j));

      if (n_events > 1)
        {
          /* Translators: a timeline item standing for several events */
          g_autofree char *more = g_strdup_printf (ngettext ("%s (and %u more event)",
                                                             "%s (and %u more events)",
                                                             n_events - 1),
                                                   label, n_events - 1);

          text = g_strdup_printf (ngettext ("%s · %u event", "%s · %u events", n_events),
                                  date, n_events);
          g_free (label);
          label = g_steal_pointer (&more);
        }
      else if (event_label != NULL && *event_label != '\0')
        text = g_strdup_printf ("%s · %s", date, event_label);
      else
        text = g_strdup (date);
      child = gtk_label_new (text);
      gtk_label_set_ellipsize (GTK_LABEL (child), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (child), 26);
      gtk_label_set_single_line_mode (GTK_LABEL (child), TRUE);

      item->button = gtk_button_new ();
      gtk_button_set_child (GTK_BUTTON (item->button), child);
      gtk_widget_add_css_class (item->button, "timeline-item");
      if (approximate)
        gtk_widget_add_css_class (item->button, "approximate");
      gtk_widget_set_tooltip_text (item->button, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (item->button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      g_object_set_data (G_OBJECT (item->button), "dossier-events", item->events);
      g_signal_connect (item->button, "clicked", G_CALLBACK (on_item_clicked_cb), self);
      gtk_widget_insert_before (item->button, GTK_WIDGET (self), self->empty_label);
    }

  if (self->items->len > 0)
    {
      const Item *first = &g_array_index (self->items, Item, 0);

      self->tmin = first->start;
      self->tmax = first->end;
      for (i = 0; i < self->items->len; i++)
        {
          const Item *item = &g_array_index (self->items, Item, i);

          self->tmin = MIN (self->tmin, item->start);
          self->tmax = MAX (self->tmax, item->end);
        }
      if (self->has_published)
        {
          self->tmin = MIN (self->tmin, self->published);
          self->tmax = MAX (self->tmax, self->published);
        }
      if (self->tmax - self->tmin < 6 * 3600)
        {
          self->tmin -= 6 * 3600;
          self->tmax += 6 * 3600;
        }
      else
        {
          gint64 pad = (self->tmax - self->tmin) / 20;

          self->tmin -= pad;
          self->tmax += pad;
        }
    }

  gtk_label_set_text (GTK_LABEL (self->empty_label),
                      self->article == NULL ? "" :
                      (self->document != NULL && dossier_document_get_busy (self->document))
                      ? _("Looking for dates…") : _("No dated events in this article"));
  gtk_widget_set_visible (self->empty_label, self->items->len == 0);
  update_item_states (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
on_article_changed_cb (DossierTimeline *self)
{
  DossierArticle *article = NULL;

  if (self->document != NULL)
    article = dossier_document_get_article (self->document);
  g_set_object (&self->article, article);
  rebuild (self);
}

static void
on_selected_event_cb (DossierTimeline *self)
{
  update_item_states (self);
}

double
dossier_timeline_time_to_x (DossierTimeline *self,
                            gint64           unix_time)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  double span;

  g_return_val_if_fail (DOSSIER_IS_TIMELINE (self), 0.0);

  span = (double) MAX (self->tmax - self->tmin, 1);
  return SIDE_MARGIN + (unix_time - self->tmin) / span * MAX (width - 2 * SIDE_MARGIN, 1);
}

static int
item_height (DossierTimeline *self)
{
  int min = 0, nat = 0;

  if (self->items->len == 0)
    return 0;
  gtk_widget_measure (g_array_index (self->items, Item, 0).button, GTK_ORIENTATION_VERTICAL, -1,
                      &min, &nat, NULL, NULL);
  return nat;
}

static void
dossier_timeline_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  DossierTimeline *self = DOSSIER_TIMELINE (widget);
  int label_min = 0, label_nat = 0;

  gtk_widget_measure (self->empty_label, orientation, -1, &label_min, &label_nat, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MAX (200, label_min);
      *natural = MAX (600, label_nat);
    }
  else
    {
      int h = MAX (item_height (self), 28);

      *minimum = *natural = TOP_MARGIN + N_LANES * (h + LANE_GAP) + AXIS_BOTTOM + 8;
    }
}

#define ITEM_GAP        4
#define MIN_ITEM_WIDTH  56

/* Places the items in lanes, in time order, each as near its date as room
 * allows (an item pushed aside keeps a connector to its date). Returns
 * FALSE when they do not fit at this width. */
static gboolean
layout_items (DossierTimeline *self,
              int              width,
              int              max_width)
{
  double lane_right[N_LANES];
  double lane_limit[N_LANES];
  gboolean fits = TRUE;
  int i, l;

  for (l = 0; l < N_LANES; l++)
    {
      lane_right[l] = -G_MAXDOUBLE;
      lane_limit[l] = width;
    }

  for (i = 0; i < (int) self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);
      double x = dossier_timeline_time_to_x (self, item->start);
      int min_w = 0, nat_w = 0;
      double desired;
      int best = -1;

      gtk_widget_measure (item->button, GTK_ORIENTATION_HORIZONTAL, -1, &min_w, &nat_w, NULL, NULL);
      item->width = CLAMP (nat_w, min_w, MAX (min_w, max_width));
      desired = CLAMP (x - 6, 0, MAX (0, width - item->width));

      /* The lowest lane free at the date, else the one that frees first. */
      for (l = 0; l < N_LANES && best < 0; l++)
        if (lane_right[l] + ITEM_GAP <= desired)
          best = l;
      if (best >= 0)
        item->left = desired;
      else
        {
          best = 0;
          for (l = 1; l < N_LANES; l++)
            if (lane_right[l] < lane_right[best])
              best = l;
          item->left = lane_right[best] + ITEM_GAP;
        }
      item->lane = best;
      lane_right[best] = item->left + item->width;
    }

  /* Whatever ran past the end moves back, lane by lane. */
  for (i = (int) self->items->len - 1; i >= 0; i--)
    {
      Item *item = &g_array_index (self->items, Item, i);

      if (item->left + item->width > lane_limit[item->lane])
        item->left = lane_limit[item->lane] - item->width;
      lane_limit[item->lane] = item->left - ITEM_GAP;
      if (item->left < 0)
        fits = FALSE;
    }
  return fits;
}

static void
dossier_timeline_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  DossierTimeline *self = DOSSIER_TIMELINE (widget);
  int h = item_height (self);
  int axis_y = height - AXIS_BOTTOM;
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int label_h = 0;
  int max_width = ITEM_MAX_WIDTH;
  guint i;

  gtk_widget_measure (self->empty_label, GTK_ORIENTATION_VERTICAL, width, NULL, &label_h,
                      NULL, NULL);
  gtk_widget_size_allocate (self->empty_label,
                            &(GtkAllocation) { 0, MAX (0, (axis_y - label_h) / 2), width, label_h },
                            -1);

  /* Crowded: narrower items (their labels ellipsize) until all fit. */
  while (!layout_items (self, width, max_width) && max_width > MIN_ITEM_WIDTH)
    max_width = MAX (MIN_ITEM_WIDTH, max_width * 3 / 4);

  for (i = 0; i < self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);
      double left = MAX (0, item->left);

      item->x = dossier_timeline_time_to_x (self, item->start);
      item->x_end = dossier_timeline_time_to_x (self, item->end);
      if (rtl)
        {
          item->x = width - item->x;
          item->x_end = width - item->x_end;
          left = width - left - item->width;
        }
      gtk_widget_size_allocate (item->button,
                                &(GtkAllocation) { (int) left,
                                                   axis_y - 10 - (item->lane + 1) * (h + LANE_GAP) + LANE_GAP,
                                                   item->width, h },
                                -1);
    }
}

static void
get_foreground (GtkWidget *widget,
                GdkRGBA   *rgba)
{
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), rgba);
}

static void
append_dashed_hline (GtkSnapshot   *snapshot,
                     const GdkRGBA *color,
                     double         x1,
                     double         x2,
                     double         y,
                     double         thickness)
{
  double x;

  for (x = x1; x < x2; x += 7)
    gtk_snapshot_append_color (snapshot, color,
                               &GRAPHENE_RECT_INIT (x, y, MIN (4, x2 - x), thickness));
}

static void
draw_ticks (DossierTimeline *self,
            GtkSnapshot     *snapshot,
            const GdkRGBA   *fg,
            int              width,
            int              axis_y)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) t = NULL;
  g_autoptr(GDateTime) first = NULL;
  const TickStep *step = &tick_steps[G_N_ELEMENTS (tick_steps) - 1];
  gint64 span = self->tmax - self->tmin;
  int max_ticks = MAX (2, (width - 2 * SIDE_MARGIN) / MIN_TICK_GAP);
  GdkRGBA tick_color = *fg;
  guint i;
  int guard = 0;

  for (i = 0; i < G_N_ELEMENTS (tick_steps); i++)
    if (span / tick_steps[i].approx_seconds <= max_ticks)
      {
        step = &tick_steps[i];
        break;
      }

  first = g_date_time_new_from_unix_utc (self->tmin);
  if (first == NULL)
    return;
  switch (step->unit)
    {
    case UNIT_HOUR:
      t = g_date_time_new (utc, g_date_time_get_year (first), g_date_time_get_month (first),
                           g_date_time_get_day_of_month (first),
                           g_date_time_get_hour (first) - g_date_time_get_hour (first) % step->count,
                           0, 0);
      break;
    case UNIT_DAY:
      t = g_date_time_new (utc, g_date_time_get_year (first), g_date_time_get_month (first),
                           g_date_time_get_day_of_month (first), 0, 0, 0);
      break;
    case UNIT_MONTH:
      t = g_date_time_new (utc, g_date_time_get_year (first),
                           g_date_time_get_month (first) - (g_date_time_get_month (first) - 1) % step->count,
                           1, 0, 0, 0);
      break;
    case UNIT_YEAR:
    default:
      t = g_date_time_new (utc, MAX (1, g_date_time_get_year (first) - g_date_time_get_year (first) % step->count),
                           1, 1, 0, 0, 0);
      break;
    }

  tick_color.alpha *= 0.45;
  while (t != NULL && g_date_time_to_unix (t) <= self->tmax && guard++ < 200)
    {
      gint64 unix_time = g_date_time_to_unix (t);
      GDateTime *next;

      if (unix_time >= self->tmin)
        {
          double x = dossier_timeline_time_to_x (self, unix_time);
          g_autoptr(PangoLayout) layout = NULL;
          g_autofree char *text = NULL;
          const char *format;
          int lw, lh;

          if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
            x = width - x;
          gtk_snapshot_append_color (snapshot, &tick_color,
                                     &GRAPHENE_RECT_INIT (floor (x), axis_y, 1, 5));
          switch (step->unit)
            {
            case UNIT_HOUR:
              format = g_date_time_get_hour (t) == 0 ? _("%-d %b") : "%H:%M";
              break;
            case UNIT_DAY:
              format = _("%-d %b");
              break;
            case UNIT_MONTH:
              format = g_date_time_get_month (t) == 1 ? "%Y" : _("%b");
              break;
            case UNIT_YEAR:
            default:
              format = "%Y";
              break;
            }
          text = g_date_time_format (t, format);
          layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
          pango_layout_get_pixel_size (layout, &lw, &lh);
          gtk_snapshot_save (snapshot);
          gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (floor (x - lw / 2.0), axis_y + 7));
          gtk_snapshot_append_layout (snapshot, layout, &tick_color);
          gtk_snapshot_restore (snapshot);
        }

      switch (step->unit)
        {
        case UNIT_HOUR:
          next = g_date_time_add_hours (t, step->count);
          break;
        case UNIT_DAY:
          next = g_date_time_add_days (t, step->count);
          break;
        case UNIT_MONTH:
          next = g_date_time_add_months (t, step->count);
          break;
        case UNIT_YEAR:
        default:
          next = g_date_time_add_years (t, step->count);
          break;
        }
      g_date_time_unref (t);
      t = next;
    }
}

static void
dossier_timeline_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  DossierTimeline *self = DOSSIER_TIMELINE (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int axis_y = height - AXIS_BOTTOM;
  gboolean dark = dossier_style_is_dark ();
  GdkRGBA fg, axis_color, date_accent, person_accent;
  guint i;

  get_foreground (widget, &fg);

  if (self->items->len > 0)
    {
      axis_color = fg;
      axis_color.alpha *= 0.5;
      gtk_snapshot_append_color (snapshot, &axis_color,
                                 &GRAPHENE_RECT_INIT (SIDE_MARGIN / 2, axis_y, width - SIDE_MARGIN, 1));
      draw_ticks (self, snapshot, &fg, width, axis_y);

      dossier_style_get_accent (DOSSIER_MARK_DATE, dark, &date_accent);
      dossier_style_get_accent (DOSSIER_MARK_PERSON, dark, &person_accent);

      /* The publication date: a solid marker the events are measured against. */
      if (self->has_published)
        {
          double x = dossier_timeline_time_to_x (self, self->published);
          g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, _("published"));
          int lw, lh;

          if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
            x = width - x;
          gtk_snapshot_append_color (snapshot, &fg,
                                     &GRAPHENE_RECT_INIT (floor (x) - 1, 2, 2, axis_y + 4));
          pango_layout_get_pixel_size (layout, &lw, &lh);
          gtk_snapshot_save (snapshot);
          gtk_snapshot_translate (snapshot,
                                  &GRAPHENE_POINT_INIT (x + 4 + lw > width ? floor (x) - lw - 4 : floor (x) + 4,
                                                        (TOP_MARGIN - lh) / 2));
          gtk_snapshot_append_layout (snapshot, layout, &fg);
          gtk_snapshot_restore (snapshot);
        }

      for (i = 0; i < self->items->len; i++)
        {
          const Item *item = &g_array_index (self->items, Item, i);
          gboolean approximate = gtk_widget_has_css_class (item->button, "approximate");
          gboolean strong = gtk_widget_has_css_class (item->button, "selected") ||
                            gtk_widget_has_css_class (item->button, "highlighted");
          gboolean dimmed = gtk_widget_has_css_class (item->button, "dimmed");
          graphene_rect_t bounds;
          GdkRGBA color = strong ? person_accent : date_accent;
          double x1 = MIN (item->x, item->x_end), x2 = MAX (item->x, item->x_end);

          if (dimmed)
            color.alpha *= 0.35;
          if (approximate)
            color.alpha *= 0.7;
          if (!gtk_widget_compute_bounds (item->button, widget, &bounds))
            continue;

          /* The stem from the item to its date on the axis, slanted when
           * the item had to move aside. */
          {
            double bottom = bounds.origin.y + bounds.size.height;
            double anchor = CLAMP (item->x, bounds.origin.x + 4,
                                   bounds.origin.x + bounds.size.width - 4);
            cairo_t *cr = gtk_snapshot_append_cairo (snapshot,
                                                     &GRAPHENE_RECT_INIT (0, 0, width, height));

            gdk_cairo_set_source_rgba (cr, &color);
            cairo_set_line_width (cr, strong ? 1.5 : 1.0);
            if (approximate)
              cairo_set_dash (cr, (double[]) { 3.0, 3.0 }, 2, 0);
            cairo_move_to (cr, anchor, bottom);
            cairo_line_to (cr, floor (item->x) + 0.5, axis_y);
            cairo_stroke (cr);
            cairo_destroy (cr);
          }

          /* The extent of the date: a day, a month, a year… dashed when approximate. */
          color.alpha *= 0.75;
          if (approximate)
            append_dashed_hline (snapshot, &color, x1 - 3, MAX (x2, x1 + 3) + 3, axis_y - 1, 3);
          else
            gtk_snapshot_append_color (snapshot, &color,
                                       &GRAPHENE_RECT_INIT (x1 - 3, axis_y - 1,
                                                            MAX (x2 - x1, 0) + 6, 3));
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_snapshot_child (widget, child, snapshot);
}

static int
focused_index (DossierTimeline *self)
{
  GtkWidget *focus = gtk_widget_get_focus_child (GTK_WIDGET (self));
  DossierEvent *selected = self->document ? dossier_document_get_selected_event (self->document) : NULL;
  guint i;

  for (i = 0; i < self->items->len; i++)
    if (g_array_index (self->items, Item, i).button == focus)
      return (int) i;
  for (i = 0; i < self->items->len && selected != NULL; i++)
    if (g_ptr_array_find (g_array_index (self->items, Item, i).events, selected, NULL))
      return (int) i;
  return -1;
}

void
dossier_timeline_move_selection (DossierTimeline *self,
                                 int              delta)
{
  int current, target, n;
  Item *item;

  g_return_if_fail (DOSSIER_IS_TIMELINE (self));

  n = (int) self->items->len;
  if (n == 0)
    return;
  current = focused_index (self);
  if (delta == G_MININT)
    target = 0;
  else if (delta == G_MAXINT)
    target = n - 1;
  else if (current < 0)
    target = delta > 0 ? 0 : n - 1;
  else
    target = CLAMP (current + delta, 0, n - 1);

  item = &g_array_index (self->items, Item, target);
  gtk_widget_grab_focus (item->button);
  if (self->document != NULL)
    dossier_document_set_selected_event (self->document, item->event);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   DossierTimeline       *self)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      dossier_timeline_move_selection (self, rtl ? 1 : -1);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      dossier_timeline_move_selection (self, rtl ? -1 : 1);
      return TRUE;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      dossier_timeline_move_selection (self, G_MININT);
      return TRUE;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      dossier_timeline_move_selection (self, G_MAXINT);
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
dossier_timeline_focus (GtkWidget        *widget,
                        GtkDirectionType  direction)
{
  DossierTimeline *self = DOSSIER_TIMELINE (widget);
  int index;

  /* Tab enters at the selected (or first) event and leaves after it: the
   * arrows move inside, like a toolbar. */
  if (self->items->len == 0)
    return FALSE;
  if (gtk_widget_get_focus_child (widget) != NULL)
    return FALSE;
  index = focused_index (self);
  if (index < 0)
    index = direction == GTK_DIR_TAB_BACKWARD ? (int) self->items->len - 1 : 0;
  return gtk_widget_grab_focus (g_array_index (self->items, Item, index).button);
}

static void
dossier_timeline_dispose (GObject *object)
{
  DossierTimeline *self = DOSSIER_TIMELINE (object);

  dossier_timeline_set_document (self, NULL);
  if (self->items != NULL)
    g_array_set_size (self->items, 0);
  g_clear_pointer (&self->empty_label, gtk_widget_unparent);
  g_clear_object (&self->article);

  G_OBJECT_CLASS (dossier_timeline_parent_class)->dispose (object);
}

static void
dossier_timeline_finalize (GObject *object)
{
  DossierTimeline *self = DOSSIER_TIMELINE (object);

  g_clear_pointer (&self->items, g_array_unref);

  G_OBJECT_CLASS (dossier_timeline_parent_class)->finalize (object);
}

static void
dossier_timeline_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DossierTimeline *self = DOSSIER_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_timeline_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DossierTimeline *self = DOSSIER_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      dossier_timeline_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_timeline_class_init (DossierTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_timeline_dispose;
  object_class->finalize = dossier_timeline_finalize;
  object_class->get_property = dossier_timeline_get_property;
  object_class->set_property = dossier_timeline_set_property;

  widget_class->measure = dossier_timeline_measure;
  widget_class->size_allocate = dossier_timeline_size_allocate;
  widget_class->snapshot = dossier_timeline_snapshot;
  widget_class->focus = dossier_timeline_focus;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, DOSSIER_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dossier_timeline_init (DossierTimeline *self)
{
  GtkEventController *keys;

  self->items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (self->items, clear_item);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline"),
                                  -1);
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);

  self->empty_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->empty_label, "dim-label");
  gtk_widget_set_parent (self->empty_label, GTK_WIDGET (self));

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  dossier_style_watch (G_CALLBACK (gtk_widget_queue_draw), self);
}

GtkWidget *
dossier_timeline_new (void)
{
  return g_object_new (DOSSIER_TYPE_TIMELINE, NULL);
}

DossierDocument *
dossier_timeline_get_document (DossierTimeline *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE (self), NULL);
  return self->document;
}

void
dossier_timeline_set_document (DossierTimeline *self,
                               DossierDocument *document)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE (self));
  g_return_if_fail (document == NULL || DOSSIER_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  if (document != NULL)
    {
      g_signal_connect_object (document, "notify::article",
                               G_CALLBACK (on_article_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::busy",
                               G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::selected-event",
                               G_CALLBACK (on_selected_event_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::selected-entity",
                               G_CALLBACK (on_selected_event_cb), self, G_CONNECT_SWAPPED);
    }
  if (self->empty_label != NULL)
    on_article_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

guint
dossier_timeline_get_n_items (DossierTimeline *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE (self), 0);
  return self->items->len;
}

GtkWidget *
dossier_timeline_get_item (DossierTimeline *self,
                           guint            position)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE (self), NULL);
  g_return_val_if_fail (position < self->items->len, NULL);
  return g_array_index (self->items, Item, position).button;
}

DossierEvent *
dossier_timeline_get_item_event (DossierTimeline *self,
                                 guint            position)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE (self), NULL);
  g_return_val_if_fail (position < self->items->len, NULL);
  return g_array_index (self->items, Item, position).event;
}
