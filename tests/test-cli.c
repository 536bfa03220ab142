/* test-cli.c — dossier --analyze, run as a separate process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/wait.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

static char *tmpdir;

typedef struct
{
  char *out;
  char *err;
  int   status;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_dossier (Run                *run,
             const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  /* no display: --analyze must not need one */
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");

  g_ptr_array_add (argv, (gpointer) DOSSIER_BINARY);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (tmpdir, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}

static char *
write_article (const char *name,
               const char *text)
{
  char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  return path;
}

static guint
count_lines (const char *str)
{
  guint n = 0;

  for (const char *p = str; *p != '\0'; p++)
    n += *p == '\n';
  return n;
}

static JsonNode *
parse (const char *json)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (json, &error);

  g_assert_no_error (error);
  g_assert_nonnull (node);
  return node;
}

static void
test_jsonl_with_missing (void)
{
  g_autofree char *a = write_article ("first.txt", "Ada Quill spoke on Friday.\n");
  g_autofree char *b = write_article ("second.txt", "Zoë left on Monday.\r\n");
  g_autofree char *missing = g_build_filename (tmpdir, "not-there.txt", NULL);
  g_auto(Run) run = { 0, };
  g_auto(GStrv) lines = NULL;

  run_dossier (&run, (const char * const[]) { "--analyze", "--format", "jsonl", "--no-text",
                                              a, missing, b, NULL });
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpuint (count_lines (run.out), ==, 2);
  g_assert_cmpuint (count_lines (run.err), ==, 1);
  g_assert_nonnull (strstr (run.err, "not-there.txt"));

  lines = g_strsplit (run.out, "\n", -1);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(JsonNode) node = parse (lines[i]);
      JsonObject *o = json_node_get_object (node);
      const char *path = json_object_get_string_member (json_object_get_object_member (o, "source"), "path");

      g_assert_cmpstr (json_object_get_string_member (o, "format"), ==, "dossier-analysis");
      g_assert_false (json_object_has_member (o, "text"));
      g_assert_true (g_str_has_suffix (path, i == 0 ? "first.txt" : "second.txt"));
    }
}

static void
test_json_single (void)
{
  const char *text = "Zoë Müller said: “Ça va.”\r\n";
  g_autofree char *a = write_article ("single.txt", text);
  g_auto(Run) run = { 0, };
  g_autoptr(JsonNode) node = NULL;
  JsonObject *o;

  run_dossier (&run, (const char * const[]) { "--analyze", a, "--published", "2024-05-01", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  node = parse (run.out);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  o = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (o, "text"), ==, text);
  g_assert_cmpint (json_object_get_int_member (o, "version"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (o, "metadata"), "published"),
                   ==, "2024-05-01");
}

static void
test_json_array (void)
{
  g_autofree char *a = write_article ("one.txt", "One.");
  g_autofree char *b = write_article ("two.txt", "Two.");
  g_auto(Run) run = { 0, };
  g_autoptr(JsonNode) node = NULL;

  run_dossier (&run, (const char * const[]) { "--analyze", "--format", "json", a, b, NULL });
  g_assert_cmpint (run.status, ==, 0);
  node = parse (run.out);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
  g_assert_cmpuint (json_array_get_length (json_node_get_array (node)), ==, 2);
}

static void
test_bad_options (void)
{
  g_autofree char *a = write_article ("opts.txt", "Text.");
  g_auto(Run) run = { 0, };
  g_auto(Run) run2 = { 0, };
  g_auto(Run) run3 = { 0, };

  run_dossier (&run, (const char * const[]) { "--analyze", "--format", "xml", a, NULL });
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "xml"));

  run_dossier (&run2, (const char * const[]) { "--analyze", "--published", "yesterday", a, NULL });
  g_assert_cmpint (run2.status, ==, 2);
  g_assert_nonnull (strstr (run2.err, "yesterday"));

  run_dossier (&run3, (const char * const[]) { "--analyze", "--published", "2024-02-30", a, NULL });
  g_assert_cmpint (run3.status, ==, 2);
}

static void
test_binary_file (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "picture.png", NULL);
  g_auto(Run) run = { 0, };

  g_assert_true (g_file_set_contents (path, "\x89PNG\0\0\0\0", 8, NULL));
  run_dossier (&run, (const char * const[]) { "--analyze", "--format", "jsonl", path, NULL });
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "picture.png"));
  g_assert_cmpuint (count_lines (run.err), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  tmpdir = g_dir_make_tmp ("dossier-cli-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/cli/jsonl-with-missing", test_jsonl_with_missing);
  g_test_add_func ("/cli/json-single", test_json_single);
  g_test_add_func ("/cli/json-array", test_json_array);
  g_test_add_func ("/cli/bad-options", test_bad_options);
  g_test_add_func ("/cli/binary-file", test_binary_file);

  status = g_test_run ();

  {
    g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path = g_build_filename (tmpdir, name, NULL);
        g_remove (path);
      }
    g_rmdir (tmpdir);
  }
  g_free (tmpdir);
  return status;
}
