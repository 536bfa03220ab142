/* dossier-loader.c — bytes on disk -> UTF-8 text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * UTF-8 (a BOM is kept as U+FEFF so that offsets match a reader that keeps
 * it), UTF-16 LE/BE with a BOM (the BOM is dropped), anything else that is
 * not valid UTF-8 is read as Windows-1252. NUL bytes mean a binary file.
 * The input is never written to.
 */
#define G_LOG_DOMAIN "dossier-loader"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <nettle/sha2.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#ifdef G_OS_UNIX
#include <unistd.h>
#include <sys/stat.h>
#endif
#ifdef __linux__
#include <sys/mman.h>
#endif

#include "dossier-loader.h"

G_DEFINE_QUARK (dossier-loader-error-quark, dossier_loader_error)

void
dossier_loaded_free (DossierLoaded *loaded)
{
  if (loaded == NULL)
    return;
  g_free (loaded->text);
  g_free (loaded->sha256);
  g_free (loaded);
}

/* Windows-1252 0x80–0x9F; the five undefined bytes keep their C1 code point. */
static const gunichar cp1252_high[32] = {
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

static char *
decode_cp1252 (const guchar *data,
               gsize         length,
               gsize        *out_length)
{
  GString *out = g_string_sized_new (length + length / 8 + 1);

  for (gsize i = 0; i < length; i++)
    {
      guchar b = data[i];

      if (b < 0x80)
        g_string_append_c (out, (char) b);
      else if (b < 0xA0)
        g_string_append_unichar (out, cp1252_high[b - 0x80]);
      else
        g_string_append_unichar (out, b);
    }
  *out_length = out->len;
  return g_string_free (out, FALSE);
}

typedef enum
{
  TEXT_UTF8,     /* valid UTF-8, no NUL byte */
  TEXT_BINARY,   /* a NUL byte */
  TEXT_INVALID,  /* not valid UTF-8, no NUL byte */
} TextCheck;

static inline gboolean
is_continuation (guchar b)
{
  return (b & 0xC0) == 0x80;
}

/* One walk over the text for what memchr (NUL) and g_utf8_validate_len ()
 * would find: ASCII skipped sixteen (SSE2) or eight bytes at a time, the
 * common two- and three-byte characters (é, ’, “) checked here, any other
 * byte from 0x80 up left to GLib's validator with the rest of its run of
 * such bytes. An ASCII byte is never part of a multi-byte sequence, so the
 * runs hold whole characters when the text is valid. */
static TextCheck
check_text (const char *data,
            gsize       length)
{
  const guchar *p = (const guchar *) data;
  gsize i = 0;

  while (i < length)
    {
      gsize k;
      guchar b;

#ifdef __SSE2__
      while (i + 16 <= length)
        {
          __m128i x = _mm_loadu_si128 ((const __m128i *) (const void *) (p + i));

          /* a byte from 0x80 up, or a NUL byte (0xFF from the compare) */
          if (_mm_movemask_epi8 (_mm_or_si128 (x, _mm_cmpeq_epi8 (x, _mm_setzero_si128 ()))) != 0)
            break;
          i += 16;
        }
#endif
      while (i < length && (b = p[i]) < 0x80)
        {
          if (b == '\0')
            return TEXT_BINARY;
          i++;
        }
      if (i >= length)
        break;

      /* U+0080 to U+07FF */
      if (b >= 0xC2 && b <= 0xDF && i + 1 < length && is_continuation (p[i + 1]))
        {
          i += 2;
          continue;
        }
      /* U+1000 to U+CFFF and U+E000 to U+FFFF: never overlong nor a
       * surrogate */
      if (((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) && i + 2 < length &&
          is_continuation (p[i + 1]) && is_continuation (p[i + 2]))
        {
          i += 3;
          continue;
        }
      for (k = i + 1; k < length && p[k] >= 0x80; k++)
        ;
      if (!g_utf8_validate_len (data + i, k - i, NULL))
        return memchr (data + k, '\0', length - k) != NULL ? TEXT_BINARY : TEXT_INVALID;
      i = k;
    }
  return TEXT_UTF8;
}

static char *
display_name (const char *name)
{
  return g_strdup (name != NULL ? name : _("The file"));
}

/* Takes ownership of @data (@length bytes, followed by a NUL byte). */

/* SHA-256 by nettle: its fat build uses the CPU's SHA extensions where they
 * exist (about 4x GChecksum's portable code on 20 MB). The result is the
 * same lowercase hex string g_compute_checksum_for_data() gives. */
static char *
sha256_hex (struct sha256_ctx *ctx)
{
  static const char hex[] = "0123456789abcdef";
  guint8 digest[SHA256_DIGEST_SIZE];
  char *out = g_malloc (SHA256_DIGEST_SIZE * 2 + 1);

  sha256_digest (ctx, SHA256_DIGEST_SIZE, digest);
  for (guint i = 0; i < SHA256_DIGEST_SIZE; i++)
    {
      out[2 * i] = hex[digest[i] >> 4];
      out[2 * i + 1] = hex[digest[i] & 0xf];
    }
  out[SHA256_DIGEST_SIZE * 2] = '\0';

  return out;
}

static char *
checksum_sha256 (const guchar *bytes,
                 gsize         length)
{
  struct sha256_ctx ctx;

  sha256_init (&ctx);
  while (length > 0)
    {
      gsize piece = MIN (length, (gsize) G_MAXUINT32);

      sha256_update (&ctx, piece, bytes);
      bytes += piece;
      length -= piece;
    }
  return sha256_hex (&ctx);
}

/* @acc with the check of one more piece of the text: a NUL byte anywhere
 * makes it binary, else an invalid piece invalid. */
static inline TextCheck
merge_check (TextCheck acc,
             TextCheck piece)
{
  if (acc == TEXT_BINARY || piece == TEXT_BINARY)
    return TEXT_BINARY;
  return acc == TEXT_INVALID || piece == TEXT_INVALID ? TEXT_INVALID : TEXT_UTF8;
}

/* @sha256 (taken) and @known_check, when not NULL, are those of @data,
 * found while it was read. */
static DossierLoaded *
decode_take (char        *data,
             gsize        length,
             const char  *name,
             char        *sha256,
             TextCheck   *known_check,
             GError     **error)
{
  g_autofree char *owned_sha256 = sha256;
  g_autofree char *owned = data;
  g_autoptr(DossierLoaded) loaded = NULL;
  const guchar *bytes = (const guchar *) data;
  TextCheck check;

  if (length > DOSSIER_LOADER_MAX_SIZE)
    {
      g_autofree char *size = g_format_size (length);

      g_set_error (error, DOSSIER_LOADER_ERROR, DOSSIER_LOADER_ERROR_TOO_LARGE,
                   _("%s is too large (%s; the limit is 64 MB)"), name, size);
      return NULL;
    }

  loaded = g_new0 (DossierLoaded, 1);
  if (owned_sha256 != NULL)
    loaded->sha256 = g_steal_pointer (&owned_sha256);
  else
    loaded->sha256 = checksum_sha256 (bytes, length);

  if (length >= 2 &&
      ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
    {
      gboolean le = bytes[0] == 0xFF;
      const char *codeset = le ? "UTF-16LE" : "UTF-16BE";
      g_autoptr(GError) local_error = NULL;
      gsize n_read = 0, n_written = 0;
      char *text;

      if ((length - 2) % 2 != 0)
        {
          g_set_error (error, DOSSIER_LOADER_ERROR, DOSSIER_LOADER_ERROR_ENCODING,
                       _("%s starts like a UTF-16 file but is not valid UTF-16"), name);
          return NULL;
        }
      text = g_convert (data + 2, length - 2, "UTF-8", codeset,
                        &n_read, &n_written, &local_error);
      if (text == NULL)
        {
          g_set_error (error, DOSSIER_LOADER_ERROR, DOSSIER_LOADER_ERROR_ENCODING,
                       _("%s starts like a UTF-16 file but is not valid UTF-16"), name);
          return NULL;
        }
      if (memchr (text, '\0', n_written) != NULL)
        {
          g_free (text);
          g_set_error (error, DOSSIER_LOADER_ERROR, DOSSIER_LOADER_ERROR_BINARY,
                       _("%s is not a text file (it contains binary data)"), name);
          return NULL;
        }
      loaded->text = text;
      loaded->length = n_written;
      loaded->encoding = codeset;
      return g_steal_pointer (&loaded);
    }

  check = known_check != NULL ? *known_check : check_text (data, length);
  if (check == TEXT_BINARY)
    {
      g_set_error (error, DOSSIER_LOADER_ERROR, DOSSIER_LOADER_ERROR_BINARY,
                   _("%s is not a text file (it contains binary data)"), name);
      return NULL;
    }

  if (length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
    {
      if (check != TEXT_UTF8)
        {
          g_set_error (error, DOSSIER_LOADER_ERROR, DOSSIER_LOADER_ERROR_ENCODING,
                       _("%s starts like a UTF-8 file but is not valid UTF-8"), name);
          return NULL;
        }
      /* The BOM stays in the text as U+FEFF: offsets count it. */
      loaded->text = g_steal_pointer (&owned);
      loaded->length = length;
      loaded->encoding = "UTF-8";
      return g_steal_pointer (&loaded);
    }

  if (check == TEXT_UTF8)
    {
      loaded->text = g_steal_pointer (&owned);
      loaded->length = length;
      loaded->encoding = "UTF-8";
      return g_steal_pointer (&loaded);
    }

  loaded->text = decode_cp1252 (bytes, length, &loaded->length);
  loaded->encoding = "WINDOWS-1252";
  return g_steal_pointer (&loaded);
}

/**
 * dossier_loader_decode:
 * @bytes: the contents of a file
 * @display_name: (nullable): the file's name for error messages
 *
 * Returns: (transfer full): the decoded text, or %NULL with @error set
 */
DossierLoaded *
dossier_loader_decode (GBytes      *bytes,
                       const char  *display_name_,
                       GError     **error)
{
  g_autofree char *name = display_name (display_name_);
  const char *data;
  gsize length;
  char *copy;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (length > DOSSIER_LOADER_MAX_SIZE)
    return decode_take (NULL, length, name, NULL, NULL, error);
  copy = g_malloc (length + 1);
  if (length > 0)
    memcpy (copy, data, length);
  copy[length] = '\0';
  return decode_take (copy, length, name, NULL, NULL, error);
}

/* A regular local file of @size bytes in one buffer (NUL-terminated), on
 * large pages where the system has them (a page fault every 2 MB instead
 * of every 4 kB). FALSE, with nothing read, on any trouble: the caller
 * then reads the file the ordinary way. */
static gboolean
read_local_file (const char  *path,
                 goffset      size,
                 char       **contents,
                 gsize       *length,
                 char       **sha256,
                 TextCheck   *check)
{
#ifdef G_OS_UNIX
  /* read in pieces, each hashed and checked while it is in the cache:
   * ~1.5 ms less than three whole passes on 20 MB */
  const gsize piece = 256u << 10;
  struct sha256_ctx ctx;
  TextCheck acc = TEXT_UTF8;
  gsize checked = 0;
  struct stat st;
  char *buf;
  gsize got = 0;
  int fd;

  if (size < 0 || size > DOSSIER_LOADER_MAX_SIZE)
    return FALSE;
  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return FALSE;
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode) || st.st_size != size)
    {
      close (fd);
      return FALSE;
    }
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  {
    const gsize huge = 2u << 20;
    void *aligned = NULL;
    guintptr from, to;

    /* a large buffer starts on a large page: its head too is read into
     * large pages (0.8k page faults fewer on 20 MB than from wherever
     * the allocator starts it); g_free() frees it as any block */
    if ((gsize) size >= 2 * huge && posix_memalign (&aligned, huge, (gsize) size + 1) == 0)
      buf = aligned;
    else
      buf = g_malloc ((gsize) size + 1);
    from = ((guintptr) buf + huge - 1) & ~(guintptr) (huge - 1);
    to = ((guintptr) buf + (gsize) size) & ~(guintptr) (huge - 1);
    if (to > from)
      madvise ((void *) from, to - from, MADV_HUGEPAGE);
  }
#else
  buf = g_malloc ((gsize) size + 1);
#endif
  sha256_init (&ctx);
  while (got < (gsize) size)
    {
      gssize n = read (fd, buf + got, MIN ((gsize) size - got, piece));

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      sha256_update (&ctx, (gsize) n, (const guint8 *) buf + got);
      got += (gsize) n;
      /* the text up to a character's start a few bytes back (UTF-8 is
       * valid iff its parts cut before a non-continuation byte are; a
       * fourth continuation byte in a row is invalid either way) */
      if (got < (gsize) size && got - checked >= piece)
        {
          gsize cut = got - 4;

          for (int back = 0; back < 3 && cut > checked && is_continuation ((guchar) buf[cut]); back++)
            cut--;
          acc = merge_check (acc, check_text (buf + checked, cut - checked));
          checked = cut;
        }
    }
  close (fd);
  if (got != (gsize) size)
    {
      g_free (buf);
      return FALSE;
    }
  buf[got] = '\0';
  acc = merge_check (acc, check_text (buf + checked, got - checked));
  *contents = buf;
  *length = got;
  *sha256 = sha256_hex (&ctx);
  *check = acc;
  return TRUE;
#else
  return FALSE;
#endif
}

static char *
file_display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  if (basename == NULL)
    return g_file_get_parse_name (file);
  return g_filename_display_name (basename);
}

/**
 * dossier_loader_load:
 *
 * Reads and decodes @file. Blocks: call it from a worker thread in the UI.
 *
 * Returns: (transfer full): the decoded text, or %NULL with @error set
 */
DossierLoaded *
dossier_loader_load (GFile         *file,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = file_display_name (file);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, DOSSIER_LOADER_ERROR, DOSSIER_LOADER_ERROR_UNREADABLE,
                     _("%s could not be read: there is no such file"), name);
      else
        g_set_error (error, DOSSIER_LOADER_ERROR, DOSSIER_LOADER_ERROR_UNREADABLE,
                     _("%s could not be read: %s"), name, local_error->message);
      return NULL;
    }

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, DOSSIER_LOADER_ERROR, DOSSIER_LOADER_ERROR_UNREADABLE,
                   _("%s could not be read: it is a folder"), name);
      return NULL;
    }

  if (g_file_info_get_size (info) > DOSSIER_LOADER_MAX_SIZE)
    {
      g_autofree char *size = g_format_size (g_file_info_get_size (info));

      g_set_error (error, DOSSIER_LOADER_ERROR, DOSSIER_LOADER_ERROR_TOO_LARGE,
                   _("%s is too large (%s; the limit is 64 MB)"), name, size);
      return NULL;
    }

  /* A local file in one read (GIO's g_file_load_contents() reads in small
   * blocks: three times slower on a large file); anything else, or any
   * failure, through GIO as before. */
  if (g_file_peek_path (file) != NULL)
    {
      char *sha256 = NULL;
      TextCheck check;

      if (read_local_file (g_file_peek_path (file), g_file_info_get_size (info), &contents, &length,
                           &sha256, &check))
        return decode_take (contents, length, name, sha256, &check, error);
      if (g_file_get_contents (g_file_peek_path (file), &contents, &length, NULL))
        return decode_take (contents, length, name, NULL, NULL, error);
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, DOSSIER_LOADER_ERROR, DOSSIER_LOADER_ERROR_UNREADABLE,
                     _("%s could not be read: %s"), name, local_error->message);
      return NULL;
    }

  /* g_file_load_contents() NUL-terminates the contents. */
  return decode_take (contents, length, name, NULL, NULL, error);
}
