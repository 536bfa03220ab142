/* test-loader.c — bytes on disk -> UTF-8 text: encodings, BOM, errors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "dossier-loader.h"

static char *tmpdir;

static GFile *
write_file (const char *name,
            const char *data,
            gssize      length)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static DossierLoaded *
load_ok (const char *name,
         const char *data,
         gssize      length)
{
  g_autoptr(GFile) file = write_file (name, data, length);
  g_autoptr(GError) error = NULL;
  DossierLoaded *loaded = dossier_loader_load (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_true (g_utf8_validate (loaded->text, loaded->length, NULL));
  g_assert_cmpuint (strlen (loaded->text), ==, loaded->length);
  return loaded;
}

static void
assert_load_error (GFile      *file,
                   int         code,
                   const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierLoaded) loaded = dossier_loader_load (file, NULL, &error);

  g_assert_null (loaded);
  g_assert_error (error, DOSSIER_LOADER_ERROR, code);
  g_assert_nonnull (strstr (error->message, name));
}

static void
test_utf8 (void)
{
  const char *text = "Zoë said “hello”.\n";
  g_autoptr(DossierLoaded) loaded = load_ok ("utf8.txt", text, -1);
  g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);

  g_assert_cmpstr (loaded->text, ==, text);
  g_assert_cmpstr (loaded->encoding, ==, "UTF-8");
  g_assert_cmpstr (loaded->sha256, ==, sha);
}

static void
test_utf8_bom (void)
{
  g_autoptr(DossierLoaded) loaded = load_ok ("bom.txt", "\xEF\xBB\xBFHi é", -1);

  /* The BOM stays, as U+FEFF: offsets count it as a reader that keeps it does. */
  g_assert_cmpstr (loaded->text, ==, "\xEF\xBB\xBFHi é");
  g_assert_cmpstr (loaded->encoding, ==, "UTF-8");
}

static void
test_utf16 (void)
{
  /* "Hé\r\n€" */
  static const char le[] = "\xFF\xFE" "H\0\xE9\0\r\0\n\0\xAC\x20";
  static const char be[] = "\xFE\xFF" "\0H\0\xE9\0\r\0\n\x20\xAC";
  g_autoptr(DossierLoaded) l = load_ok ("le.txt", le, sizeof le - 1);
  g_autoptr(DossierLoaded) b = load_ok ("be.txt", be, sizeof be - 1);

  g_assert_cmpstr (l->text, ==, "Hé\r\n€");
  g_assert_cmpstr (l->encoding, ==, "UTF-16LE");
  g_assert_cmpstr (b->text, ==, "Hé\r\n€");
  g_assert_cmpstr (b->encoding, ==, "UTF-16BE");
}

static void
test_utf16_bad (void)
{
  static const char odd[] = "\xFF\xFE" "H\0i";
  g_autoptr(GFile) file = write_file ("odd16.txt", odd, sizeof odd - 1);

  assert_load_error (file, DOSSIER_LOADER_ERROR_ENCODING, "odd16.txt");
}

static void
test_cp1252 (void)
{
  /* caf\xE9 \x93quoted\x94 \x80 5 and an undefined byte \x81 */
  static const char data[] = "caf\xE9 \x93quoted\x94 \x80" "5 \x81";
  g_autoptr(DossierLoaded) loaded = load_ok ("cp1252.txt", data, sizeof data - 1);

  g_assert_cmpstr (loaded->encoding, ==, "WINDOWS-1252");
  g_assert_cmpstr (loaded->text, ==, "café “quoted” €5 \xC2\x81");
}

static void
test_crlf_kept (void)
{
  g_autoptr(DossierLoaded) loaded = load_ok ("crlf.txt", "one\r\ntwo\r\n", -1);

  g_assert_cmpstr (loaded->text, ==, "one\r\ntwo\r\n");
}

static void
test_empty (void)
{
  g_autoptr(DossierLoaded) loaded = load_ok ("empty.txt", "", 0);

  g_assert_cmpstr (loaded->text, ==, "");
  g_assert_cmpuint (loaded->length, ==, 0);
}

static void
test_binary (void)
{
  static const char data[] = "PK\x03\x04\0\0binary";
  g_autoptr(GFile) file = write_file ("archive.zip", data, sizeof data - 1);

  assert_load_error (file, DOSSIER_LOADER_ERROR_BINARY, "archive.zip");
}

static void
test_too_large (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "huge.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

  g_assert_cmpint (fd, >=, 0);
  /* sparse: instant, and takes no disk space */
  g_assert_cmpint (ftruncate (fd, 65 * 1024 * 1024), ==, 0);
  g_close (fd, NULL);

  assert_load_error (file, DOSSIER_LOADER_ERROR_TOO_LARGE, "huge.txt");
  g_unlink (path);
}

static void
test_too_large_bytes (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierLoaded) loaded = NULL;
  gsize size = DOSSIER_LOADER_MAX_SIZE + 1;
  char *data = g_malloc0 (size);

  memset (data, 'a', size);
  bytes = g_bytes_new_take (data, size);
  loaded = dossier_loader_decode (bytes, "big.txt", &error);
  g_assert_null (loaded);
  g_assert_error (error, DOSSIER_LOADER_ERROR, DOSSIER_LOADER_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "big.txt"));
}

static void
test_missing (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "no-such-article.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  assert_load_error (file, DOSSIER_LOADER_ERROR_UNREADABLE, "no-such-article.txt");
}

static void
test_directory (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "a-folder", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_cmpint (g_mkdir (path, 0755), ==, 0);
  assert_load_error (file, DOSSIER_LOADER_ERROR_UNREADABLE, "a-folder");
}

static void
test_unreadable (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierLoaded) loaded = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root can read any file");
      return;
    }
  file = write_file ("secret.txt", "text", -1);
  g_assert_cmpint (g_chmod (g_file_peek_path (file), 0), ==, 0);
  assert_load_error (file, DOSSIER_LOADER_ERROR_UNREADABLE, "secret.txt");
}

static void
test_decode_bytes (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("plain", 5);
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierLoaded) loaded = dossier_loader_decode (bytes, "x.txt", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (loaded->text, ==, "plain");
}

static void
test_input_untouched (void)
{
  static const char data[] = "caf\xE9\r\n";
  g_autoptr(GFile) file = write_file ("keep.txt", data, sizeof data - 1);
  g_autoptr(DossierLoaded) loaded = dossier_loader_load (file, NULL, NULL);
  g_autofree char *after = NULL;
  gsize length;

  g_assert_nonnull (loaded);
  g_assert_true (g_file_get_contents (g_file_peek_path (file), &after, &length, NULL));
  g_assert_cmpmem (after, length, data, sizeof data - 1);
}

/* The digest of every length around the 64-byte block boundaries (and a
 * large text) is GChecksum's, whichever way the loader computes it. */
static void
test_sha256_lengths (void)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < 3000; i++)
    g_string_append_c (text, (char) ('a' + (i * 7919) % 26));
  for (gsize len = 0; len <= text->len; len += (len < 300 ? 1 : 97))
    {
      g_autoptr(GBytes) bytes = g_bytes_new (text->str, len);
      g_autoptr(GError) error = NULL;
      g_autoptr(DossierLoaded) loaded = dossier_loader_decode (bytes, "t.txt", &error);
      g_autofree char *want = g_compute_checksum_for_data (G_CHECKSUM_SHA256,
                                                           (const guchar *) text->str, len);

      g_assert_no_error (error);
      g_assert_cmpstr (loaded->sha256, ==, want);
    }
  g_string_free (text, TRUE);
}

/* UTF-8 or not, decided as g_utf8_validate_len() does, whatever the
 * position of the odd bytes among ASCII ones. */
static void
test_utf8_validation (void)
{
  static const char * const pieces[] = {
    "\xc3\xa9", "\xe2\x80\x9c", "\xf0\x9f\x98\x80", "\x80", "\xc3", "\xe2\x80",
    "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xff", "\xc3\xa9\xc3",
    "\xe2\x80\x9c\xe2\x80\x9d", "\xef\xbf\xbf", "\xf8\x88\x80\x80\x80",
  };

  for (guint k = 0; k < G_N_ELEMENTS (pieces); k++)
    for (guint before = 0; before < 18; before++)
      for (guint after = 0; after < 10; after += 3)
        {
          g_autoptr(GString) text = g_string_new (NULL);
          g_autoptr(GBytes) bytes = NULL;
          g_autoptr(GError) error = NULL;
          g_autoptr(DossierLoaded) loaded = NULL;
          gboolean valid;

          for (guint j = 0; j < before; j++)
            g_string_append_c (text, 'a' + j % 26);
          g_string_append (text, pieces[k]);
          for (guint j = 0; j < after; j++)
            g_string_append_c (text, 'z');
          valid = g_utf8_validate_len (text->str, text->len, NULL);
          bytes = g_bytes_new (text->str, text->len);
          loaded = dossier_loader_decode (bytes, "v.txt", &error);
          g_assert_no_error (error);
          g_assert_cmpstr (loaded->encoding, ==, valid ? "UTF-8" : "WINDOWS-1252");
        }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  tmpdir = g_dir_make_tmp ("dossier-loader-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/loader/utf8", test_utf8);
  g_test_add_func ("/loader/utf8-bom", test_utf8_bom);
  g_test_add_func ("/loader/utf16", test_utf16);
  g_test_add_func ("/loader/utf16-bad", test_utf16_bad);
  g_test_add_func ("/loader/cp1252", test_cp1252);
  g_test_add_func ("/loader/crlf", test_crlf_kept);
  g_test_add_func ("/loader/empty", test_empty);
  g_test_add_func ("/loader/binary", test_binary);
  g_test_add_func ("/loader/too-large", test_too_large);
  g_test_add_func ("/loader/too-large-bytes", test_too_large_bytes);
  g_test_add_func ("/loader/missing", test_missing);
  g_test_add_func ("/loader/directory", test_directory);
  g_test_add_func ("/loader/unreadable", test_unreadable);
  g_test_add_func ("/loader/decode-bytes", test_decode_bytes);
  g_test_add_func ("/loader/input-untouched", test_input_untouched);
  g_test_add_func ("/loader/sha256-lengths", test_sha256_lengths);
  g_test_add_func ("/loader/utf8-validation", test_utf8_validation);

  status = g_test_run ();

  {
    g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path = g_build_filename (tmpdir, name, NULL);
        if (g_remove (path) != 0)
          g_rmdir (path);
      }
    g_rmdir (tmpdir);
  }
  g_free (tmpdir);
  return status;
}
