/* dossier-offset-map.h — UTF-8 byte offsets -> character offsets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The passes work on UTF-8 byte offsets (dossier-context.h); the model
 * and the JSON count characters. A sparse table (the character count at
 * every BLOCK bytes, and a bit for each continuation byte of the block)
 * makes an offset a look-up and a bit count; no per-byte table is ever
 * allocated. Shared by the analyzer (the model) and the JSON writer (the
 * document written straight from an analysis context).
 */
#pragma once

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <glib.h>

G_BEGIN_DECLS

#define DOSSIER_OFFSET_BLOCK_SHIFT 6
#define DOSSIER_OFFSET_BLOCK (1u << DOSSIER_OFFSET_BLOCK_SHIFT)

typedef struct
{
  const guchar *text;
  gsize         length;
  guint        *table;      /* table[k] = characters in [0, k * BLOCK) */
  guint64      *cont;       /* cont[k]: bit i set when byte k * BLOCK + i
                             * is a continuation byte (10xxxxxx) */
  gsize         n_blocks;
} DossierOffsetMap;

/* The bits set in @x, inline (x86-64 has no popcnt instruction before
 * x86-64-v2: __builtin_popcountll() is a call then). */
static inline guint
dossier_popcount64 (guint64 x)
{
  x = x - ((x >> 1) & G_GUINT64_CONSTANT (0x5555555555555555));
  x = (x & G_GUINT64_CONSTANT (0x3333333333333333)) +
      ((x >> 2) & G_GUINT64_CONSTANT (0x3333333333333333));
  x = (x + (x >> 4)) & G_GUINT64_CONSTANT (0x0F0F0F0F0F0F0F0F);
  return (guint) ((x * G_GUINT64_CONSTANT (0x0101010101010101)) >> 56);
}

/* The continuation bytes (10xxxxxx) of the BLOCK bytes at @p, a bit
 * each. */
static inline guint64
dossier_offset_continuation_bits (const guchar *p)
{
#ifdef __SSE2__
  /* a continuation byte is below 0xC0 as a signed byte (-128…-65) */
  const __m128i limit = _mm_set1_epi8 ((char) 0xC0);
  guint64 bits = 0;

  for (guint i = 0; i < DOSSIER_OFFSET_BLOCK; i += 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) (const void *) (p + i));

      bits |= (guint64) (guint) _mm_movemask_epi8 (_mm_cmplt_epi8 (v, limit)) << i;
    }
  return bits;
#else
  guint64 bits = 0;

  for (guint i = 0; i < DOSSIER_OFFSET_BLOCK; i++)
    bits |= (guint64) ((p[i] & 0xC0) == 0x80) << i;
  return bits;
#endif
}

static inline void
dossier_offset_map_init (DossierOffsetMap *map,
                         const char       *text,
                         gsize             length)
{
  gsize n_blocks = length / DOSSIER_OFFSET_BLOCK + 1;
  guint chars = 0;

  map->text = (const guchar *) text;
  map->length = length;
  map->table = g_new (guint, n_blocks);
  map->cont = g_new (guint64, n_blocks);
  map->n_blocks = n_blocks;
  for (gsize k = 0; k < n_blocks; k++)
    {
      gsize from = k * DOSSIER_OFFSET_BLOCK;
      guint64 bits;

      if (from + DOSSIER_OFFSET_BLOCK <= length)
        bits = dossier_offset_continuation_bits (map->text + from);
      else
        {
          /* the last block: the bytes after the text are not counted */
          guchar last[DOSSIER_OFFSET_BLOCK] = { 0 };

          memcpy (last, map->text + from, length - from);
          bits = dossier_offset_continuation_bits (last);
        }
      map->table[k] = chars;
      map->cont[k] = bits;
      chars += DOSSIER_OFFSET_BLOCK - dossier_popcount64 (bits);
    }
}

static inline void
dossier_offset_map_clear (DossierOffsetMap *map)
{
  g_clear_pointer (&map->table, g_free);
  g_clear_pointer (&map->cont, g_free);
}

/* Moves @byte back to the start of the character it falls in, and clamps
 * it to the text. */
static inline guint
dossier_offset_snap (const DossierOffsetMap *map,
                     guint                   byte)
{
  if (byte >= map->length)
    return (guint) map->length;
  while (byte > 0 && (map->text[byte] & 0xC0) == 0x80)
    byte--;
  return byte;
}

/* The characters before @byte, which must be snapped (at most the
 * length): the block's count and the lead bytes before @byte in it. */
static inline guint
dossier_offset_map_chars (const DossierOffsetMap *map,
                          guint                   byte)
{
  gsize k = byte >> DOSSIER_OFFSET_BLOCK_SHIFT;
  guint r = byte & (DOSSIER_OFFSET_BLOCK - 1);
  guint64 before = map->cont[k] & ((G_GUINT64_CONSTANT (1) << r) - 1);

  return map->table[k] + r - dossier_popcount64 (before);
}

/* snap() then offset_map_chars(), @byte snapped in place; in a block of
 * ASCII (no continuation byte) without reading the text. */
static inline guint
dossier_offset_map_convert (const DossierOffsetMap *map,
                            guint                  *byte)
{
  gsize k = *byte >> DOSSIER_OFFSET_BLOCK_SHIFT;

  if (*byte < map->length && map->cont[k] == 0)
    return map->table[k] + (*byte & (DOSSIER_OFFSET_BLOCK - 1));
  *byte = dossier_offset_snap (map, *byte);
  return dossier_offset_map_chars (map, *byte);
}

/* A byte range -> a range of characters; *text and *len: its bytes. */
static inline __attribute__ ((always_inline)) void
dossier_offset_convert_range (const DossierOffsetMap *map,
                              guint                   start,
                              guint                   end,
                              guint                  *out_start,
                              guint                  *out_end,
                              const char            **text,
                              gsize                  *len)
{
  guint start_chars = dossier_offset_map_convert (map, &start);
  guint end_chars = dossier_offset_map_convert (map, &end);

  if (end < start)
    {
      end = start;
      end_chars = start_chars;
    }
  *out_start = start_chars;
  *out_end = end_chars;
  *text = (const char *) map->text + start;
  *len = end - start;
}

G_END_DECLS
