/* dossier-entity.c
 *
 * Copyright 2026 The Dossier authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dossier-entity"

#include "config.h"

#include <string.h>

#include "dossier-entity.h"
#include "dossier-model-private.h"

struct _DossierEntity
{
  GObject            parent_instance;

  char              *id;
  char              *name;
  DossierEntityKind  kind;
  char              *role;
  char             **aliases;   /* NULL-terminated; NULL until the first */
  guint              n_aliases;
  guint              aliases_alloc;  /* slots, the NULL's included */
  DossierSpan       *mentions;  /* their texts point into text_buf */
  guint              n_mentions;
  guint              mentions_alloc;
  char              *text_buf;  /* the mention texts, each NUL-terminated */
  gsize              text_len;
  gsize              text_alloc;
  guint              n_quotes;
  char              *strings;   /* id and the first name, in one block */
  gboolean           name_in_strings;
  gboolean           text_in_mentions;  /* text_buf is in the block of mentions */
  DossierStrChunk   *chunk;     /* id and name (strings NULL), and the
                                 * block of mentions while mentions_pooled,
                                 * in this chunk of a pool, or NULL */
  gboolean           mentions_pooled;
};

G_DEFINE_FINAL_TYPE (DossierEntity, dossier_entity, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_KIND,
  PROP_ROLE,
  PROP_ALIASES,
  PROP_N_MENTIONS,
  PROP_N_QUOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What an entity with no alias returns: most have none, and an array
 * each would cost an allocation or two per entity. */
static const char * const no_aliases[] = { NULL };

/* Appends a copy of @alias; @room: how many may come, for the first
 * allocation. */
static void
push_alias (DossierEntity *self,
            const char    *alias,
            guint          room)
{
  if (self->n_aliases + 2 > self->aliases_alloc)
    {
      self->aliases_alloc = MAX (MAX (room + 1, self->aliases_alloc * 2), 4);
      self->aliases = g_renew (char *, self->aliases, self->aliases_alloc);
    }
  self->aliases[self->n_aliases++] = g_strdup (alias);
  self->aliases[self->n_aliases] = NULL;
}

static void
clear_aliases (DossierEntity *self)
{
  for (guint i = 0; i < self->n_aliases; i++)
    g_free (self->aliases[i]);
  g_clear_pointer (&self->aliases, g_free);
  self->n_aliases = self->aliases_alloc = 0;
}

static gboolean
has_alias (DossierEntity *self,
           const char    *alias)
{
  for (guint i = 0; i < self->n_aliases; i++)
    if (strcmp (self->aliases[i], alias) == 0)
      return TRUE;
  return FALSE;
}

static void
dossier_entity_finalize (GObject *object)
{
  DossierEntity *self = (DossierEntity *) object;

  if (!self->name_in_strings)
    g_free (self->name);
  g_free (self->strings);
  g_free (self->role);
  clear_aliases (self);
  if (!self->text_in_mentions)
    g_free (self->text_buf);
  if (!self->mentions_pooled)
    g_free (self->mentions);
  dossier_str_chunk_unref (self->chunk);

  G_OBJECT_CLASS (dossier_entity_parent_class)->finalize (object);
}

static void
dossier_entity_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DossierEntity *self = DOSSIER_ENTITY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;
    case PROP_ALIASES:
      g_value_set_boxed (value, dossier_entity_get_aliases (self));
      break;
    case PROP_N_MENTIONS:
      g_value_set_uint (value, self->n_mentions);
      break;
    case PROP_N_QUOTES:
      g_value_set_uint (value, self->n_quotes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_entity_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DossierEntity *self = DOSSIER_ENTITY (object);

  switch (prop_id)
    {
    case PROP_NAME:
      dossier_entity_set_name (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      dossier_entity_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_ROLE:
      dossier_entity_set_role (self, g_value_get_string (value));
      break;
    case PROP_ALIASES:
      {
        const char * const *aliases = g_value_get_boxed (value);

        clear_aliases (self);
        for (guint i = 0; aliases != NULL && aliases[i] != NULL; i++)
          push_alias (self, aliases[i], 1);
        g_object_notify_by_pspec (object, pspec);
      }
      break;
    case PROP_N_QUOTES:
      dossier_entity_set_n_quotes (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_entity_class_init (DossierEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dossier_entity_finalize;
  object_class->get_property = dossier_entity_get_property;
  object_class->set_property = dossier_entity_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       DOSSIER_TYPE_ENTITY_KIND, DOSSIER_ENTITY_OTHER,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ALIASES] =
    g_param_spec_boxed ("aliases", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_MENTIONS] =
    g_param_spec_uint ("n-mentions", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_QUOTES] =
    g_param_spec_uint ("n-quotes", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_entity_init (DossierEntity *self)
{
  self->kind = DOSSIER_ENTITY_OTHER;
}

DossierEntity *
dossier_entity_new (const char        *id,
                    const char        *name,
                    DossierEntityKind  kind)
{
  DossierEntity *self = g_object_new (DOSSIER_TYPE_ENTITY, NULL);

  /* Fields set directly: faster than construct properties. */
  {
    const char *in[2] = { id, name };
    char *out[2];

    self->strings = dossier_strdup_block (2, in, out);
    self->id = out[0];
    self->name = out[1];
    self->name_in_strings = TRUE;
  }
  self->kind = kind;
  return self;
}

const char *
dossier_entity_get_id (DossierEntity *self)
{
  g_return_val_if_fail (DOSSIER_IS_ENTITY (self), NULL);
  return self->id;
}

const char *
dossier_entity_get_name (DossierEntity *self)
{
  g_return_val_if_fail (DOSSIER_IS_ENTITY (self), NULL);
  return self->name;
}

void
dossier_entity_set_name (DossierEntity *self,
                         const char    *name)
{
  g_return_if_fail (DOSSIER_IS_ENTITY (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;
  if (!self->name_in_strings)
    g_free (self->name);
  self->name = g_strdup (name);
  self->name_in_strings = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

DossierEntityKind
dossier_entity_get_kind (DossierEntity *self)
{
  g_return_val_if_fail (DOSSIER_IS_ENTITY (self), DOSSIER_ENTITY_OTHER);
  return self->kind;
}

void
dossier_entity_set_kind (DossierEntity     *self,
                         DossierEntityKind  kind)
{
  g_return_if_fail (DOSSIER_IS_ENTITY (self));

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
dossier_entity_get_role (DossierEntity *self)
{
  g_return_val_if_fail (DOSSIER_IS_ENTITY (self), NULL);
  return self->role;
}

void
dossier_entity_set_role (DossierEntity *self,
                         const char    *role)
{
  g_return_if_fail (DOSSIER_IS_ENTITY (self));

  if (g_strcmp0 (self->role, role) == 0)
    return;
  g_free (self->role);
  self->role = g_strdup (role);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

const char * const *
dossier_entity_get_aliases (DossierEntity *self)
{
  g_return_val_if_fail (DOSSIER_IS_ENTITY (self), NULL);
  if (self->aliases == NULL)
    return no_aliases;
  return (const char * const *) self->aliases;
}

void
dossier_entity_add_alias (DossierEntity *self,
                          const char    *alias)
{
  g_return_if_fail (DOSSIER_IS_ENTITY (self));
  g_return_if_fail (alias != NULL);

  if (g_strcmp0 (self->name, alias) == 0)
    return;
  if (has_alias (self, alias))
    return;
  push_alias (self, alias, 1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIASES]);
}

void
dossier_entity_add_aliases_quiet (DossierEntity      *self,
                                  const char * const *aliases,
                                  guint               n_aliases)
{
  g_return_if_fail (DOSSIER_IS_ENTITY (self));
  g_return_if_fail (aliases != NULL || n_aliases == 0);

  for (guint k = 0; k < n_aliases; k++)
    {
      const char *alias = aliases[k];

      if (alias == NULL || g_strcmp0 (self->name, alias) == 0 || has_alias (self, alias))
        continue;
      push_alias (self, alias, n_aliases - k);
    }
}

const DossierSpan *
dossier_entity_get_mentions (DossierEntity *self,
                             guint         *n_mentions)
{
  g_return_val_if_fail (DOSSIER_IS_ENTITY (self), NULL);

  if (n_mentions != NULL)
    *n_mentions = self->n_mentions;
  return self->mentions;
}

/* g_renew() of the mentions to @alloc, out of the pool's memory if they
 * are there. text_buf must not be in their block (unshare_text()). */
static void
renew_mentions (DossierEntity *self,
                guint          alloc)
{
  if (self->mentions_pooled)
    {
      DossierSpan *copy = g_new (DossierSpan, alloc);

      if (self->n_mentions > 0)
        memcpy (copy, self->mentions, self->n_mentions * sizeof (DossierSpan));
      self->mentions = copy;
      self->mentions_pooled = FALSE;
    }
  else
    self->mentions = g_renew (DossierSpan, self->mentions, alloc);
  self->mentions_alloc = alloc;
}

/* Gives text_buf an allocation of its own when it shares the block of
 * the mentions (see dossier_entity_reserve_mentions()), before either
 * grows. */
static void
unshare_text (DossierEntity *self)
{
  char *text_buf;

  if (!self->text_in_mentions)
    return;
  text_buf = g_malloc (MAX (self->text_alloc, 1));
  memcpy (text_buf, self->text_buf, self->text_len);
  for (guint i = 0; i < self->n_mentions; i++)
    self->mentions[i].text = text_buf + (self->mentions[i].text - self->text_buf);
  self->text_buf = text_buf;
  self->text_in_mentions = FALSE;
}

/* A copy of @text (@len bytes) in text_buf: one buffer for all the
 * mention texts instead of an allocation each (an article can have a
 * million mentions). When the buffer moves, the spans follow it. */
static char *
store_text (DossierEntity *self,
            const char    *text,
            gsize          len)
{
  char *copy;

  if (self->text_len + len + 1 > self->text_alloc)
    {
      guintptr old;
      gsize want = MAX (MAX (self->text_alloc * 2, self->text_len + len + 1), 32);

      unshare_text (self);
      old = (guintptr) self->text_buf;
      self->text_buf = g_realloc (self->text_buf, want);
      self->text_alloc = want;
      if ((guintptr) self->text_buf != old)
        for (guint i = 0; i < self->n_mentions; i++)
          self->mentions[i].text = self->text_buf + ((guintptr) self->mentions[i].text - old);
    }
  copy = self->text_buf + self->text_len;
  if (len > 0)
    memcpy (copy, text, len);
  copy[len] = '\0';
  self->text_len += len + 1;
  return copy;
}

void
dossier_entity_reserve_mentions (DossierEntity *self,
                                 guint          n_mentions,
                                 gsize          text_bytes)
{
  gsize want;

  g_return_if_fail (DOSSIER_IS_ENTITY (self));

  /* the first mentions of an entity (nearly always all of them): the
   * spans and their texts in one block */
  if (self->mentions == NULL && self->text_buf == NULL && n_mentions > 0)
    {
      gsize spans = (gsize) n_mentions * sizeof (DossierSpan);

      self->mentions = g_malloc (spans + text_bytes + n_mentions);
      self->mentions_alloc = n_mentions;
      self->text_buf = (char *) self->mentions + spans;
      self->text_alloc = text_bytes + n_mentions;
      self->text_in_mentions = TRUE;
      return;
    }
  if (self->n_mentions + n_mentions > self->mentions_alloc)
    {
      unshare_text (self);
      renew_mentions (self, self->n_mentions + n_mentions);
    }
  want = self->text_len + text_bytes + n_mentions;
  if (want > self->text_alloc)
    {
      guintptr old;

      unshare_text (self);
      old = (guintptr) self->text_buf;
      self->text_buf = g_realloc (self->text_buf, want);
      self->text_alloc = want;
      if ((guintptr) self->text_buf != old)
        for (guint i = 0; i < self->n_mentions; i++)
          self->mentions[i].text = self->text_buf + ((guintptr) self->mentions[i].text - old);
    }
}

static void
add_mention (DossierEntity *self,
             guint          start,
             guint          end,
             const char    *text,
             gsize          len)
{
  DossierSpan span;
  guint pos;

  /* room first: growing the spans can move the texts (unshare_text()) */
  if (self->n_mentions == self->mentions_alloc)
    {
      unshare_text (self);
      renew_mentions (self, MAX (4, self->mentions_alloc * 2));
    }
  span.start = start;
  span.end = end;
  span.text = store_text (self, text, len);

  /* Keeps the mentions in text order (mentions usually arrive in order):
   * after the last one that starts at or before @start, found by
   * bisection (the speaker mentions of the quotes come late, into an
   * entity that may have thousands) */
  pos = self->n_mentions;
  if (pos > 0 && self->mentions[pos - 1].start > start)
    {
      guint lo = 0, hi = pos - 1;

      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;

          if (self->mentions[mid].start > start)
            hi = mid;
          else
            lo = mid + 1;
        }
      pos = lo;
    }
  if (pos < self->n_mentions)
    memmove (&self->mentions[pos + 1], &self->mentions[pos],
             (self->n_mentions - pos) * sizeof (DossierSpan));
  self->mentions[pos] = span;
  self->n_mentions++;
}

void
dossier_entity_add_mention_quiet (DossierEntity *self,
                                  guint          start,
                                  guint          end,
                                  const char    *text,
                                  gsize          len)
{
  g_return_if_fail (DOSSIER_IS_ENTITY (self));
  g_return_if_fail (start <= end);
  g_return_if_fail (text != NULL || len == 0);

  add_mention (self, start, end, text, len);
}

/* The mentions @all[@indexes[k]] that count (index below @n_all): how
 * many, and the bytes of their texts. */
static guint
count_mentions (const DossierMentionText *all,
                guint                     n_all,
                const guint              *indexes,
                guint                     n_indexes,
                gsize                    *text_bytes)
{
  guint n = 0;

  *text_bytes = 0;
  for (guint k = 0; k < n_indexes; k++)
    if (indexes[k] < n_all)
      {
        *text_bytes += all[indexes[k]].len;
        n++;
      }
  return n;
}

/* Appends the mention @m, room reserved. */
static inline void
append_mention (DossierEntity            *self,
                const DossierMentionText *m)
{
  DossierSpan *span;

  if (G_UNLIKELY (m->start > m->end || (m->text == NULL && m->len > 0)))
    {
      g_critical ("%s: a bad mention", G_STRFUNC);
      return;
    }
  /* out of text order: add_mention() puts it in its place */
  if (G_UNLIKELY (self->n_mentions > 0 &&
                  self->mentions[self->n_mentions - 1].start > m->start))
    {
      add_mention (self, m->start, m->end, m->text, m->len);
      return;
    }
  /* in order, room reserved above: straight at the end */
  span = &self->mentions[self->n_mentions++];
  span->start = m->start;
  span->end = m->end;
  span->text = self->text_buf + self->text_len;
  if (m->len > 0)
    memcpy (span->text, m->text, m->len);
  span->text[m->len] = '\0';
  self->text_len += m->len + 1;
}

/* Appends the mentions, room reserved. */
static void
append_mentions (DossierEntity            *self,
                 const DossierMentionText *all,
                 guint                     n_all,
                 const guint              *indexes,
                 guint                     n_indexes)
{
  for (guint k = 0; k < n_indexes; k++)
    if (indexes[k] < n_all)
      append_mention (self, &all[indexes[k]]);
}

void
dossier_entity_add_mentions_quiet (DossierEntity            *self,
                                   const DossierMentionText *all,
                                   guint                     n_all,
                                   const guint              *indexes,
                                   guint                     n_indexes)
{
  gsize text_bytes;
  guint n;

  g_return_if_fail (DOSSIER_IS_ENTITY (self));
  g_return_if_fail (all != NULL || n_all == 0);
  g_return_if_fail (indexes != NULL || n_indexes == 0);

  n = count_mentions (all, n_all, indexes, n_indexes, &text_bytes);
  if (n == 0)
    return;
  dossier_entity_reserve_mentions (self, n, text_bytes);
  append_mentions (self, all, n_all, indexes, n_indexes);
}

DossierEntity *
dossier_entity_new_pooled (DossierStrPool           *pool,
                           const char               *id,
                           const char               *name,
                           DossierEntityKind         kind,
                           const DossierMentionText *mentions,
                           guint                     n_mentions)
{
  DossierEntity *self;
  gsize id_len, name_len, text_bytes = 0, spans;
  char *block, *p;

  g_return_val_if_fail (mentions != NULL || n_mentions == 0, NULL);

  self = g_object_new (DOSSIER_TYPE_ENTITY, NULL);
  id_len = id != NULL ? strlen (id) : 0;
  name_len = name != NULL ? strlen (name) : 0;
  for (guint k = 0; k < n_mentions; k++)
    text_bytes += mentions[k].len;
  /* the spans (aligned, first), id, name and the mention texts */
  spans = (gsize) n_mentions * sizeof (DossierSpan);
  block = dossier_str_pool_alloc (pool, spans + id_len + 1 + name_len + 1 + text_bytes + n_mentions,
                                  &self->chunk);
  p = block + spans;
  if (id != NULL)
    {
      memcpy (p, id, id_len);
      p[id_len] = '\0';
      self->id = p;
      p += id_len + 1;
    }
  if (name != NULL)
    {
      memcpy (p, name, name_len);
      p[name_len] = '\0';
      self->name = p;
      p += name_len + 1;
    }
  self->name_in_strings = TRUE;
  self->kind = kind;
  if (n_mentions > 0)
    {
      self->mentions = (DossierSpan *) (void *) block;
      self->mentions_alloc = n_mentions;
      self->mentions_pooled = TRUE;
      self->text_buf = p;
      self->text_alloc = text_bytes + n_mentions;
      self->text_in_mentions = TRUE;
      for (guint k = 0; k < n_mentions; k++)
        append_mention (self, &mentions[k]);
    }
  return self;
}

/**
 * dossier_entity_add_mention_len:
 * @text: (array length=len): the text of the mention, not NUL-terminated
 *   necessarily
 * @len: bytes of @text
 *
 * Like dossier_entity_add_mention(), with the text given by its length.
 */
void
dossier_entity_add_mention_len (DossierEntity *self,
                                guint          start,
                                guint          end,
                                const char    *text,
                                gsize          len)
{
  g_return_if_fail (DOSSIER_IS_ENTITY (self));
  g_return_if_fail (start <= end);
  g_return_if_fail (text != NULL || len == 0);

  add_mention (self, start, end, text, len);
  g_object_notify_by_pspec ((GObject *) self, properties[PROP_N_MENTIONS]);
}

void
dossier_entity_add_mention (DossierEntity *self,
                            guint          start,
                            guint          end,
                            const char    *text)
{
  if (text == NULL)
    text = "";
  dossier_entity_add_mention_len (self, start, end, text, strlen (text));
}

guint
dossier_entity_get_n_quotes (DossierEntity *self)
{
  g_return_val_if_fail (DOSSIER_IS_ENTITY (self), 0);
  return self->n_quotes;
}

void
dossier_entity_set_n_quotes (DossierEntity *self,
                             guint          n_quotes)
{
  g_return_if_fail (DOSSIER_IS_ENTITY (self));

  if (self->n_quotes == n_quotes)
    return;
  self->n_quotes = n_quotes;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_QUOTES]);
}

void
dossier_entity_set_n_quotes_quiet (DossierEntity *self,
                                   guint          n_quotes)
{
  self->n_quotes = n_quotes;
}

void
dossier_entity_set_role_quiet (DossierEntity *self,
                               const char    *role)
{
  if (g_strcmp0 (self->role, role) == 0)
    return;
  g_free (self->role);
  self->role = g_strdup (role);
}

void
dossier_entity_view (DossierEntity     *self,
                     DossierEntityView *view)
{
  view->id = self->id;
  view->name = self->name;
  view->kind = self->kind;
  view->role = self->role;
  view->aliases = self->aliases != NULL ? (const char * const *) self->aliases : no_aliases;
  view->mentions = self->mentions;
  view->n_mentions = self->n_mentions;
}

const char *
dossier_entity_peek_id (DossierEntity *self)
{
  return self->id;
}
