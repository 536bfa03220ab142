/* dossier-article.c — the parsed article: text, metadata, entities, quotes, timexes, events
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dossier-article"

#include "config.h"

#include <string.h>

#include "dossier-article.h"
#include "dossier-model-private.h"

/* ---- DossierItemList: the article's lists ------------------------------
 *
 * A GListModel over a GPtrArray: what GListStore gives the article (items
 * of one type, appended, "items-changed"), with an item found by its
 * position in one step instead of a walk down a GSequence, and no node
 * allocated per item (an article can hold tens of thousands of each).
 */

#define DOSSIER_TYPE_ITEM_LIST (dossier_item_list_get_type ())
G_DECLARE_FINAL_TYPE (DossierItemList, dossier_item_list, DOSSIER, ITEM_LIST, GObject)

struct _DossierItemList
{
  GObject    parent_instance;

  GType      item_type;
  GPtrArray *items;   /* owned references */
};

static GType
dossier_item_list_get_item_type (GListModel *model)
{
  return ((DossierItemList *) model)->item_type;
}

static guint
dossier_item_list_get_n_items (GListModel *model)
{
  return ((DossierItemList *) model)->items->len;
}

static gpointer
dossier_item_list_get_item (GListModel *model,
                            guint       position)
{
  DossierItemList *self = (DossierItemList *) model;

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
dossier_item_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = dossier_item_list_get_item_type;
  iface->get_n_items = dossier_item_list_get_n_items;
  iface->get_item = dossier_item_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (DossierItemList, dossier_item_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      dossier_item_list_model_init))

static void
dossier_item_list_finalize (GObject *object)
{
  DossierItemList *self = (DossierItemList *) object;

  g_ptr_array_unref (self->items);

  G_OBJECT_CLASS (dossier_item_list_parent_class)->finalize (object);
}

static void
dossier_item_list_class_init (DossierItemListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dossier_item_list_finalize;
}

static void
dossier_item_list_init (DossierItemList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

static DossierItemList *
dossier_item_list_new (GType item_type)
{
  DossierItemList *self = g_object_new (DOSSIER_TYPE_ITEM_LIST, NULL);

  self->item_type = item_type;
  return self;
}

/* Appends @n items (new references), then emits "items-changed" once. */
static void
dossier_item_list_append (DossierItemList *self,
                          gpointer const  *items,
                          guint            n)
{
  guint position = self->items->len;

  if (n == 0)
    return;
  g_ptr_array_set_size (self->items, position + n);
  for (guint i = 0; i < n; i++)
    self->items->pdata[position + i] = g_object_ref (items[i]);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, n);
}

/* The items, borrowed. */
static inline gpointer
dossier_item_list_peek (DossierItemList *self,
                        guint            position)
{
  return g_ptr_array_index (self->items, position);
}

gpointer
dossier_article_list_peek (GListModel *list,
                           guint       position)
{
  DossierItemList *self;

  g_return_val_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (list, DOSSIER_TYPE_ITEM_LIST), NULL);

  self = (DossierItemList *) list;
  return position < self->items->len ? dossier_item_list_peek (self, position) : NULL;
}

/* One byte offset kept every CHECKPOINT characters, for dup_slice. */
#define CHECKPOINT 1024

struct _DossierArticle
{
  GObject     parent_instance;

  char       *text;
  gsize       n_bytes;
  guint       length;
  guint      *checkpoints;   /* lazily built: byte offset of char i * CHECKPOINT */

  char       *source_path;
  char       *source_sha256;
  char       *source_encoding;

  char       *title;
  char      **authors;
  char      **contributors;
  char      **credits;
  char       *outlet;
  char       *dateline;
  char       *published;
  gboolean    has_body;
  guint       body_start;
  guint       body_end;

  DossierItemList *entities;
  DossierItemList *quotes;
  DossierItemList *timexes;
  DossierItemList *events;
  /* id -> DossierEntity/DossierQuote (borrowed), made at the first
   * look-up and brought up to date at each one: the lists only grow, and
   * the CLI never looks an id up */
  GHashTable *entity_ids;
  GHashTable *quote_ids;
  guint       n_entity_ids;  /* the items of the list indexed so far */
  guint       n_quote_ids;

  /* the lists still to make (dossier_article_set_pending ()): made at
   * the first call that needs them */
  DossierArticleBuildFunc pending_build;
  gpointer                pending_data;
  GDestroyNotify          pending_free;
};

G_DEFINE_FINAL_TYPE (DossierArticle, dossier_article, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_LENGTH,
  PROP_SOURCE_PATH,
  PROP_SOURCE_SHA256,
  PROP_SOURCE_ENCODING,
  PROP_TITLE,
  PROP_AUTHORS,
  PROP_CONTRIBUTORS,
  PROP_CREDITS,
  PROP_OUTLET,
  PROP_DATELINE,
  PROP_PUBLISHED,
  PROP_BODY_START,
  PROP_BODY_END,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const empty_strv[] = { NULL };

static G_NO_INLINE void
build_pending (DossierArticle *self)
{
  DossierArticleBuildFunc build = self->pending_build;
  gpointer data = self->pending_data;
  GDestroyNotify free_data = self->pending_free;

  self->pending_build = NULL;
  self->pending_data = NULL;
  self->pending_free = NULL;
  build (self, data);
  if (free_data != NULL)
    free_data (data);
}

/* The lists made, when they are still to make: at the top of every
 * function that reads or changes them. */
static inline void
ensure_lists (DossierArticle *self)
{
  if (G_UNLIKELY (self->pending_build != NULL))
    build_pending (self);
}

void
dossier_article_set_pending (DossierArticle          *self,
                             DossierArticleBuildFunc  build,
                             gpointer                 data,
                             GDestroyNotify           free_data)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE (self));
  g_return_if_fail (build != NULL);

  ensure_lists (self);
  self->pending_build = build;
  self->pending_data = data;
  self->pending_free = free_data;
}

gpointer
dossier_article_peek_pending (DossierArticle          *self,
                              DossierArticleBuildFunc  build)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);

  return self->pending_build == build ? self->pending_data : NULL;
}

static void
dossier_article_finalize (GObject *object)
{
  DossierArticle *self = (DossierArticle *) object;

  /* (what is pending may borrow the text) */
  if (self->pending_free != NULL)
    self->pending_free (self->pending_data);
  g_free (self->text);
  g_free (self->checkpoints);
  g_free (self->source_path);
  g_free (self->source_sha256);
  g_free (self->source_encoding);
  g_free (self->title);
  g_strfreev (self->authors);
  g_strfreev (self->contributors);
  g_strfreev (self->credits);
  g_free (self->outlet);
  g_free (self->dateline);
  g_free (self->published);
  g_clear_pointer (&self->entity_ids, g_hash_table_unref);
  g_clear_pointer (&self->quote_ids, g_hash_table_unref);
  g_object_unref (self->entities);
  g_object_unref (self->quotes);
  g_object_unref (self->timexes);
  g_object_unref (self->events);

  G_OBJECT_CLASS (dossier_article_parent_class)->finalize (object);
}

static void
dossier_article_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DossierArticle *self = DOSSIER_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_LENGTH:
      g_value_set_uint (value, self->length);
      break;
    case PROP_SOURCE_PATH:
      g_value_set_string (value, self->source_path);
      break;
    case PROP_SOURCE_SHA256:
      g_value_set_string (value, self->source_sha256);
      break;
    case PROP_SOURCE_ENCODING:
      g_value_set_string (value, self->source_encoding);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_AUTHORS:
      g_value_set_boxed (value, dossier_article_get_authors (self));
      break;
    case PROP_CONTRIBUTORS:
      g_value_set_boxed (value, dossier_article_get_contributors (self));
      break;
    case PROP_CREDITS:
      g_value_set_boxed (value, dossier_article_get_credits (self));
      break;
    case PROP_OUTLET:
      g_value_set_string (value, self->outlet);
      break;
    case PROP_DATELINE:
      g_value_set_string (value, self->dateline);
      break;
    case PROP_PUBLISHED:
      g_value_set_string (value, self->published);
      break;
    case PROP_BODY_START:
      g_value_set_uint (value, self->body_start);
      break;
    case PROP_BODY_END:
      g_value_set_uint (value, self->body_end);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_article_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  DossierArticle *self = DOSSIER_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      dossier_article_set_title (self, g_value_get_string (value));
      break;
    case PROP_AUTHORS:
      dossier_article_set_authors (self, g_value_get_boxed (value));
      break;
    case PROP_CONTRIBUTORS:
      dossier_article_set_contributors (self, g_value_get_boxed (value));
      break;
    case PROP_CREDITS:
      dossier_article_set_credits (self, g_value_get_boxed (value));
      break;
    case PROP_OUTLET:
      dossier_article_set_outlet (self, g_value_get_string (value));
      break;
    case PROP_DATELINE:
      dossier_article_set_dateline (self, g_value_get_string (value));
      break;
    case PROP_PUBLISHED:
      dossier_article_set_published (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_article_class_init (DossierArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dossier_article_finalize;
  object_class->get_property = dossier_article_get_property;
  object_class->set_property = dossier_article_set_property;

  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, ro);
  properties[PROP_LENGTH] = g_param_spec_uint ("length", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_SOURCE_PATH] = g_param_spec_string ("source-path", NULL, NULL, NULL, ro);
  properties[PROP_SOURCE_SHA256] = g_param_spec_string ("source-sha256", NULL, NULL, NULL, ro);
  properties[PROP_SOURCE_ENCODING] = g_param_spec_string ("source-encoding", NULL, NULL, NULL, ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, rw);
  properties[PROP_AUTHORS] = g_param_spec_boxed ("authors", NULL, NULL, G_TYPE_STRV, rw);
  properties[PROP_CONTRIBUTORS] = g_param_spec_boxed ("contributors", NULL, NULL, G_TYPE_STRV, rw);
  properties[PROP_CREDITS] = g_param_spec_boxed ("credits", NULL, NULL, G_TYPE_STRV, rw);
  properties[PROP_OUTLET] = g_param_spec_string ("outlet", NULL, NULL, NULL, rw);
  properties[PROP_DATELINE] = g_param_spec_string ("dateline", NULL, NULL, NULL, rw);
  properties[PROP_PUBLISHED] = g_param_spec_string ("published", NULL, NULL, NULL, rw);
  properties[PROP_BODY_START] = g_param_spec_uint ("body-start", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_BODY_END] = g_param_spec_uint ("body-end", NULL, NULL, 0, G_MAXUINT, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_article_init (DossierArticle *self)
{
  self->entities = dossier_item_list_new (DOSSIER_TYPE_ENTITY);
  self->quotes = dossier_item_list_new (DOSSIER_TYPE_QUOTE);
  self->timexes = dossier_item_list_new (DOSSIER_TYPE_TIMEX);
  self->events = dossier_item_list_new (DOSSIER_TYPE_EVENT);
}

/* Characters in valid UTF-8: every byte that is not a continuation byte. */
static gsize
count_chars (const char *text,
             gsize       n_bytes)
{
  return dossier_utf8_count ((const guchar *) text, n_bytes);
}

/**
 * dossier_article_new:
 * @text: valid UTF-8
 * @length: bytes of @text, or -1 when NUL-terminated
 *
 * Returns: (transfer full): an article with @text and nothing found in it yet
 */
DossierArticle *
dossier_article_new (const char *text,
                     gssize      length)
{
  DossierArticle *self;

  if (text == NULL)
    text = "";
  if (length < 0)
    length = strlen (text);

  self = g_object_new (DOSSIER_TYPE_ARTICLE, NULL);
  self->text = g_strndup (text, length);
  self->n_bytes = strlen (self->text);
  self->length = count_chars (self->text, self->n_bytes);
  return self;
}

/**
 * dossier_article_new_take:
 * @text: (transfer full): valid UTF-8, NUL-terminated
 * @length: bytes of @text, without the NUL
 *
 * Like dossier_article_new(), without copying the text.
 *
 * Returns: (transfer full): an article with @text
 */
DossierArticle *
dossier_article_new_take (char  *text,
                          gsize  length)
{
  DossierArticle *self;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (text[length] == '\0', NULL);

  self = g_object_new (DOSSIER_TYPE_ARTICLE, NULL);
  self->text = text;
  self->n_bytes = length;
  self->length = count_chars (self->text, self->n_bytes);
  return self;
}

const char *
dossier_article_get_text (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return self->text;
}

guint
dossier_article_get_length (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), 0);
  return self->length;
}

static void
ensure_checkpoints (DossierArticle *self)
{
  const guchar *p = (const guchar *) self->text;
  guint n = 0, chars = 0;

  if (self->checkpoints != NULL)
    return;

  self->checkpoints = g_new (guint, self->length / CHECKPOINT + 1);
  for (gsize i = 0; i < self->n_bytes; i++)
    if ((p[i] & 0xC0) != 0x80)
      {
        if (chars % CHECKPOINT == 0)
          self->checkpoints[n++] = (guint) i;
        chars++;
      }
  if (n == 0)
    self->checkpoints[0] = 0;
}

static const char *
char_to_pointer (DossierArticle *self,
                 guint           offset)
{
  const char *p;

  if (offset >= self->length)
    return self->text + self->n_bytes;
  ensure_checkpoints (self);
  p = self->text + self->checkpoints[offset / CHECKPOINT];
  return g_utf8_offset_to_pointer (p, offset % CHECKPOINT);
}

/**
 * dossier_article_dup_slice:
 *
 * Returns: (transfer full): the text between two character offsets
 *   (clamped to the text)
 */
char *
dossier_article_dup_slice (DossierArticle *self,
                           guint           start,
                           guint           end)
{
  const char *s, *e;

  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);

  if (end < start)
    end = start;
  s = char_to_pointer (self, start);
  e = end - start < CHECKPOINT && end < self->length
    ? g_utf8_offset_to_pointer (s, end - start)
    : char_to_pointer (self, end);
  return g_strndup (s, e - s);
}

const char *
dossier_article_get_source_path (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return self->source_path;
}

const char *
dossier_article_get_source_sha256 (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return self->source_sha256;
}

const char *
dossier_article_get_source_encoding (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return self->source_encoding;
}

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

void
dossier_article_set_source (DossierArticle *self,
                            const char     *path,
                            const char     *sha256,
                            const char     *encoding)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (set_string (&self->source_path, path))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE_PATH]);
  if (set_string (&self->source_sha256, sha256))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE_SHA256]);
  if (set_string (&self->source_encoding, encoding))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE_ENCODING]);
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
dossier_article_get_title (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return self->title;
}

void
dossier_article_set_title (DossierArticle *self,
                           const char     *title)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE (self));
  if (set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static gboolean
set_strv (char               ***field,
          const char * const   *value)
{
  if (value == NULL)
    value = empty_strv;
  if (*field != NULL && g_strv_equal ((const char * const *) *field, value))
    return FALSE;
  if (*field == NULL && value[0] == NULL)
    return FALSE;
  g_strfreev (*field);
  *field = g_strdupv ((char **) value);
  return TRUE;
}

const char * const *
dossier_article_get_authors (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return self->authors != NULL ? (const char * const *) self->authors : empty_strv;
}

void
dossier_article_set_authors (DossierArticle     *self,
                             const char * const *authors)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE (self));
  if (set_strv (&self->authors, authors))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHORS]);
}

const char * const *
dossier_article_get_contributors (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return self->contributors != NULL ? (const char * const *) self->contributors : empty_strv;
}

void
dossier_article_set_contributors (DossierArticle     *self,
                                  const char * const *contributors)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE (self));
  if (set_strv (&self->contributors, contributors))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTRIBUTORS]);
}

const char * const *
dossier_article_get_credits (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return self->credits != NULL ? (const char * const *) self->credits : empty_strv;
}

void
dossier_article_set_credits (DossierArticle     *self,
                             const char * const *credits)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE (self));
  if (set_strv (&self->credits, credits))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREDITS]);
}

const char *
dossier_article_get_outlet (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return self->outlet;
}

void
dossier_article_set_outlet (DossierArticle *self,
                            const char     *outlet)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE (self));
  if (set_string (&self->outlet, outlet))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTLET]);
}

const char *
dossier_article_get_dateline (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return self->dateline;
}

void
dossier_article_set_dateline (DossierArticle *self,
                              const char     *dateline)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE (self));
  if (set_string (&self->dateline, dateline))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATELINE]);
}

const char *
dossier_article_get_published (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return self->published;
}

void
dossier_article_set_published (DossierArticle *self,
                               const char     *published)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE (self));
  if (set_string (&self->published, published))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PUBLISHED]);
}

gboolean
dossier_article_get_body (DossierArticle *self,
                          guint          *start,
                          guint          *end)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), FALSE);

  if (start != NULL)
    *start = self->body_start;
  if (end != NULL)
    *end = self->body_end;
  return self->has_body;
}

void
dossier_article_set_body (DossierArticle *self,
                          guint           start,
                          guint           end)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE (self));
  g_return_if_fail (start <= end);

  self->has_body = TRUE;
  g_object_freeze_notify (G_OBJECT (self));
  if (self->body_start != start)
    {
      self->body_start = start;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY_START]);
    }
  if (self->body_end != end)
    {
      self->body_end = end;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY_END]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * dossier_article_get_entities:
 *
 * Returns: (transfer none): the entities, a GListModel of DossierEntity
 */
GListModel *
dossier_article_get_entities (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  ensure_lists (self);
  return G_LIST_MODEL (self->entities);
}

GListModel *
dossier_article_get_quotes (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  ensure_lists (self);
  return G_LIST_MODEL (self->quotes);
}

GListModel *
dossier_article_get_timexes (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  ensure_lists (self);
  return G_LIST_MODEL (self->timexes);
}

GListModel *
dossier_article_get_events (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  ensure_lists (self);
  return G_LIST_MODEL (self->events);
}

void
dossier_article_add_entity (DossierArticle *self,
                            DossierEntity  *entity)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE (self));
  ensure_lists (self);
  g_return_if_fail (DOSSIER_IS_ENTITY (entity));

  dossier_item_list_append (self->entities, (gpointer const *) &entity, 1);
}

void
dossier_article_add_quote (DossierArticle *self,
                           DossierQuote   *quote)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE (self));
  ensure_lists (self);
  g_return_if_fail (DOSSIER_IS_QUOTE (quote));

  dossier_item_list_append (self->quotes, (gpointer const *) &quote, 1);
}

void
dossier_article_add_timex (DossierArticle *self,
                           DossierTimex   *timex)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE (self));
  ensure_lists (self);
  g_return_if_fail (DOSSIER_IS_TIMEX (timex));

  dossier_item_list_append (self->timexes, (gpointer const *) &timex, 1);
}

void
dossier_article_add_event (DossierArticle *self,
                           DossierEvent   *event)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE (self));
  ensure_lists (self);
  g_return_if_fail (DOSSIER_IS_EVENT (event));

  dossier_item_list_append (self->events, (gpointer const *) &event, 1);
}

void
dossier_article_list_take (GListModel *list,
                           gpointer   *items,
                           guint       n)
{
  DossierItemList *self;
  guint position;

  g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (list, DOSSIER_TYPE_ITEM_LIST));
  g_return_if_fail (items != NULL || n == 0);

  self = (DossierItemList *) list;
  position = self->items->len;
  if (n == 0)
    return;
  g_ptr_array_set_size (self->items, position + n);
  memcpy (self->items->pdata + position, items, n * sizeof (gpointer));
  g_list_model_items_changed (list, position, 0, n);
}

static void
append_all (DossierItemList *list,
            gpointer const  *items,
            guint            n)
{
  dossier_item_list_append (list, items, n);
}

void
dossier_article_add_entities (DossierArticle        *self,
                              DossierEntity * const *entities,
                              guint                  n)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE (self));
  ensure_lists (self);
  g_return_if_fail (entities != NULL || n == 0);

  for (guint i = 0; i < n; i++)
    g_return_if_fail (DOSSIER_IS_ENTITY (entities[i]));
  append_all (self->entities, (gpointer const *) entities, n);
}

void
dossier_article_add_quotes (DossierArticle       *self,
                            DossierQuote * const *quotes,
                            guint                 n)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE (self));
  ensure_lists (self);
  g_return_if_fail (quotes != NULL || n == 0);

  for (guint i = 0; i < n; i++)
    g_return_if_fail (DOSSIER_IS_QUOTE (quotes[i]));
  append_all (self->quotes, (gpointer const *) quotes, n);
}

void
dossier_article_add_timexes (DossierArticle       *self,
                             DossierTimex * const *timexes,
                             guint                 n)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE (self));
  ensure_lists (self);
  g_return_if_fail (timexes != NULL || n == 0);

  for (guint i = 0; i < n; i++)
    g_return_if_fail (DOSSIER_IS_TIMEX (timexes[i]));
  append_all (self->timexes, (gpointer const *) timexes, n);
}

void
dossier_article_add_events (DossierArticle       *self,
                            DossierEvent * const *events,
                            guint                 n)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE (self));
  ensure_lists (self);
  g_return_if_fail (events != NULL || n == 0);

  for (guint i = 0; i < n; i++)
    g_return_if_fail (DOSSIER_IS_EVENT (events[i]));
  append_all (self->events, (gpointer const *) events, n);
}

/**
 * dossier_article_lookup_entity:
 *
 * Returns: (transfer none) (nullable): the entity with @id
 */
DossierEntity *
dossier_article_lookup_entity (DossierArticle *self,
                               const char     *id)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  ensure_lists (self);
  if (id == NULL)
    return NULL;
  if (self->entity_ids == NULL)
    self->entity_ids = g_hash_table_new (g_str_hash, g_str_equal);
  for (; self->n_entity_ids < self->entities->items->len; self->n_entity_ids++)
    {
      DossierEntity *entity = dossier_item_list_peek (self->entities, self->n_entity_ids);
      const char *entity_id = dossier_entity_get_id (entity);

      /* a later item with the same id wins, as it always did */
      if (entity_id != NULL)
        g_hash_table_insert (self->entity_ids, (gpointer) entity_id, entity);
    }
  return g_hash_table_lookup (self->entity_ids, id);
}

/**
 * dossier_article_lookup_quote:
 *
 * Returns: (transfer none) (nullable): the quote with @id
 */
DossierQuote *
dossier_article_lookup_quote (DossierArticle *self,
                              const char     *id)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  ensure_lists (self);
  if (id == NULL)
    return NULL;
  if (self->quote_ids == NULL)
    self->quote_ids = g_hash_table_new (g_str_hash, g_str_equal);
  for (; self->n_quote_ids < self->quotes->items->len; self->n_quote_ids++)
    {
      DossierQuote *quote = dossier_item_list_peek (self->quotes, self->n_quote_ids);
      const char *quote_id = dossier_quote_get_id (quote);

      if (quote_id != NULL)
        g_hash_table_insert (self->quote_ids, (gpointer) quote_id, quote);
    }
  return g_hash_table_lookup (self->quote_ids, id);
}

/**
 * dossier_article_get_quotes_by:
 *
 * Returns: (transfer container) (element-type DossierQuote): the quotes
 *   whose speaker is @entity, in text order
 */
GPtrArray *
dossier_article_get_quotes_by (DossierArticle *self,
                               DossierEntity  *entity)
{
  GPtrArray *result;
  guint n;

  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  ensure_lists (self);

  result = g_ptr_array_new ();
  n = g_list_model_get_n_items (G_LIST_MODEL (self->quotes));
  for (guint i = 0; i < n; i++)
    {
      DossierQuote *quote = dossier_item_list_peek (self->quotes, i);

      if (entity != NULL && dossier_quote_get_speaker (quote) == entity)
        g_ptr_array_add (result, quote);
    }
  return result;
}

/**
 * dossier_article_get_events_of:
 *
 * Returns: (transfer container) (element-type DossierEvent): the events that
 *   name @entity or contain one of its quotes
 */
GPtrArray *
dossier_article_get_events_of (DossierArticle *self,
                               DossierEntity  *entity)
{
  GPtrArray *result;
  guint n;

  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  ensure_lists (self);

  result = g_ptr_array_new ();
  n = g_list_model_get_n_items (G_LIST_MODEL (self->events));
  for (guint i = 0; i < n && entity != NULL; i++)
    {
      DossierEvent *event = dossier_item_list_peek (self->events, i);
      gboolean found = g_ptr_array_find (dossier_event_get_entities (event), entity, NULL);
      GPtrArray *quotes = dossier_event_get_quotes (event);

      for (guint j = 0; !found && j < quotes->len; j++)
        found = dossier_quote_get_speaker (g_ptr_array_index (quotes, j)) == entity;
      if (found)
        g_ptr_array_add (result, event);
    }
  return result;
}

void
dossier_article_update_counts (DossierArticle *self)
{
  g_autoptr(GHashTable) counts = NULL;
  guint n;

  g_return_if_fail (DOSSIER_IS_ARTICLE (self));
  ensure_lists (self);

  counts = g_hash_table_new (NULL, NULL);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->quotes));
  for (guint i = 0; i < n; i++)
    {
      DossierQuote *quote = dossier_item_list_peek (self->quotes, i);
      DossierEntity *speaker = dossier_quote_get_speaker (quote);

      if (speaker != NULL)
        g_hash_table_insert (counts, speaker,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, speaker)) + 1));
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->entities));
  for (guint i = 0; i < n; i++)
    {
      DossierEntity *entity = dossier_item_list_peek (self->entities, i);

      dossier_entity_set_n_quotes (entity, GPOINTER_TO_UINT (g_hash_table_lookup (counts, entity)));
    }
}
