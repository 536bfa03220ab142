/* dossier-lexicon.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dossier-lexicon"

#include "config.h"

#include <gio/gio.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

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

/* The tables' hash: whole words of the key at a time (g_str_hash ()
 * takes a byte at a time; ~60k keys are hashed at start-up). Nobody
 * depends on the tables' order: the callers iterate them only to fill
 * sets and bit maps. */
static guint
lex_str_hash (gconstpointer key)
{
  const guchar *s = key;
  gsize len = strlen (key);
  guint64 h = (guint64) len * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  const guint64 k = G_GUINT64_CONSTANT (0xFF51AFD7ED558CCD);

  for (; len >= 8; s += 8, len -= 8)
    {
      guint64 w;

      memcpy (&w, s, 8);
      h = (h ^ w) * k;
    }
  if (len >= 4)
    {
      guint32 a, b;

      memcpy (&a, s, 4);
      memcpy (&b, s + len - 4, 4);
      h = (h ^ (((guint64) a << 32) | b)) * k;
    }
  else if (len > 0)
    h = (h ^ (s[0] | ((guint64) s[len / 2] << 8) | ((guint64) s[len - 1] << 16))) * k;
  h ^= h >> 32;
  return (guint) (h ^ (h >> 15));
}

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
  GHashTable *table = g_hash_table_new (lex_str_hash, g_str_equal);
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  char *copy = g_malloc (size + 1);
  char *end = copy + size;
  char *line = copy;
  gsize n_entries = 0, room = 256;
  Entry *entries = g_new (Entry, room);

  if (size > 0)
    memcpy (copy, data, size);
  *end = '\0';
  g_ptr_array_add (owned, copy);
  while (line < end)
    {
      char *stop = line;
      char *tab = NULL;
      char *next;

      /* the line's end and its first tab, in one walk (lines are short) */
#ifdef __SSE2__
      while (end - stop >= 16)
        {
          __m128i x = _mm_loadu_si128 ((const __m128i *) (const void *) stop);
          int m = _mm_movemask_epi8 (_mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (x, _mm_set1_epi8 ('\n')),
                                                                 _mm_cmpeq_epi8 (x, _mm_set1_epi8 ('\t'))),
                                                   _mm_cmpeq_epi8 (x, _mm_setzero_si128 ())));

          if (m == 0)
            {
              stop += 16;
              continue;
            }
          stop += __builtin_ctz ((unsigned) m);
          if (*stop != '\t')
            break;
          if (tab == NULL)
            tab = stop;
          stop++;
        }
#endif
      while (*stop != '\n' && *stop != '\0')
        {
          if (*stop == '\t' && tab == NULL)
            tab = stop;
          stop++;
        }
      next = stop < end ? stop + 1 : end;
      while (stop > line && (stop[-1] == '\r' || stop[-1] == ' ' || stop[-1] == '\t'))
        stop--;
      if (stop > line && line[0] != '#')
        {
          Entry *e;

          if (n_entries == room)
            {
              room *= 2;
              entries = g_renew (Entry, entries, room);
            }
          e = &entries[n_entries++];
          *stop = '\0';
          e->key = line;
          e->value = "";
          if (tab != NULL && tab < stop)
            {
              *tab = '\0';
              e->value = tab + 1;
            }
          if (fold)
            {
              char *f = g_utf8_casefold (e->key, -1);

              g_ptr_array_add (owned, f);
              e->key = f;
            }
        }
      line = next;
    }
  for (gsize i = n_entries; i > 0; i--)
    g_hash_table_insert (table, (gpointer) entries[i - 1].key, (gpointer) entries[i - 1].value);
  g_free (entries);
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
