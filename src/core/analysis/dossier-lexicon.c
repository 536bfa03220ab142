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
};

static GHashTable *
parse_list (GBytes *bytes,
            gboolean fold)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  const char *end = data + size;
  const char *line = data;

  while (line < end)
    {
      const char *nl = memchr (line, '\n', end - line);
      const char *stop = nl ? nl : end;
      const char *tab;
      char *key, *value;

      while (stop > line && (stop[-1] == '\r' || stop[-1] == ' ' || stop[-1] == '\t'))
        stop--;
      if (stop > line && line[0] != '#')
        {
          tab = memchr (line, '\t', stop - line);
          if (tab)
            {
              key = g_strndup (line, tab - line);
              value = g_strndup (tab + 1, stop - tab - 1);
            }
          else
            {
              key = g_strndup (line, stop - line);
              value = g_strdup ("");
            }
          if (fold)
            {
              char *f = g_utf8_casefold (key, -1);
              g_free (key);
              key = f;
            }
          if (!g_hash_table_contains (table, key))
            g_hash_table_insert (table, key, value);
          else
            {
              g_free (key);
              g_free (value);
            }
        }
      line = nl ? nl + 1 : end;
    }
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
      table = parse_list (bytes, fold);
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
  GHashTable *table = get_table (self, list, FALSE);
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
