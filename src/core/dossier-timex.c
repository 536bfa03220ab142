/* dossier-timex.c — one temporal expression with its normalised value
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dossier-timex"

#include "config.h"

#include <string.h>

#include "dossier-timex.h"
#include "dossier-model-private.h"

struct _DossierTimex
{
  GObject           parent_instance;

  guint             start;
  guint             end;
  char             *text;
  DossierTimexType  type;
  char             *value;
  char             *mod;
  char             *anchor;
  char             *strings;  /* text and value, in one block */
  DossierStrChunk  *chunk;    /* or there, when they came from a pool */
  char              anchor_buf[16];  /* a short anchor ("t12", "published") */
};

G_DEFINE_FINAL_TYPE (DossierTimex, dossier_timex, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_START,
  PROP_END,
  PROP_TEXT,
  PROP_TIMEX_TYPE,
  PROP_VALUE,
  PROP_MOD,
  PROP_ANCHOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dossier_timex_finalize (GObject *object)
{
  DossierTimex *self = (DossierTimex *) object;

  g_free (self->strings);
  dossier_str_chunk_unref (self->chunk);
  g_free (self->mod);
  if (self->anchor != self->anchor_buf)
    g_free (self->anchor);

  G_OBJECT_CLASS (dossier_timex_parent_class)->finalize (object);
}

static void
dossier_timex_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DossierTimex *self = DOSSIER_TIMEX (object);

  switch (prop_id)
    {
    case PROP_START:
      g_value_set_uint (value, self->start);
      break;
    case PROP_END:
      g_value_set_uint (value, self->end);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_TIMEX_TYPE:
      g_value_set_enum (value, self->type);
      break;
    case PROP_VALUE:
      g_value_set_string (value, self->value);
      break;
    case PROP_MOD:
      g_value_set_string (value, self->mod);
      break;
    case PROP_ANCHOR:
      g_value_set_string (value, self->anchor);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_timex_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DossierTimex *self = DOSSIER_TIMEX (object);

  switch (prop_id)
    {
    case PROP_MOD:
      dossier_timex_set_mod (self, g_value_get_string (value));
      break;
    case PROP_ANCHOR:
      dossier_timex_set_anchor (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_timex_class_init (DossierTimexClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dossier_timex_finalize;
  object_class->get_property = dossier_timex_get_property;
  object_class->set_property = dossier_timex_set_property;

  properties[PROP_START] =
    g_param_spec_uint ("start", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_END] =
    g_param_spec_uint ("end", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TIMEX_TYPE] =
    g_param_spec_enum ("timex-type", NULL, NULL,
                       DOSSIER_TYPE_TIMEX_TYPE, DOSSIER_TIMEX_DATE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_VALUE] =
    g_param_spec_string ("value", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MOD] =
    g_param_spec_string ("mod", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ANCHOR] =
    g_param_spec_string ("anchor", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_timex_init (DossierTimex *self)
{
}

DossierTimex *
dossier_timex_new (guint             start,
                   guint             end,
                   const char       *text,
                   DossierTimexType  type,
                   const char       *value)
{
  g_return_val_if_fail (start <= end, NULL);

  return dossier_timex_new_len (start, end, text, text != NULL ? strlen (text) : 0,
                                type, value);
}

/* A timex with its strings in @pool, or in a block of its own when
 * @pool is NULL. Fields set directly: construct properties one by one are
 * slow, and an article can hold tens of thousands of timexes. */
static DossierTimex *
timex_new (DossierStrPool   *pool,
           guint             start,
           guint             end,
           const char       *text,
           gsize             text_len,
           DossierTimexType  type,
           const char       *value)
{
  DossierTimex *self;
  const char *in[2] = { text, value };
  gsize len[2] = { text_len, value != NULL ? strlen (value) : 0 };
  char *out[2];

  g_return_val_if_fail (start <= end, NULL);

  self = g_object_new (DOSSIER_TYPE_TIMEX, NULL);
  self->start = start;
  self->end = end;
  if (pool != NULL)
    dossier_str_pool_strdup_block_len (pool, 2, in, len, out, &self->chunk);
  else
    self->strings = dossier_strdup_block_len (2, in, len, out);
  self->text = out[0];
  self->value = out[1];
  self->type = type;
  return self;
}

DossierTimex *
dossier_timex_new_len (guint             start,
                       guint             end,
                       const char       *text,
                       gsize             text_len,
                       DossierTimexType  type,
                       const char       *value)
{
  return timex_new (NULL, start, end, text, text_len, type, value);
}

DossierTimex *
dossier_timex_new_pooled (DossierStrPool   *pool,
                          guint             start,
                          guint             end,
                          const char       *text,
                          gsize             text_len,
                          DossierTimexType  type,
                          const char       *value)
{
  return timex_new (pool, start, end, text, text_len, type, value);
}

guint
dossier_timex_get_start (DossierTimex *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMEX (self), 0);
  return self->start;
}

guint
dossier_timex_get_end (DossierTimex *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMEX (self), 0);
  return self->end;
}

const char *
dossier_timex_get_text (DossierTimex *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMEX (self), NULL);
  return self->text;
}

DossierTimexType
dossier_timex_get_timex_type (DossierTimex *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMEX (self), DOSSIER_TIMEX_DATE);
  return self->type;
}

const char *
dossier_timex_get_value (DossierTimex *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMEX (self), NULL);
  return self->value;
}

const char *
dossier_timex_get_mod (DossierTimex *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMEX (self), NULL);
  return self->mod;
}

void
dossier_timex_set_mod (DossierTimex *self,
                       const char   *mod)
{
  g_return_if_fail (DOSSIER_IS_TIMEX (self));

  if (g_strcmp0 (self->mod, mod) == 0)
    return;
  g_free (self->mod);
  self->mod = g_strdup (mod);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MOD]);
}

const char *
dossier_timex_get_anchor (DossierTimex *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMEX (self), NULL);
  return self->anchor;
}

void
dossier_timex_set_anchor (DossierTimex *self,
                          const char   *anchor)
{
  g_return_if_fail (DOSSIER_IS_TIMEX (self));

  if (g_strcmp0 (self->anchor, anchor) == 0)
    return;
  dossier_timex_set_anchor_quiet (self, anchor);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANCHOR]);
}

void
dossier_timex_set_anchor_quiet (DossierTimex *self,
                                const char   *anchor)
{
  gsize len = anchor != NULL ? strlen (anchor) : 0;

  if (self->anchor != self->anchor_buf)
    g_free (self->anchor);
  if (anchor != NULL && len < sizeof self->anchor_buf)
    {
      memcpy (self->anchor_buf, anchor, len + 1);
      self->anchor = self->anchor_buf;
    }
  else
    self->anchor = g_strdup (anchor);
}

void
dossier_timex_view (DossierTimex     *self,
                    DossierTimexView *view)
{
  view->start = self->start;
  view->end = self->end;
  view->text = self->text;
  view->type = self->type;
  view->value = self->value;
  view->mod = self->mod;
  view->anchor = self->anchor;
}
