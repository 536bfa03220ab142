/* dossier-document.c — an open article: its file, its article, the selection
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dossier-document"

#include "config.h"

#include "dossier-document.h"

struct _DossierDocument
{
  GObject         parent_instance;

  GFile          *file;
  DossierArticle *article;
  DossierEntity  *selected_entity;
  DossierQuote   *selected_quote;
  DossierEvent   *selected_event;
  guint           modified : 1;
  guint           busy : 1;
};

G_DEFINE_FINAL_TYPE (DossierDocument, dossier_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_ARTICLE,
  PROP_SELECTED_ENTITY,
  PROP_SELECTED_QUOTE,
  PROP_SELECTED_EVENT,
  PROP_MODIFIED,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dossier_document_dispose (GObject *object)
{
  DossierDocument *self = (DossierDocument *) object;

  g_clear_object (&self->file);
  g_clear_object (&self->selected_entity);
  g_clear_object (&self->selected_quote);
  g_clear_object (&self->selected_event);
  g_clear_object (&self->article);

  G_OBJECT_CLASS (dossier_document_parent_class)->dispose (object);
}

static void
dossier_document_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DossierDocument *self = DOSSIER_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;
    case PROP_SELECTED_ENTITY:
      g_value_set_object (value, self->selected_entity);
      break;
    case PROP_SELECTED_QUOTE:
      g_value_set_object (value, self->selected_quote);
      break;
    case PROP_SELECTED_EVENT:
      g_value_set_object (value, self->selected_event);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_document_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DossierDocument *self = DOSSIER_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_FILE:
      dossier_document_set_file (self, g_value_get_object (value));
      break;
    case PROP_ARTICLE:
      dossier_document_set_article (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_ENTITY:
      dossier_document_set_selected_entity (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_QUOTE:
      dossier_document_set_selected_quote (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_EVENT:
      dossier_document_set_selected_event (self, g_value_get_object (value));
      break;
    case PROP_MODIFIED:
      dossier_document_set_modified (self, g_value_get_boolean (value));
      break;
    case PROP_BUSY:
      dossier_document_set_busy (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_document_class_init (DossierDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = dossier_document_dispose;
  object_class->get_property = dossier_document_get_property;
  object_class->set_property = dossier_document_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, rw);
  properties[PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL, DOSSIER_TYPE_ARTICLE, rw);
  properties[PROP_SELECTED_ENTITY] =
    g_param_spec_object ("selected-entity", NULL, NULL, DOSSIER_TYPE_ENTITY, rw);
  properties[PROP_SELECTED_QUOTE] =
    g_param_spec_object ("selected-quote", NULL, NULL, DOSSIER_TYPE_QUOTE, rw);
  properties[PROP_SELECTED_EVENT] =
    g_param_spec_object ("selected-event", NULL, NULL, DOSSIER_TYPE_EVENT, rw);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE, rw);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_document_init (DossierDocument *self)
{
}

DossierDocument *
dossier_document_new (void)
{
  return g_object_new (DOSSIER_TYPE_DOCUMENT, NULL);
}

/**
 * dossier_document_get_file:
 *
 * Returns: (transfer none) (nullable): the file the article came from
 */
GFile *
dossier_document_get_file (DossierDocument *self)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (self), NULL);
  return self->file;
}

void
dossier_document_set_file (DossierDocument *self,
                           GFile           *file)
{
  g_return_if_fail (DOSSIER_IS_DOCUMENT (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

/**
 * dossier_document_get_article:
 *
 * Returns: (transfer none) (nullable): the analysed article
 */
DossierArticle *
dossier_document_get_article (DossierDocument *self)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (self), NULL);
  return self->article;
}

/* Replacing the article clears the selection: the selected objects belong
 * to the old article. */
void
dossier_document_set_article (DossierDocument *self,
                              DossierArticle  *article)
{
  g_return_if_fail (DOSSIER_IS_DOCUMENT (self));
  g_return_if_fail (article == NULL || DOSSIER_IS_ARTICLE (article));

  if (self->article == article)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  dossier_document_set_selected_entity (self, NULL);
  dossier_document_set_selected_quote (self, NULL);
  dossier_document_set_selected_event (self, NULL);
  g_set_object (&self->article, article);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
  g_object_thaw_notify (G_OBJECT (self));
}

DossierEntity *
dossier_document_get_selected_entity (DossierDocument *self)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (self), NULL);
  return self->selected_entity;
}

void
dossier_document_set_selected_entity (DossierDocument *self,
                                      DossierEntity   *entity)
{
  g_return_if_fail (DOSSIER_IS_DOCUMENT (self));
  g_return_if_fail (entity == NULL || DOSSIER_IS_ENTITY (entity));

  if (g_set_object (&self->selected_entity, entity))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ENTITY]);
}

DossierQuote *
dossier_document_get_selected_quote (DossierDocument *self)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (self), NULL);
  return self->selected_quote;
}

void
dossier_document_set_selected_quote (DossierDocument *self,
                                     DossierQuote    *quote)
{
  g_return_if_fail (DOSSIER_IS_DOCUMENT (self));
  g_return_if_fail (quote == NULL || DOSSIER_IS_QUOTE (quote));

  if (g_set_object (&self->selected_quote, quote))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_QUOTE]);
}

DossierEvent *
dossier_document_get_selected_event (DossierDocument *self)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (self), NULL);
  return self->selected_event;
}

void
dossier_document_set_selected_event (DossierDocument *self,
                                     DossierEvent    *event)
{
  g_return_if_fail (DOSSIER_IS_DOCUMENT (self));
  g_return_if_fail (event == NULL || DOSSIER_IS_EVENT (event));

  if (g_set_object (&self->selected_event, event))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_EVENT]);
}

gboolean
dossier_document_get_modified (DossierDocument *self)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (self), FALSE);
  return self->modified;
}

void
dossier_document_set_modified (DossierDocument *self,
                               gboolean         modified)
{
  g_return_if_fail (DOSSIER_IS_DOCUMENT (self));

  modified = !!modified;
  if (self->modified == modified)
    return;
  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

gboolean
dossier_document_get_busy (DossierDocument *self)
{
  g_return_val_if_fail (DOSSIER_IS_DOCUMENT (self), FALSE);
  return self->busy;
}

void
dossier_document_set_busy (DossierDocument *self,
                           gboolean         busy)
{
  g_return_if_fail (DOSSIER_IS_DOCUMENT (self));

  busy = !!busy;
  if (self->busy == busy)
    return;
  self->busy = busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}
