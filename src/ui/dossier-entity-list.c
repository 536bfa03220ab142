/* dossier-entity-list.c — the sidebar: entities grouped by kind, with a search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dossier-entity-list"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dossier-entity-list.h"
#include "dossier-style.h"

struct _DossierEntityList
{
  GtkWidget           parent_instance;

  GtkWidget          *search_entry;
  GtkWidget          *scroller;
  GtkWidget          *list_view;
  GtkWidget          *empty_label;

  GListStore         *rows;
  GtkSingleSelection *selection;

  DossierDocument    *document;
  DossierArticle     *article;
  gulong              items_changed_id;

  guint               syncing : 1;
};

G_DEFINE_FINAL_TYPE (DossierEntityList, dossier_entity_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const DossierEntityKind kind_order[] = {
  DOSSIER_ENTITY_PERSON, DOSSIER_ENTITY_ORGANIZATION, DOSSIER_ENTITY_PLACE, DOSSIER_ENTITY_OTHER,
};

static const char *
kind_heading (DossierEntityKind kind)
{
  switch (kind)
    {
    case DOSSIER_ENTITY_PERSON:
      return _("People");
    case DOSSIER_ENTITY_ORGANIZATION:
      return _("Organisations");
    case DOSSIER_ENTITY_PLACE:
      return _("Places");
    case DOSSIER_ENTITY_OTHER:
    default:
      return _("Other");
    }
}

static guint
entity_n_mentions (DossierEntity *entity)
{
  guint n = 0;

  dossier_entity_get_mentions (entity, &n);
  return n;
}

char *
dossier_entity_list_dup_accessible_label (DossierEntity *entity)
{
  guint n_mentions, n_quotes;
  g_autofree char *mentions = NULL;
  g_autofree char *quotes = NULL;

  g_return_val_if_fail (DOSSIER_IS_ENTITY (entity), NULL);

  n_mentions = entity_n_mentions (entity);
  n_quotes = dossier_entity_get_n_quotes (entity);
  mentions = g_strdup_printf (ngettext ("%u mention", "%u mentions", n_mentions), n_mentions);
  quotes = g_strdup_printf (ngettext ("%u quote", "%u quotes", n_quotes), n_quotes);
  /* Translators: name, kind, "N mentions", "N quotes" */
  return g_strdup_printf (_("%s, %s, %s, %s"), dossier_entity_get_name (entity),
                          dossier_style_kind_label (dossier_entity_get_kind (entity)),
                          mentions, quotes);
}

static gboolean
entity_matches (DossierEntity *entity,
                const char    *needle)
{
  g_autofree char *name = NULL;
  const char * const *aliases;
  guint i;

  if (needle == NULL || *needle == '\0')
    return TRUE;
  name = g_utf8_casefold (dossier_entity_get_name (entity), -1);
  if (strstr (name, needle) != NULL)
    return TRUE;
  aliases = dossier_entity_get_aliases (entity);
  for (i = 0; aliases != NULL && aliases[i] != NULL; i++)
    {
      g_autofree char *alias = g_utf8_casefold (aliases[i], -1);

      if (strstr (alias, needle) != NULL)
        return TRUE;
    }
  return FALSE;
}

static int
compare_entities (gconstpointer a,
                  gconstpointer b)
{
  DossierEntity *ea = *(DossierEntity **) a;
  DossierEntity *eb = *(DossierEntity **) b;
  guint qa = dossier_entity_get_n_quotes (ea), qb = dossier_entity_get_n_quotes (eb);
  guint ma = entity_n_mentions (ea), mb = entity_n_mentions (eb);

  if (ma + qa != mb + qb)
    return (ma + qa) > (mb + qb) ? -1 : 1;
  return g_utf8_collate (dossier_entity_get_name (ea), dossier_entity_get_name (eb));
}

static guint
find_entity_position (DossierEntityList *self,
                      DossierEntity     *entity)
{
  guint i, n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));

  if (entity == NULL)
    return GTK_INVALID_LIST_POSITION;
  for (i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->rows), i);

      if (item == (GObject *) entity)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
sync_selection_from_document (DossierEntityList *self)
{
  DossierEntity *entity = NULL;
  guint position;

  if (self->document != NULL)
    entity = dossier_document_get_selected_entity (self->document);
  position = find_entity_position (self, entity);

  self->syncing = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->syncing = FALSE;

  if (position != GTK_INVALID_LIST_POSITION && gtk_widget_get_mapped (self->list_view))
    gtk_widget_activate_action (self->list_view, "list.scroll-to-item", "u", position);
}

static void
rebuild (DossierEntityList *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *needle = NULL;
  const char *search;
  GListModel *entities = NULL;
  guint n = 0, k, i;

  search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  if (search != NULL && *search != '\0')
    needle = g_utf8_casefold (search, -1);

  if (self->article != NULL)
    {
      entities = dossier_article_get_entities (self->article);
      n = g_list_model_get_n_items (entities);
    }

  for (k = 0; k < G_N_ELEMENTS (kind_order); k++)
    {
      g_autoptr(GPtrArray) group = g_ptr_array_new_with_free_func (g_object_unref);
      g_autofree char *heading = NULL;
      GtkStringObject *header;

      for (i = 0; i < n; i++)
        {
          DossierEntity *entity = g_list_model_get_item (entities, i);

          if (dossier_entity_get_kind (entity) == kind_order[k] && entity_matches (entity, needle))
            g_ptr_array_add (group, entity);
          else
            g_object_unref (entity);
        }
      if (group->len == 0)
        continue;

      g_ptr_array_sort (group, compare_entities);
      heading = g_strdup_printf ("%s (%u)", kind_heading (kind_order[k]), group->len);
      header = gtk_string_object_new (heading);
      g_object_set_data (G_OBJECT (header), "dossier-kind", GUINT_TO_POINTER (kind_order[k]));
      g_ptr_array_add (items, header);
      for (i = 0; i < group->len; i++)
        g_ptr_array_add (items, g_object_ref (g_ptr_array_index (group, i)));
    }

  self->syncing = TRUE;
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       items->pdata, items->len);
  self->syncing = FALSE;

  if (items->len == 0)
    gtk_label_set_text (GTK_LABEL (self->empty_label),
                        self->article == NULL ? "" :
                        needle != NULL ? _("No names match the search") :
                        dossier_document_get_busy (self->document) ? _("Looking for names…") :
                        _("No names found"));
  gtk_widget_set_visible (self->empty_label, items->len == 0);
  gtk_widget_set_visible (self->scroller, items->len > 0);

  sync_selection_from_document (self);
}

static void
on_search_changed_cb (DossierEntityList *self)
{
  rebuild (self);
}

static void
on_selection_changed_cb (DossierEntityList *self)
{
  gpointer item;

  if (self->syncing || self->document == NULL)
    return;

  item = gtk_single_selection_get_selected_item (self->selection);
  if (item == NULL)
    {
      dossier_document_set_selected_entity (self->document, NULL);
      return;
    }
  if (!DOSSIER_IS_ENTITY (item))
    {
      /* A heading: put the selection back where the document has it. */
      sync_selection_from_document (self);
      return;
    }
  if (dossier_document_get_selected_entity (self->document) != item)
    {
      dossier_document_set_selected_quote (self->document, NULL);
      dossier_document_set_selected_entity (self->document, item);
    }
}

static void
on_article_changed_cb (DossierEntityList *self)
{
  DossierArticle *article = NULL;

  if (self->document != NULL)
    article = dossier_document_get_article (self->document);
  if (article == self->article)
    {
      rebuild (self);
      return;
    }

  if (self->article != NULL && self->items_changed_id != 0)
    g_signal_handler_disconnect (dossier_article_get_entities (self->article),
                                 self->items_changed_id);
  self->items_changed_id = 0;
  g_set_object (&self->article, article);
  if (article != NULL)
    self->items_changed_id = g_signal_connect_object (dossier_article_get_entities (article),
                                                      "items-changed", G_CALLBACK (rebuild),
                                                      self, G_CONNECT_SWAPPED);
  rebuild (self);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              DossierEntityList        *self)
{
  GtkWidget *stack, *heading, *row, *badge, *icon, *texts, *name, *role, *mentions, *quotes;

  stack = gtk_stack_new ();
  gtk_stack_set_vhomogeneous (GTK_STACK (stack), FALSE);
  gtk_stack_set_hhomogeneous (GTK_STACK (stack), FALSE);

  heading = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (heading), 0.0);
  gtk_widget_add_css_class (heading, "entity-heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_stack_add_named (GTK_STACK (stack), heading, "heading");

  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_widget_add_css_class (row, "entity-row");

  badge = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (badge, "kind-badge");
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (badge, GTK_ALIGN_START);
  gtk_widget_set_hexpand (badge, FALSE);
  icon = gtk_image_new ();
  gtk_image_set_pixel_size (GTK_IMAGE (icon), 12);
  gtk_widget_set_halign (icon, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (badge), icon);
  gtk_box_append (GTK_BOX (row), badge);

  texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  name = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (name), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (name, "entity-name");
  role = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (role), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (role), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (role, "dim-label");
  gtk_widget_add_css_class (role, "entity-role");
  gtk_box_append (GTK_BOX (texts), name);
  gtk_box_append (GTK_BOX (texts), role);
  gtk_box_append (GTK_BOX (row), texts);

  mentions = gtk_label_new (NULL);
  gtk_widget_add_css_class (mentions, "entity-count");
  gtk_widget_add_css_class (mentions, "numeric");
  gtk_widget_set_valign (mentions, GTK_ALIGN_CENTER);
  quotes = gtk_label_new (NULL);
  gtk_widget_add_css_class (quotes, "entity-quotes");
  gtk_widget_add_css_class (quotes, "numeric");
  gtk_widget_set_valign (quotes, GTK_ALIGN_CENTER);
  gtk_label_set_width_chars (GTK_LABEL (quotes), 3);
  gtk_label_set_xalign (GTK_LABEL (quotes), 1.0);
  gtk_box_append (GTK_BOX (row), mentions);
  gtk_box_append (GTK_BOX (row), quotes);
  gtk_stack_add_named (GTK_STACK (stack), row, "entity");

  g_object_set_data (G_OBJECT (stack), "heading", heading);
  g_object_set_data (G_OBJECT (stack), "row", row);
  g_object_set_data (G_OBJECT (stack), "badge", badge);
  g_object_set_data (G_OBJECT (stack), "icon", icon);
  g_object_set_data (G_OBJECT (stack), "name", name);
  g_object_set_data (G_OBJECT (stack), "role", role);
  g_object_set_data (G_OBJECT (stack), "mentions", mentions);
  g_object_set_data (G_OBJECT (stack), "quotes", quotes);
  gtk_list_item_set_child (list_item, stack);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             DossierEntityList        *self)
{
  GtkWidget *stack = gtk_list_item_get_child (list_item);
  gpointer item = gtk_list_item_get_item (list_item);
  GtkWidget *row, *badge, *role_label, *mentions_label, *quotes_label;
  DossierEntity *entity;
  DossierEntityKind kind;
  g_autofree char *label = NULL;
  g_autofree char *mentions_text = NULL;
  g_autofree char *quotes_text = NULL;
  g_autofree char *mentions_tip = NULL;
  g_autofree char *quotes_tip = NULL;
  const char *role;
  guint n_mentions, n_quotes, k;

  if (GTK_IS_STRING_OBJECT (item))
    {
      GtkWidget *heading = g_object_get_data (G_OBJECT (stack), "heading");

      gtk_label_set_text (GTK_LABEL (heading), gtk_string_object_get_string (item));
      gtk_stack_set_visible_child_name (GTK_STACK (stack), "heading");
      gtk_list_item_set_selectable (list_item, FALSE);
      gtk_list_item_set_activatable (list_item, FALSE);
      return;
    }

  entity = DOSSIER_ENTITY (item);
  kind = dossier_entity_get_kind (entity);
  row = g_object_get_data (G_OBJECT (stack), "row");
  badge = g_object_get_data (G_OBJECT (stack), "badge");
  role_label = g_object_get_data (G_OBJECT (stack), "role");
  mentions_label = g_object_get_data (G_OBJECT (stack), "mentions");
  quotes_label = g_object_get_data (G_OBJECT (stack), "quotes");

  gtk_stack_set_visible_child_name (GTK_STACK (stack), "entity");
  gtk_list_item_set_selectable (list_item, TRUE);
  gtk_list_item_set_activatable (list_item, TRUE);

  for (k = 0; k < G_N_ELEMENTS (kind_order); k++)
    gtk_widget_remove_css_class (badge, dossier_style_kind_css_class (kind_order[k]));
  gtk_widget_add_css_class (badge, dossier_style_kind_css_class (kind));
  gtk_widget_set_tooltip_text (badge, dossier_style_kind_label (kind));
  gtk_image_set_from_icon_name (g_object_get_data (G_OBJECT (stack), "icon"),
                                dossier_style_kind_icon_name (kind));

  gtk_label_set_text (g_object_get_data (G_OBJECT (stack), "name"),
                      dossier_entity_get_name (entity));
  role = dossier_entity_get_role (entity);
  gtk_label_set_text (GTK_LABEL (role_label), role != NULL ? role : "");
  gtk_widget_set_visible (role_label, role != NULL && *role != '\0');

  n_mentions = entity_n_mentions (entity);
  n_quotes = dossier_entity_get_n_quotes (entity);
  mentions_text = g_strdup_printf ("%u", n_mentions);
  gtk_label_set_text (GTK_LABEL (mentions_label), mentions_text);
  mentions_tip = g_strdup_printf (ngettext ("%u mention", "%u mentions", n_mentions), n_mentions);
  gtk_widget_set_tooltip_text (mentions_label, mentions_tip);

  /* A quotation mark before the count: the quote cue of the text view. */
  quotes_text = n_quotes > 0 ? g_strdup_printf ("\u201C%u", n_quotes) : g_strdup ("");
  gtk_label_set_text (GTK_LABEL (quotes_label), quotes_text);
  quotes_tip = g_strdup_printf (ngettext ("%u quote", "%u quotes", n_quotes), n_quotes);
  gtk_widget_set_tooltip_text (quotes_label, quotes_tip);

  label = dossier_entity_list_dup_accessible_label (entity);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (stack), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
on_list_activate_cb (GtkListView       *list_view,
                     guint              position,
                     DossierEntityList *self)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->rows), position);

  if (self->document != NULL && DOSSIER_IS_ENTITY (item))
    dossier_document_set_selected_entity (self->document, DOSSIER_ENTITY (item));
}

static void
on_search_activate_cb (DossierEntityList *self)
{
  guint i, n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));

  /* Enter in the search selects the first match. */
  for (i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->rows), i);

      if (DOSSIER_IS_ENTITY (item))
        {
          gtk_single_selection_set_selected (self->selection, i);
          dossier_entity_list_focus_list (self);
          return;
        }
    }
}

static void
on_search_stop_cb (DossierEntityList *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
dossier_entity_list_dispose (GObject *object)
{
  DossierEntityList *self = DOSSIER_ENTITY_LIST (object);

  dossier_entity_list_set_document (self, NULL);
  g_clear_pointer (&self->search_entry, gtk_widget_unparent);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_pointer (&self->empty_label, gtk_widget_unparent);
  g_clear_object (&self->selection);
  g_clear_object (&self->rows);

  G_OBJECT_CLASS (dossier_entity_list_parent_class)->dispose (object);
}

static void
dossier_entity_list_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DossierEntityList *self = DOSSIER_ENTITY_LIST (object);

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
dossier_entity_list_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DossierEntityList *self = DOSSIER_ENTITY_LIST (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      dossier_entity_list_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_entity_list_class_init (DossierEntityListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_entity_list_dispose;
  object_class->get_property = dossier_entity_list_get_property;
  object_class->set_property = dossier_entity_list_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, DOSSIER_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "entitylist");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dossier_entity_list_init (DossierEntityList *self)
{
  GtkListItemFactory *factory;
  GtkShortcutController *shortcuts;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Names in the article"),
                                  -1);

  self->search_entry = gtk_search_entry_new ();
  g_object_set (self->search_entry, "placeholder-text", _("Search names"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search names"),
                                  -1);
  gtk_widget_add_css_class (self->search_entry, "entity-search");
  gtk_widget_set_parent (self->search_entry, GTK_WIDGET (self));
  g_signal_connect_swapped (self->search_entry, "search-changed",
                            G_CALLBACK (on_search_changed_cb), self);
  g_signal_connect_swapped (self->search_entry, "activate",
                            G_CALLBACK (on_search_activate_cb), self);
  g_signal_connect_swapped (self->search_entry, "stop-search",
                            G_CALLBACK (on_search_stop_cb), self);

  self->rows = g_list_store_new (G_TYPE_OBJECT);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->rows)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_swapped (self->selection, "notify::selected",
                            G_CALLBACK (on_selection_changed_cb), self);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  self->list_view = gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)),
                                       factory);
  gtk_widget_add_css_class (self->list_view, "navigation-sidebar");
  gtk_widget_add_css_class (self->list_view, "entity-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Names in the article"),
                                  -1);
  g_signal_connect (self->list_view, "activate", G_CALLBACK (on_list_activate_cb), self);

  /* j/k (the window's quote stepping) work from the list as from the text. */
  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_shortcut_controller_add_shortcut (shortcuts,
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_j, 0),
                      gtk_named_action_new ("win.next-quote")));
  gtk_shortcut_controller_add_shortcut (shortcuts,
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_k, 0),
                      gtk_named_action_new ("win.previous-quote")));
  gtk_widget_add_controller (self->list_view, GTK_EVENT_CONTROLLER (shortcuts));

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (self->scroller, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), self->list_view);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  self->empty_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->empty_label), TRUE);
  gtk_widget_add_css_class (self->empty_label, "dim-label");
  gtk_widget_add_css_class (self->empty_label, "entity-empty");
  gtk_widget_set_vexpand (self->empty_label, TRUE);
  gtk_widget_set_valign (self->empty_label, GTK_ALIGN_START);
  gtk_widget_set_parent (self->empty_label, GTK_WIDGET (self));

  rebuild (self);
}

GtkWidget *
dossier_entity_list_new (void)
{
  return g_object_new (DOSSIER_TYPE_ENTITY_LIST, NULL);
}

DossierDocument *
dossier_entity_list_get_document (DossierEntityList *self)
{
  g_return_val_if_fail (DOSSIER_IS_ENTITY_LIST (self), NULL);
  return self->document;
}

void
dossier_entity_list_set_document (DossierEntityList *self,
                                  DossierDocument   *document)
{
  g_return_if_fail (DOSSIER_IS_ENTITY_LIST (self));
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
      g_signal_connect_object (document, "notify::selected-entity",
                               G_CALLBACK (sync_selection_from_document), self, G_CONNECT_SWAPPED);
    }
  if (self->search_entry != NULL)
    on_article_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

GtkSelectionModel *
dossier_entity_list_get_selection (DossierEntityList *self)
{
  g_return_val_if_fail (DOSSIER_IS_ENTITY_LIST (self), NULL);
  return GTK_SELECTION_MODEL (self->selection);
}

GtkWidget *
dossier_entity_list_get_search_entry (DossierEntityList *self)
{
  g_return_val_if_fail (DOSSIER_IS_ENTITY_LIST (self), NULL);
  return self->search_entry;
}

void
dossier_entity_list_focus_list (DossierEntityList *self)
{
  guint position;

  g_return_if_fail (DOSSIER_IS_ENTITY_LIST (self));

  position = gtk_single_selection_get_selected (self->selection);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (self->list_view, "list.scroll-to-item", "u", position);
  if (!gtk_widget_child_focus (self->list_view, GTK_DIR_TAB_FORWARD))
    gtk_widget_grab_focus (self->search_entry);
}
