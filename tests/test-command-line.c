/* test-command-line.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `rapport --import` and `rapport --export`, run as a user would: the real
 * program, a real database in the test's folder, real files.
 */

#include "config.h"

#include <locale.h>
#include <glib/gstdio.h>

#include "rapport-test-util.h"

typedef struct
{
  int status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_rapport (Run        *run,
             const char *option,
             const char *path)
{
  const char *argv[] = { g_getenv ("RAPPORT_BIN"), option, path, NULL };
  g_autoptr(GError) error = NULL;
  int wait_status;

  g_assert_nonnull (argv[0]);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &run->out, &run->err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "interop", name, NULL);
}

static char *
calendar_fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "calendar", name, NULL);
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

static void
test_import_export (void)
{
  g_autofree char *data_dir = g_dir_make_tmp ("rapport-cli-XXXXXX", NULL);
  g_autofree char *apple = fixture_path ("apple-3.0.vcf");
  g_autofree char *linkedin = fixture_path ("linkedin-current.csv");
  g_autofree char *vcf = g_build_filename (data_dir, "everyone.vcf", NULL);
  g_autofree char *csv = g_build_filename (data_dir, "everyone.csv", NULL);
  g_autofree char *contents = NULL;
  g_auto(Run) first = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) other = { 0 };
  g_auto(Run) out_vcf = { 0 };
  g_auto(Run) out_csv = { 0 };

  g_setenv ("RAPPORT_DATA_DIR", data_dir, TRUE);

  run_rapport (&first, "--import", apple);
  g_assert_cmpint (first.status, ==, 0);
  g_assert_true (g_str_has_prefix (first.out, "Imported "));
  g_assert_nonnull (strstr (first.out, "(vCard): 1 added, 0 updated, 0 already up to date, 0 skipped"));

  /* The same file again changes nothing, and says so. */
  run_rapport (&again, "--import", apple);
  g_assert_cmpint (again.status, ==, 0);
  g_assert_nonnull (strstr (again.out, "0 added, 0 updated, 1 already up to date"));

  /* A LinkedIn file: detected by its content, and its bad rows named. */
  run_rapport (&other, "--import", linkedin);
  g_assert_cmpint (other.status, ==, 0);
  g_assert_nonnull (strstr (other.out, "LinkedIn"));
  g_assert_nonnull (strstr (other.out, "4 added"));
  g_assert_nonnull (strstr (other.err, "Line 11 was skipped: it has no name"));

  /* Everyone out again, in both formats. */
  run_rapport (&out_vcf, "--export", vcf);
  g_assert_cmpint (out_vcf.status, ==, 0);
  g_assert_true (g_file_get_contents (vcf, &contents, NULL, NULL));
  g_assert_cmpuint (count (contents, "BEGIN:VCARD"), ==, 5);
  g_assert_nonnull (strstr (out_vcf.out, "Exported "));
  g_clear_pointer (&contents, g_free);

  run_rapport (&out_csv, "--export", csv);
  g_assert_cmpint (out_csv.status, ==, 0);
  g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "Name,Name Prefix,First Name,"));
  g_assert_cmpuint (count (contents, "\n"), >=, 6);
  g_assert_nonnull (strstr (out_csv.out, "Exported 5 people"));
}

static void
test_failures (void)
{
  g_autofree char *data_dir = g_dir_make_tmp ("rapport-cli-XXXXXX", NULL);
  g_autofree char *photo = fixture_path ("photo.png");
  g_autofree char *db = g_build_filename (data_dir, "rapport.db", NULL);
  g_autofree char *missing = g_build_filename (data_dir, "nowhere.vcf", NULL);
  g_autofree char *wrong_name = g_build_filename (data_dir, "everyone.txt", NULL);
  g_autofree char *apple = fixture_path ("apple-3.0.vcf");
  g_autofree char *kept = NULL;
  g_auto(Run) not_contacts = { 0 };
  g_auto(Run) no_file = { 0 };
  g_auto(Run) bad_name = { 0 };
  g_auto(Run) bad_db = { 0 };

  g_setenv ("RAPPORT_DATA_DIR", data_dir, TRUE);

  /* Not a contacts file: a clear message, a failure status. */
  run_rapport (&not_contacts, "--import", photo);
  g_assert_cmpint (not_contacts.status, ==, 1);
  g_assert_true (g_str_has_prefix (not_contacts.err, "Could not import "));

  run_rapport (&no_file, "--import", missing);
  g_assert_cmpint (no_file.status, ==, 1);

  run_rapport (&bad_name, "--export", wrong_name);
  g_assert_cmpint (bad_name.status, ==, 1);
  g_assert_nonnull (strstr (bad_name.err, ".vcf"));
  g_assert_false (g_file_test (wrong_name, G_FILE_TEST_EXISTS));

  /* A database that is not Rapport's is refused, and left as it was. */
  g_assert_true (g_file_set_contents (db, "my shopping list\n", -1, NULL));
  run_rapport (&bad_db, "--import", apple);
  g_assert_cmpint (bad_db.status, ==, 1);
  g_assert_true (g_file_get_contents (db, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "my shopping list\n");
}

/* An invitation that cannot be read fails as a contacts file does: a
 * message, a failure status, no window, the data as it was. */
static void
test_bad_calendar (void)
{
  g_autofree char *data_dir = g_dir_make_tmp ("rapport-cli-XXXXXX", NULL);
  g_autofree char *apple = fixture_path ("apple-3.0.vcf");
  g_autofree char *invite = calendar_fixture_path ("google-invite.ics");
  g_autofree char *db = g_build_filename (data_dir, "rapport.db", NULL);
  g_autofree char *damaged = g_build_filename (data_dir, "invite.ics", NULL);
  g_autofree char *missing = g_build_filename (data_dir, "nowhere.ics", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len, after_len;
  const char *cut;
  g_auto(Run) setup = { 0 };
  g_auto(Run) bad = { 0 };
  g_auto(Run) no_file = { 0 };

  g_setenv ("RAPPORT_DATA_DIR", data_dir, TRUE);
  run_rapport (&setup, "--import", apple);
  g_assert_cmpint (setup.status, ==, 0);
  g_assert_true (g_file_get_contents (db, &before, &before_len, NULL));

  /* An invitation cut off before its event, as a broken download is. */
  g_assert_true (g_file_get_contents (invite, &contents, NULL, NULL));
  cut = strstr (contents, "BEGIN:VEVENT");
  g_assert_nonnull (cut);
  g_assert_true (g_file_set_contents (damaged, contents, cut - contents, NULL));

  run_rapport (&bad, "--import", damaged);
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_true (g_str_has_prefix (bad.err, "Could not import "));
  g_assert_nonnull (strstr (bad.err, "invite.ics"));
  g_assert_nonnull (strstr (bad.err, "damaged"));

  run_rapport (&no_file, "--import", missing);
  g_assert_cmpint (no_file.status, ==, 1);
  g_assert_true (g_str_has_prefix (no_file.err, "Could not import "));
  g_assert_nonnull (strstr (no_file.err, "nowhere.ics"));

  g_assert_true (g_file_get_contents (db, &after, &after_len, NULL));
  g_assert_cmpmem (after, after_len, before, before_len);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rapport/command-line/import-export", test_import_export);
  g_test_add_func ("/rapport/command-line/failures", test_failures);
  g_test_add_func ("/rapport/command-line/bad-calendar", test_bad_calendar);

  return g_test_run ();
}
