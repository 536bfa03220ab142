/* dossier-quote.c — one quotation: span, kind, speaker, cue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dossier-quote"

#include "config.h"

#include "dossier-quote.h"
#include "dossier-model-private.h"

struct _DossierQuote
{
  GObject           parent_instance;

  char             *id;
  guint             start;
  guint             end;
  char             *text;
  DossierQuoteKind  kind;
  DossierEntity    *speaker;
  DossierSpan       speaker_mention;
  gboolean          has_speaker_mention;
  DossierSpan       cue;
  gboolean          has_cue;
  char             *strings;  /* id and text, in one block */
  DossierStrChunk  *chunk;    /* or there (and the texts of the spans
                               * marked pooled), when from a pool */
  gboolean          speaker_mention_pooled;
  gboolean          cue_pooled;
};

/* dossier_span_clear() for a span whose text may be in the chunk */
static void
clear_span (DossierSpan *span,
            gboolean    *pooled)
{
  if (*pooled)
    {
      span->text = NULL;
      span->start = span->end = 0;
      *pooled = FALSE;
      return;
    }
  dossier_span_clear (span);
}

G_DEFINE_FINAL_TYPE (DossierQuote, dossier_quote, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_START,
  PROP_END,
  PROP_TEXT,
  PROP_KIND,
  PROP_SPEAKER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dossier_quote_finalize (GObject *object)
{
  DossierQuote *self = (DossierQuote *) object;

  g_free (self->strings);
  g_clear_object (&self->speaker);
  clear_span (&self->speaker_mention, &self->speaker_mention_pooled);
  clear_span (&self->cue, &self->cue_pooled);
  dossier_str_chunk_unref (self->chunk);

  G_OBJECT_CLASS (dossier_quote_parent_class)->finalize (object);
}

static void
dossier_quote_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DossierQuote *self = DOSSIER_QUOTE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_START:
      g_value_set_uint (value, self->start);
      break;
    case PROP_END:
      g_value_set_uint (value, self->end);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_SPEAKER:
      g_value_set_object (value, self->speaker);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_quote_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DossierQuote *self = DOSSIER_QUOTE (object);

  switch (prop_id)
    {
    case PROP_SPEAKER:
      dossier_quote_set_speaker (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_quote_class_init (DossierQuoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dossier_quote_finalize;
  object_class->get_property = dossier_quote_get_property;
  object_class->set_property = dossier_quote_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_START] =
    g_param_spec_uint ("start", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_END] =
    g_param_spec_uint ("end", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       DOSSIER_TYPE_QUOTE_KIND, DOSSIER_QUOTE_DIRECT,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SPEAKER] =
    g_param_spec_object ("speaker", NULL, NULL, DOSSIER_TYPE_ENTITY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_quote_init (DossierQuote *self)
{
}

DossierQuote *
dossier_quote_new (const char       *id,
                   guint             start,
                   guint             end,
                   const char       *text,
                   DossierQuoteKind  kind)
{
  g_return_val_if_fail (start <= end, NULL);

  return dossier_quote_new_len (id, start, end, text, text != NULL ? strlen (text) : 0, kind);
}

DossierQuote *
dossier_quote_new_len (const char       *id,
                       guint             start,
                       guint             end,
                       const char       *text,
                       gsize             text_len,
                       DossierQuoteKind  kind)
{
  DossierQuote *self;

  g_return_val_if_fail (start <= end, NULL);

  /* Fields set directly: an article can hold tens of thousands of quotes
   * and setting construct properties one by one is slow. */
  self = g_object_new (DOSSIER_TYPE_QUOTE, NULL);
  {
    const char *in[2] = { id, text };
    gsize len[2] = { id != NULL ? strlen (id) : 0, text_len };
    char *out[2];

    self->strings = dossier_strdup_block_len (2, in, len, out);
    self->id = out[0];
    self->text = out[1];
  }
  self->start = start;
  self->end = end;
  self->kind = kind;
  return self;
}

DossierQuote *
dossier_quote_new_pooled (DossierStrPool           *pool,
                          const char               *id,
                          guint                     start,
                          guint                     end,
                          const char               *text,
                          gsize                     text_len,
                          DossierQuoteKind          kind,
                          const DossierMentionText *speaker_mention,
                          const DossierMentionText *cue)
{
  DossierQuote *self;
  const char *in[4];
  gsize len[4];
  char *out[4];

  g_return_val_if_fail (start <= end, NULL);

  self = g_object_new (DOSSIER_TYPE_QUOTE, NULL);
  in[0] = id;
  len[0] = id != NULL ? strlen (id) : 0;
  in[1] = text;
  len[1] = text_len;
  in[2] = speaker_mention != NULL ? speaker_mention->text : NULL;
  len[2] = speaker_mention != NULL ? speaker_mention->len : 0;
  in[3] = cue != NULL ? cue->text : NULL;
  len[3] = cue != NULL ? cue->len : 0;
  dossier_str_pool_strdup_block_len (pool, 4, in, len, out, &self->chunk);
  self->id = out[0];
  self->text = out[1];
  self->start = start;
  self->end = end;
  self->kind = kind;
  if (speaker_mention != NULL)
    {
      self->speaker_mention.start = speaker_mention->start;
      self->speaker_mention.end = speaker_mention->end;
      self->speaker_mention.text = out[2];
      self->speaker_mention_pooled = out[2] != NULL;
      self->has_speaker_mention = TRUE;
    }
  if (cue != NULL)
    {
      self->cue.start = cue->start;
      self->cue.end = cue->end;
      self->cue.text = out[3];
      self->cue_pooled = out[3] != NULL;
      self->has_cue = TRUE;
    }
  return self;
}

const char *
dossier_quote_get_id (DossierQuote *self)
{
  g_return_val_if_fail (DOSSIER_IS_QUOTE (self), NULL);
  return self->id;
}

guint
dossier_quote_get_start (DossierQuote *self)
{
  g_return_val_if_fail (DOSSIER_IS_QUOTE (self), 0);
  return self->start;
}

guint
dossier_quote_get_end (DossierQuote *self)
{
  g_return_val_if_fail (DOSSIER_IS_QUOTE (self), 0);
  return self->end;
}

const char *
dossier_quote_get_text (DossierQuote *self)
{
  g_return_val_if_fail (DOSSIER_IS_QUOTE (self), NULL);
  return self->text;
}

DossierQuoteKind
dossier_quote_get_kind (DossierQuote *self)
{
  g_return_val_if_fail (DOSSIER_IS_QUOTE (self), DOSSIER_QUOTE_DIRECT);
  return self->kind;
}

DossierEntity *
dossier_quote_get_speaker (DossierQuote *self)
{
  g_return_val_if_fail (DOSSIER_IS_QUOTE (self), NULL);
  return self->speaker;
}

void
dossier_quote_set_speaker (DossierQuote  *self,
                           DossierEntity *speaker)
{
  g_return_if_fail (DOSSIER_IS_QUOTE (self));
  g_return_if_fail (speaker == NULL || DOSSIER_IS_ENTITY (speaker));

  if (g_set_object (&self->speaker, speaker))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEAKER]);
}

const DossierSpan *
dossier_quote_get_speaker_mention (DossierQuote *self)
{
  g_return_val_if_fail (DOSSIER_IS_QUOTE (self), NULL);
  return self->has_speaker_mention ? &self->speaker_mention : NULL;
}

void
dossier_quote_set_speaker_mention (DossierQuote      *self,
                                   const DossierSpan *span)
{
  g_return_if_fail (DOSSIER_IS_QUOTE (self));

  clear_span (&self->speaker_mention, &self->speaker_mention_pooled);
  self->has_speaker_mention = span != NULL;
  if (span != NULL)
    dossier_span_copy_to (span, &self->speaker_mention);
}

const DossierSpan *
dossier_quote_get_cue (DossierQuote *self)
{
  g_return_val_if_fail (DOSSIER_IS_QUOTE (self), NULL);
  return self->has_cue ? &self->cue : NULL;
}

void
dossier_quote_set_cue (DossierQuote      *self,
                       const DossierSpan *span)
{
  g_return_if_fail (DOSSIER_IS_QUOTE (self));

  clear_span (&self->cue, &self->cue_pooled);
  self->has_cue = span != NULL;
  if (span != NULL)
    dossier_span_copy_to (span, &self->cue);
}

void
dossier_quote_set_speaker_quiet (DossierQuote  *self,
                                 DossierEntity *speaker)
{
  g_set_object (&self->speaker, speaker);
}

static void
set_span_len (DossierSpan *span,
              gboolean    *pooled,
              guint        start,
              guint        end,
              const char  *text,
              gsize        len)
{
  clear_span (span, pooled);
  span->start = start;
  span->end = end;
  span->text = text != NULL ? g_strndup (text, len) : NULL;
}

void
dossier_quote_set_speaker_mention_len (DossierQuote *self,
                                       guint         start,
                                       guint         end,
                                       const char   *text,
                                       gsize         len)
{
  set_span_len (&self->speaker_mention, &self->speaker_mention_pooled, start, end, text, len);
  self->has_speaker_mention = TRUE;
}

void
dossier_quote_set_cue_len (DossierQuote *self,
                           guint         start,
                           guint         end,
                           const char   *text,
                           gsize         len)
{
  set_span_len (&self->cue, &self->cue_pooled, start, end, text, len);
  self->has_cue = TRUE;
}

void
dossier_quote_view (DossierQuote     *self,
                    DossierQuoteView *view)
{
  view->id = self->id;
  view->start = self->start;
  view->end = self->end;
  view->text = self->text;
  view->kind = self->kind;
  view->speaker = self->speaker;
  view->speaker_mention = self->has_speaker_mention ? &self->speaker_mention : NULL;
  view->cue = self->has_cue ? &self->cue : NULL;
}

const char *
dossier_quote_peek_id (DossierQuote *self)
{
  return self->id;
}
