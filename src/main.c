/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#ifdef G_OS_UNIX
#include <unistd.h>
#endif

#ifdef DOSSIER_CLI_ONLY
#include <errno.h>
#include "dossier-cli.h"
#else
#include "dossier-application.h"
#endif

#if defined(__linux__) && defined(__GLIBC__)
/* `dossier --analyze` is a batch job over what may be megabytes of text:
 * two memory settings suit it that only the environment can make, as
 * they are read before main() runs: glibc's allocator on large pages
 * where it grows (GLIBC_TUNABLES glibc.malloc.hugetlb=1: a page fault
 * every 2 MB instead of every 4 kB, and fewer TLB misses), and GLib's
 * slice allocator handing the model's objects to malloc (G_SLICE
 * always-malloc, cheaper than its magazines here). So the process starts
 * itself again with them, once. On 20 MB of text: page faults 31k -> 7k,
 * processor time -9 %, peak memory 140 -> 147 MB. Not when the user set
 * either variable (or DOSSIER_NO_REEXEC), and not under valgrind, where
 * the new image would run outside the tool. */
static void
reexec_for_analyze (int   argc,
                    char *argv[])
{
  const char *preload;
  gboolean analyze = FALSE;

  for (int i = 1; i < argc && !analyze; i++)
    {
      if (strcmp (argv[i], "--") == 0)
        break;
      analyze = strcmp (argv[i], "--analyze") == 0;
    }
  if (!analyze || getenv ("GLIBC_TUNABLES") != NULL || getenv ("G_SLICE") != NULL ||
      getenv ("DOSSIER_NO_REEXEC") != NULL)
    return;
  preload = getenv ("LD_PRELOAD");
  if (preload != NULL && strstr (preload, "vgpreload") != NULL)
    return;
  if (setenv ("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1", 1) == 0 &&
      setenv ("G_SLICE", "always-malloc", 1) == 0)
    execv ("/proc/self/exe", argv);
  /* still here: on as we are */
  unsetenv ("GLIBC_TUNABLES");
  unsetenv ("G_SLICE");
}
#endif

static void
init_i18n (void)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

#ifdef DOSSIER_CLI_ONLY
/* `dossier` itself links no GTK: loading GTK's seventy libraries costs
 * ~6 ms a process image, twice with the re-exec above, and --analyze
 * needs none of them. Everything but --analyze (the window,
 * --print-to-pdf, --help, --version alone) is the work of dossier-ui,
 * next to this program in the build tree, else in libexecdir. */
static gboolean
is_analyze (int   argc,
            char *argv[])
{
  gboolean analyze = FALSE;

  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];

      if (strcmp (arg, "--") == 0)
        break;
      if (strcmp (arg, "--analyze") == 0)
        analyze = TRUE;
      /* help: GApplication's own text */
      else if (arg[0] == '-' && arg[1] != '-' && strpbrk (arg + 1, "h?") != NULL)
        return FALSE;
      else if (strncmp (arg, "--help", 6) == 0)
        return FALSE;
    }
  return analyze;
}

static int
run_ui (char *argv[])
{
#ifdef __linux__
  char path[4096];
  ssize_t n = readlink ("/proc/self/exe", path, sizeof path - 1);

  if (n > 0)
    {
      char *slash;

      path[n] = '\0';
      slash = strrchr (path, '/');
      if (slash != NULL && (gsize) (slash - path) + sizeof "/dossier-ui" <= sizeof path)
        {
          strcpy (slash + 1, "dossier-ui");
          if (access (path, X_OK) == 0)
            execv (path, argv);
        }
    }
#endif
  execv (DOSSIER_UI_PATH, argv);
  g_printerr ("dossier: %s: %s\n", DOSSIER_UI_PATH, g_strerror (errno));
  return 1;
}

#if defined(__linux__) && defined(__GLIBC__)
static gboolean
env_has (char *const *envp,
         const char  *name_eq)
{
  gsize n = strlen (name_eq);

  for (; *envp != NULL; envp++)
    if (strncmp (*envp, name_eq, n) == 0)
      return TRUE;
  return FALSE;
}

/* The re-exec of --analyze as early as can be: from the program's
 * preinit_array, which glibc runs after relocation but before any
 * library's constructor (GObject's type system, GIO's resources,
 * libselinux's probing), none of which this first image needs. Only
 * plain libc here, and no getenv () (libc is not set up yet): the
 * environment as given, two variables added at its end. main () tries
 * again the ordinary way should this return. */
static void
preinit_reexec (int    argc,
                char **argv,
                char **envp)
{
  static const char *const added[] = { "GLIBC_TUNABLES=glibc.malloc.hugetlb=1", "G_SLICE=always-malloc" };
  char *env[1024];
  gsize n = 0;

  if (argv == NULL || envp == NULL || !is_analyze (argc, argv) ||
      env_has (envp, "GLIBC_TUNABLES=") || env_has (envp, "G_SLICE=") ||
      env_has (envp, "DOSSIER_NO_REEXEC="))
    return;
  for (char *const *e = envp; *e != NULL; e++)
    {
      if (strncmp (*e, "LD_PRELOAD=", 11) == 0 && strstr (*e, "vgpreload") != NULL)
        return;
      if (n + G_N_ELEMENTS (added) + 1 >= G_N_ELEMENTS (env))
        return;
      env[n++] = *e;
    }
  for (gsize i = 0; i < G_N_ELEMENTS (added); i++)
    env[n++] = (char *) added[i];
  env[n] = NULL;
  execve ("/proc/self/exe", argv, env);
}

__attribute__ ((section (".preinit_array"), used))
static void (*const dossier_preinit) (int, char **, char **) = preinit_reexec;
#endif

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!is_analyze (argc, argv))
    return run_ui (argv);
#if defined(__linux__) && defined(__GLIBC__)
  reexec_for_analyze (argc, argv);
#endif
  init_i18n ();

  status = dossier_cli_main (argc, argv);
  if (status < 0)
    return run_ui (argv);
  return status;
}
#else
int
main (int   argc,
      char *argv[])
{
  g_autoptr(DossierApplication) app = NULL;

#if defined(__linux__) && defined(__GLIBC__)
  reexec_for_analyze (argc, argv);
#endif
  init_i18n ();

  app = dossier_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
#endif
