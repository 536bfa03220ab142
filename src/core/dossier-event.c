/* dossier-event.c — one timeline entry: a dated happening built on a timex
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dossier-event"

#include "config.h"

#include <string.h>

#include "dossier-event.h"
#include "dossier-model-private.h"

/* Objects, each holding a reference: a plain array until somebody asks
 * for the GPtrArray (dossier_event_get_entities()), then that array,
 * which takes the references over. Most events are only written out, and
 * a GPtrArray costs three allocations. */
typedef struct
{
  gpointer        *items;
  guint            n;
  guint            alloc;
  GPtrArray       *array;
  DossierStrChunk *chunk;  /* items is in this chunk of a pool (not
                            * g_free()d nor renewed), or NULL */
} Items;

/* Gives back items->items (the chunk's reference or the allocation). */
static void
items_free_storage (Items *items)
{
  if (items->chunk != NULL)
    {
      dossier_str_chunk_unref (items->chunk);
      items->chunk = NULL;
      items->items = NULL;
    }
  else
    g_clear_pointer (&items->items, g_free);
}

struct _DossierEvent
{
  GObject             parent_instance;

  char               *id;
  int                 timex;
  char               *date_start;
  char               *date_end;
  DossierGranularity  granularity;
  gboolean            approximate;
  char               *label;
  guint               sentence_start;
  guint               sentence_end;
  Items               entities;
  Items               quotes;
  char               *strings;  /* id, dates and label, in one block */
  DossierStrChunk    *chunk;    /* or there, when they came from a pool */
};

static void
items_clear (Items *items)
{
  if (items->array != NULL)
    g_clear_pointer (&items->array, g_ptr_array_unref);
  for (guint i = 0; i < items->n; i++)
    g_object_unref (items->items[i]);
  items_free_storage (items);
  items->n = items->alloc = 0;
}

/* The items, borrowed; *@n: how many. */
static gpointer *
items_peek (const Items *items,
            guint       *n)
{
  if (items->array != NULL)
    {
      *n = items->array->len;
      return items->array->pdata;
    }
  *n = items->n;
  return items->items;
}

/* The GPtrArray of the items, made (and from then on used) at the first
 * call. */
static GPtrArray *
items_array (Items *items)
{
  if (items->array == NULL)
    {
      items->array = g_ptr_array_new_full (items->n, g_object_unref);
      for (guint i = 0; i < items->n; i++)
        g_ptr_array_add (items->array, items->items[i]);
      items_free_storage (items);
      items->n = items->alloc = 0;
    }
  return items->array;
}

/* Adds a reference to @item unless it is there already; @room: how many
 * items may come, for the first allocation. */
static void
items_add (Items    *items,
           gpointer  item,
           guint     room)
{
  gpointer *all;
  guint n;

  all = items_peek (items, &n);
  for (guint i = 0; i < n; i++)
    if (all[i] == item)
      return;
  if (items->array != NULL)
    {
      g_ptr_array_add (items->array, g_object_ref (item));
      return;
    }
  if (items->n == items->alloc)
    {
      items->alloc = MAX (MAX (room, items->alloc * 2), 4);
      if (items->chunk != NULL)
        {
          /* out of the pool's memory into an allocation of its own */
          gpointer *copy = g_new (gpointer, items->alloc);

          if (items->n > 0)
            memcpy (copy, items->items, items->n * sizeof (gpointer));
          dossier_str_chunk_unref (items->chunk);
          items->chunk = NULL;
          items->items = copy;
        }
      else
        items->items = g_renew (gpointer, items->items, items->alloc);
    }
  items->items[items->n++] = g_object_ref (item);
}

G_DEFINE_FINAL_TYPE (DossierEvent, dossier_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TIMEX,
  PROP_DATE_START,
  PROP_DATE_END,
  PROP_GRANULARITY,
  PROP_APPROXIMATE,
  PROP_LABEL,
  PROP_SENTENCE_START,
  PROP_SENTENCE_END,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dossier_event_finalize (GObject *object)
{
  DossierEvent *self = (DossierEvent *) object;

  g_free (self->strings);
  dossier_str_chunk_unref (self->chunk);
  items_clear (&self->entities);
  items_clear (&self->quotes);

  G_OBJECT_CLASS (dossier_event_parent_class)->finalize (object);
}

static void
dossier_event_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DossierEvent *self = DOSSIER_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TIMEX:
      g_value_set_int (value, self->timex);
      break;
    case PROP_DATE_START:
      g_value_set_string (value, self->date_start);
      break;
    case PROP_DATE_END:
      g_value_set_string (value, self->date_end);
      break;
    case PROP_GRANULARITY:
      g_value_set_enum (value, self->granularity);
      break;
    case PROP_APPROXIMATE:
      g_value_set_boolean (value, self->approximate);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_SENTENCE_START:
      g_value_set_uint (value, self->sentence_start);
      break;
    case PROP_SENTENCE_END:
      g_value_set_uint (value, self->sentence_end);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_event_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DossierEvent *self = DOSSIER_EVENT (object);

  switch (prop_id)
    {
    case PROP_SENTENCE_START:
      dossier_event_set_sentence (self, g_value_get_uint (value), self->sentence_end);
      break;
    case PROP_SENTENCE_END:
      dossier_event_set_sentence (self, self->sentence_start, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_event_class_init (DossierEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dossier_event_finalize;
  object_class->get_property = dossier_event_get_property;
  object_class->set_property = dossier_event_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TIMEX] =
    g_param_spec_int ("timex", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE_START] =
    g_param_spec_string ("date-start", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE_END] =
    g_param_spec_string ("date-end", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_GRANULARITY] =
    g_param_spec_enum ("granularity", NULL, NULL,
                       DOSSIER_TYPE_GRANULARITY, DOSSIER_GRANULARITY_DAY,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_APPROXIMATE] =
    g_param_spec_boolean ("approximate", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SENTENCE_START] =
    g_param_spec_uint ("sentence-start", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SENTENCE_END] =
    g_param_spec_uint ("sentence-end", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_event_init (DossierEvent *self)
{
  self->timex = -1;
  self->granularity = DOSSIER_GRANULARITY_DAY;
  /* the arrays come with their first item (or the first getter call):
   * many events have no quote */
}

/* An event with its strings in @pool, or in a block of its own when
 * @pool is NULL. Fields set directly: faster than construct properties. */
static DossierEvent *
event_new (DossierStrPool     *pool,
           const char         *id,
           int                 timex,
           const char         *date_start,
           const char         *date_end,
           DossierGranularity  granularity,
           gboolean            approximate,
           const char         *label)
{
  DossierEvent *self = g_object_new (DOSSIER_TYPE_EVENT, NULL);
  const char *in[4] = { id, date_start, date_end, label };
  gsize len[4];
  char *out[4];

  for (guint i = 0; i < G_N_ELEMENTS (in); i++)
    len[i] = in[i] != NULL ? strlen (in[i]) : 0;
  if (pool != NULL)
    dossier_str_pool_strdup_block_len (pool, 4, in, len, out, &self->chunk);
  else
    self->strings = dossier_strdup_block_len (4, in, len, out);
  self->id = out[0];
  self->date_start = out[1];
  self->date_end = out[2];
  self->label = out[3];
  self->timex = timex;
  self->granularity = granularity;
  self->approximate = !!approximate;
  return self;
}

DossierEvent *
dossier_event_new (const char         *id,
                   int                 timex,
                   const char         *date_start,
                   const char         *date_end,
                   DossierGranularity  granularity,
                   gboolean            approximate,
                   const char         *label)
{
  return event_new (NULL, id, timex, date_start, date_end, granularity, approximate, label);
}

DossierEvent *
dossier_event_new_pooled (DossierStrPool     *pool,
                          const char         *id,
                          int                 timex,
                          const char         *date_start,
                          const char         *date_end,
                          DossierGranularity  granularity,
                          gboolean            approximate,
                          const char         *label)
{
  return event_new (pool, id, timex, date_start, date_end, granularity, approximate, label);
}

const char *
dossier_event_get_id (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return self->id;
}

int
dossier_event_get_timex (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), -1);
  return self->timex;
}

const char *
dossier_event_get_date_start (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return self->date_start;
}

const char *
dossier_event_get_date_end (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return self->date_end;
}

DossierGranularity
dossier_event_get_granularity (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), DOSSIER_GRANULARITY_DAY);
  return self->granularity;
}

gboolean
dossier_event_get_approximate (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), FALSE);
  return self->approximate;
}

const char *
dossier_event_get_label (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return self->label;
}

guint
dossier_event_get_sentence_start (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), 0);
  return self->sentence_start;
}

guint
dossier_event_get_sentence_end (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), 0);
  return self->sentence_end;
}

void
dossier_event_set_sentence (DossierEvent *self,
                            guint         start,
                            guint         end)
{
  gboolean start_changed, end_changed;

  g_return_if_fail (DOSSIER_IS_EVENT (self));

  /* Both set before either is notified (as a freeze would, without the
   * cost of one for each of thousands of events). */
  start_changed = self->sentence_start != start;
  end_changed = self->sentence_end != end;
  self->sentence_start = start;
  self->sentence_end = end;
  if (start_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SENTENCE_START]);
  if (end_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SENTENCE_END]);
}

GPtrArray *
dossier_event_get_entities (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return items_array (&self->entities);
}

GPtrArray *
dossier_event_get_quotes (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return items_array (&self->quotes);
}

void
dossier_event_add_entity (DossierEvent  *self,
                          DossierEntity *entity)
{
  g_return_if_fail (DOSSIER_IS_EVENT (self));
  g_return_if_fail (DOSSIER_IS_ENTITY (entity));

  items_add (&self->entities, entity, 1);
}

void
dossier_event_set_sentence_quiet (DossierEvent *self,
                                  guint         start,
                                  guint         end)
{
  g_return_if_fail (DOSSIER_IS_EVENT (self));

  self->sentence_start = start;
  self->sentence_end = end;
}

/* g_ptr_array_find () then a reference added, for each item: the order
 * and the duplicates as one dossier_event_add_entity () a time. */
static void
add_items (Items           *array,
           gpointer const  *items,
           guint            n_items,
           const int       *indexes,
           guint            n_indexes)
{
  for (guint k = 0; k < n_indexes; k++)
    {
      gpointer item;

      if (indexes[k] < 0 || (guint) indexes[k] >= n_items)
        continue;
      item = items[indexes[k]];
      if (item != NULL)
        items_add (array, item, n_indexes - k);
    }
}

/* add_items (), with room for the @n_indexes items in @pool (when not
 * NULL) when @items has none yet. */
static void
add_items_pooled (Items           *items,
                  DossierStrPool  *pool,
                  gpointer const  *add,
                  guint            n_add,
                  const int       *indexes,
                  guint            n_indexes)
{
  if (pool != NULL && n_indexes > 0 && items->items == NULL && items->array == NULL)
    {
      items->items = dossier_str_pool_alloc (pool, n_indexes * sizeof (gpointer), &items->chunk);
      items->alloc = n_indexes;
    }
  add_items (items, add, n_add, indexes, n_indexes);
}

void
dossier_event_add_entities_pooled (DossierStrPool        *pool,
                                   DossierEvent          *self,
                                   DossierEntity * const *items,
                                   guint                  n_items,
                                   const int             *indexes,
                                   guint                  n_indexes)
{
  g_return_if_fail (DOSSIER_IS_EVENT (self));
  g_return_if_fail (items != NULL || n_items == 0);
  g_return_if_fail (indexes != NULL || n_indexes == 0);

  add_items_pooled (&self->entities, pool, (gpointer const *) items, n_items, indexes, n_indexes);
}

void
dossier_event_add_quotes_pooled (DossierStrPool       *pool,
                                 DossierEvent         *self,
                                 DossierQuote * const *items,
                                 guint                 n_items,
                                 const int            *indexes,
                                 guint                 n_indexes)
{
  g_return_if_fail (DOSSIER_IS_EVENT (self));
  g_return_if_fail (items != NULL || n_items == 0);
  g_return_if_fail (indexes != NULL || n_indexes == 0);

  add_items_pooled (&self->quotes, pool, (gpointer const *) items, n_items, indexes, n_indexes);
}

DossierEntity **
dossier_event_peek_entities (DossierEvent *self,
                             guint        *n_entities)
{
  return (DossierEntity **) items_peek (&self->entities, n_entities);
}

DossierQuote **
dossier_event_peek_quotes (DossierEvent *self,
                           guint        *n_quotes)
{
  return (DossierQuote **) items_peek (&self->quotes, n_quotes);
}

void
dossier_event_add_quote (DossierEvent *self,
                         DossierQuote *quote)
{
  g_return_if_fail (DOSSIER_IS_EVENT (self));
  g_return_if_fail (DOSSIER_IS_QUOTE (quote));

  items_add (&self->quotes, quote, 1);
}

static gboolean
read_digits (const char **p,
             guint        n,
             int         *out)
{
  int v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      v = v * 10 + ((*p)[i] - '0');
    }
  *p += n;
  *out = v;
  return TRUE;
}

/* Parses the ISO / TIMEX3 date forms an event carries ("2023", "2023-11",
 * "2023-11-01", "2023-11-01T21:00", "2023-11-01TNI", "2023-W44", "2023-Q4",
 * "202X", "2023-SU") into the first instant of the period, in UTC. */
static GDateTime *
parse_period_start (const char *iso)
{
  const char *p = iso;
  int year, month = 1, day = 1, hour = 0, minute = 0, v;
  g_autoptr(GDateTime) date = NULL;

  if (iso == NULL)
    return NULL;

  if (read_digits (&p, 4, &year))
    ;
  else if (read_digits (&p, 3, &year) && *p == 'X')
    {
      /* a decade, "202X" */
      year *= 10;
      p++;
    }
  else
    return NULL;

  if (year < 1 || year > 9999)
    return NULL;

  if (*p == '-')
    {
      p++;
      if (*p == 'W')
        {
          p++;
          if (!read_digits (&p, 2, &v) || v < 1 || v > 53)
            return NULL;
          /* ISO week: the Monday of week 1 is in the week of January 4th */
          date = g_date_time_new_utc (year, 1, 4, 0, 0, 0);
          if (date == NULL)
            return NULL;
          return g_date_time_add_days (date, 1 - g_date_time_get_day_of_week (date) + 7 * (v - 1));
        }
      else if (*p == 'Q')
        {
          p++;
          if (!read_digits (&p, 1, &v) || v < 1 || v > 4)
            return NULL;
          return g_date_time_new_utc (year, 3 * (v - 1) + 1, 1, 0, 0, 0);
        }
      else if (p[0] == 'S' || p[0] == 'W' || p[0] == 'F')
        {
          static const struct { const char *name; int month; } seasons[] = {
            { "SP", 3 }, { "SU", 6 }, { "FA", 9 }, { "WI", 12 },
          };
          for (guint i = 0; i < G_N_ELEMENTS (seasons); i++)
            if (strncmp (p, seasons[i].name, 2) == 0)
              return g_date_time_new_utc (year, seasons[i].month, 1, 0, 0, 0);
          return NULL;
        }
      else if (!read_digits (&p, 2, &month) || month < 1 || month > 12)
        return NULL;

      if (*p == '-')
        {
          p++;
          if (!read_digits (&p, 2, &day) || day < 1 || day > 31)
            return NULL;
          if (*p == 'T')
            {
              p++;
              if (read_digits (&p, 2, &hour))
                {
                  if (hour > 23)
                    return NULL;
                  if (*p == ':')
                    {
                      p++;
                      if (!read_digits (&p, 2, &minute) || minute > 59)
                        return NULL;
                    }
                }
              else if (strncmp (p, "MO", 2) == 0)
                hour = 6;
              else if (strncmp (p, "AF", 2) == 0)
                hour = 12;
              else if (strncmp (p, "EV", 2) == 0)
                hour = 18;
              else if (strncmp (p, "NI", 2) == 0)
                hour = 21;
              else
                return NULL;
            }
        }
    }

  return g_date_time_new_utc (year, month, day, hour, minute, 0);
}

GDateTime *
dossier_event_dup_start_time (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return parse_period_start (self->date_start);
}

/* The start of the period of date-end (the first instant of its last day,
 * month…), or of date-start when there is no end. */
GDateTime *
dossier_event_dup_end_time (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return parse_period_start (self->date_end != NULL ? self->date_end : self->date_start);
}

void
dossier_event_view (DossierEvent     *self,
                    DossierEventView *view)
{
  view->id = self->id;
  view->timex = self->timex;
  view->date_start = self->date_start;
  view->date_end = self->date_end;
  view->granularity = self->granularity;
  view->approximate = self->approximate;
  view->label = self->label;
  view->sentence_start = self->sentence_start;
  view->sentence_end = self->sentence_end;
}
