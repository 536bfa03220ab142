/* dossier-lexicon.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dossier-lexicon"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "dossier-lexicon.h"

struct _DossierLexicon
{
  GMutex      lock;
  GHashTable *lists;       /* name -> GHashTable (entry -> value) */
  GHashTable *folded;      /* name -> GHashTable (casefolded entry -> value) */
  GPtrArray  *owned;       /* the tables' keys and values */
};

typedef struct
{
  const char *key;
  const char *value;
} Entry;

/* The list's entries in one copy of @bytes, each line cut in place (no
 * allocation per entry); the copy, and with @fold the folded keys, go to
 * @owned (the tables are never freed). The first of equal keys wins: the
 * entries go into the table last to first, so that the first one's value
 * is the one left (one hashing per entry). */
static GHashTable *
parse_list (GBytes    *bytes,
            gboolean   fold,
            GPtrArray *owned)
{
  GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  char *copy = g_malloc (size + 1);
  char *end = copy + size;
  char *line = copy;
  GArray *entries = g_array_new (FALSE, FALSE, sizeof (Entry));

  if (size > 0)
    memcpy (copy, data, size);
  *end = '\0';
  g_ptr_array_add (owned, copy);
  while (line < end)
    {
      char *nl = memchr (line, '\n', end - line);
      char *stop = nl ? nl : end;

      while (stop > line && (stop[-1] == '\r' || stop[-1] == ' ' || stop[-1] == '\t'))
        stop--;
      if (stop > line && line[0] != '#')
        {
          char *tab = memchr (line, '\t', stop - line);
          Entry e;

          *stop = '\0';
          e.key = line;
          e.value = "";
          if (tab)
            {
              *tab = '\0';
              e.value = tab + 1;
            }
          if (fold)
            {
              char *f = g_utf8_casefold (e.key, -1);

              g_ptr_array_add (owned, f);
              e.key = f;
            }
          g_array_append_val (entries, e);
        }
      line = nl ? nl + 1 : end;
    }
  for (guint i = entries->len; i > 0; i--)
    {
      const Entry *e = &g_array_index (entries, Entry, i - 1);

      g_hash_table_insert (table, (gpointer) e->key, (gpointer) e->value);
    }
  g_array_unref (entries);
  return table;
}

static GHashTable *
get_table (DossierLexicon *self,
           const char     *list,
           gboolean        fold)
{
  GHashTable *cache = fold ? self->folded : self->lists;
  GHashTable *table;

  g_mutex_lock (&self->lock);
  table = g_hash_table_lookup (cache, list);
  if (table == NULL)
    {
      g_autofree char *path = g_strdup_printf ("/io/github/dossier/Dossier/lexicon/%s.txt", list);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);

      if (bytes == NULL)
        {
          g_warning ("Lexicon list %s is missing: %s", list, error->message);
          bytes = g_bytes_new_static ("", 0);
        }
      table = parse_list (bytes, fold, self->owned);
      g_hash_table_insert (cache, g_strdup (list), table);
    }
  g_mutex_unlock (&self->lock);
  return table;
}

DossierLexicon *
dossier_lexicon_get_default (void)
{
  static DossierLexicon *lexicon;

  if (g_once_init_enter (&lexicon))
    {
      DossierLexicon *l = g_new0 (DossierLexicon, 1);
      g_mutex_init (&l->lock);
      l->lists = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) g_hash_table_unref);
      l->folded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) g_hash_table_unref);
      l->owned = g_ptr_array_new_with_free_func (g_free);
      g_once_init_leave (&lexicon, l);
    }
  return lexicon;
}

GHashTable *
dossier_lexicon_get_list (DossierLexicon *self,
                          const char     *list)
{
  return get_table (self, list, FALSE);
}

const char *
dossier_lexicon_lookup (DossierLexicon *self,
                        const char     *list,
                        const char     *key,
                        gssize          len)
{
  return dossier_lexicon_table_lookup (get_table (self, list, FALSE), key, len);
}

const char *
dossier_lexicon_table_lookup (GHashTable *table,
                              const char *key,
                              gssize      len)
{
  char buf[256];

  if (len < 0)
    return g_hash_table_lookup (table, key);
  if ((gsize) len >= sizeof buf)
    return NULL;
  memcpy (buf, key, len);
  buf[len] = '\0';
  return g_hash_table_lookup (table, buf);
}

gboolean
dossier_lexicon_contains (DossierLexicon *self,
                          const char     *list,
                          const char     *word,
                          gssize          len)
{
  return dossier_lexicon_lookup (self, list, word, len) != NULL;
}

gboolean
dossier_lexicon_contains_fold (DossierLexicon *self,
                               const char     *list,
                               const char     *word,
                               gssize          len)
{
  GHashTable *table = get_table (self, list, TRUE);
  g_autofree char *folded = g_utf8_casefold (word, len);

  return g_hash_table_contains (table, folded);
}
