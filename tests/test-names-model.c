/* test-names-model.c — the names tagger's weights laid out at build time
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tools/names-model-bin.py lays out data/lexicon/names-model.txt for the
 * tagger to use in place (names-model.bin): every row of the text must be
 * found in its table with the same weights, and it must hold no other.
 */
#include "config.h"

#include <gio/gio.h>
#include <stdlib.h>
#include <string.h>

#define N_TAGS 9
#define PREFIX "/io/github/dossier/Dossier/lexicon/"

static guint32
read_u32 (const guchar *p)
{
  return (guint32) p[0] | (guint32) p[1] << 8 | (guint32) p[2] << 16 | (guint32) p[3] << 24;
}

/* The weights of @key in the blob, or NULL. */
static const guchar *
blob_row (const guchar *data, guint32 key)
{
  guint32 n_slots = read_u32 (data + 12);
  const guchar *slots = data + 16;
  const guchar *rows = slots + (gsize) n_slots * 8;
  guint32 mask = n_slots - 1, slot = (key ^ (key >> 15)) & mask;

  while (read_u32 (slots + (gsize) slot * 8 + 4) != 0)
    {
      if (read_u32 (slots + (gsize) slot * 8) == key)
        return rows + (gsize) (read_u32 (slots + (gsize) slot * 8 + 4) - 1) * N_TAGS * 4;
      slot = (slot + 1) & mask;
    }
  return NULL;
}

static void
test_blob_matches_text (void)
{
  g_autoptr(GBytes) text = g_resources_lookup_data (PREFIX "names-model.txt", 0, NULL);
  g_autoptr(GBytes) blob = g_resources_lookup_data (PREFIX "names-model.bin", 0, NULL);
  g_autoptr(GHashTable) keys = g_hash_table_new (NULL, NULL);
  g_auto(GStrv) lines = NULL;
  const guchar *data;
  gsize size;
  guint n_rows = 0;

  g_assert_nonnull (text);
  g_assert_nonnull (blob);
  data = g_bytes_get_data (blob, &size);
  g_assert_cmpuint (size, >=, 16);
  g_assert_cmpint (memcmp (data, "DNMB", 4), ==, 0);
  g_assert_cmpuint (read_u32 (data + 4), ==, 1);
  g_assert_cmpuint (size, ==, 16 + (gsize) read_u32 (data + 12) * 8 + (gsize) read_u32 (data + 8) * N_TAGS * 4);

  lines = g_strsplit (g_bytes_get_data (text, NULL), "\n", -1);
  for (guint l = 0; lines[l] != NULL; l++)
    {
      char *p = lines[l], *end;
      guint32 key;
      const guchar *row;

      if (*p == '\0' || *p == '#')
        continue;
      key = (guint32) strtoul (p, &end, 16);
      g_assert_true (end == p + 8 && *end == '\t');
      /* (the first row of a key counts, as in the tagger) */
      if (g_hash_table_contains (keys, GUINT_TO_POINTER (key)))
        continue;
      g_hash_table_add (keys, GUINT_TO_POINTER (key));
      row = blob_row (data, key);
      g_assert_nonnull (row);
      p = end;
      for (guint c = 0; c < N_TAGS; c++)
        {
          long w = strtol (p, &end, 10);
          g_assert_true (end > p);
          g_assert_cmpint ((gint32) read_u32 (row + c * 4), ==, w);
          p = end;
        }
      g_assert_cmpint (*p, ==, '\0');
      n_rows++;
    }
  g_assert_cmpuint (n_rows, >, 1000);
  g_assert_cmpuint (read_u32 (data + 8), ==, n_rows);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/names-model/blob-matches-text", test_blob_matches_text);
  return g_test_run ();
}
