/* test-photos.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Photos that cannot hurt: a bomb, a file cut short and a damaged one are
 * imported without their photos, each with a line in the report; the list
 * shows initials until a thumbnail is made off the main thread, keeps it
 * in the database, and never decodes a photo the check refused; the
 * person's page decodes the photo once, not on every keystroke.
 */

#include "config.h"

#include <locale.h>

#include "rapport-avatar.h"
#include "rapport-contact-row.h"
#include "rapport-person-page.h"
#include "rapport-photo-decoder.h"
#include "rapport-test-util.h"
#include "rapport-thumbnailer.h"
#include "rapport-transfer.h"
#include "rapport-ui-test-util.h"

static char *
image_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "images", name, NULL);
}

static GBytes *
load_image (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = image_path (name);
  char *data = NULL;
  gsize len = 0;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, len);
}

static void
test_import_report (void)
{
  static const char *expected[] = {
    "Card 1 (Bruno Bomb): its photo was left out: it declares 20000 × 20000 pixels, "
    "more than Rapport accepts (8192 a side, 40 million in all)",
    "Card 2 (Tilda Truncated): its photo was left out: the image is cut short",
    "Card 3 (Carla Corrupt): its photo was left out: the image is damaged",
    "Card 5: its photo was left out: it declares 60000 × 60000 pixels, "
    "more than Rapport accepts (8192 a side, 40 million in all)",
  };
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autofree char *path = image_path ("photo-bombs.vcf");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportImportReport) report = NULL;
  g_autoptr(GBytes) good = load_image ("photo.jpg");
  g_autoptr(GArray) ids = NULL;
  GPtrArray *problems;

  report = rapport_transfer_import_file (rapport_store_get_path (store), file, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  /* Everyone is imported; only the photos are left out, each said why. */
  g_assert_cmpuint (rapport_import_report_get_added (report)->len, ==, 5);
  problems = rapport_import_report_get_problems (report);
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < problems->len; i++)
    {
      RapportImportProblem *problem = g_ptr_array_index (problems, i);

      g_assert_cmpstr (problem->message, ==, expected[i]);
      g_assert_false (problem->skipped);
    }

  ids = rapport_store_list_contact_ids (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 5);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(RapportContact) contact = rapport_store_get_contact (store, g_array_index (ids, gint64, i), &error);
      g_autofree char *name = rapport_contact_dup_name (contact);

      g_assert_no_error (error);
      if (g_str_equal (name, "Greta Good"))
        g_assert_true (g_bytes_equal (rapport_contact_get_photo (contact), good));
      else
        g_assert_null (rapport_contact_get_photo (contact));
    }
}

static RapportContact *
add_person (RapportStore *store,
            const char   *name,
            const char   *photo_file)
{
  g_autoptr(GBytes) photo = load_image (photo_file);
  RapportContact *contact = test_make_person (name);

  /* Straight into the store, as a database from before the check holds them. */
  rapport_contact_set_photo (contact, photo);
  return test_save_person (store, contact);
}

static gboolean
all_have_thumbnails (gpointer data)
{
  GPtrArray *people = data;

  for (guint i = 0; i < people->len; i++)
    if (rapport_contact_get_thumbnail (g_ptr_array_index (people, i)) == NULL)
      return FALSE;
  return TRUE;
}

static RapportContactRow *
find_row (GtkWidget      *widget,
          RapportContact *contact)
{
  if (RAPPORT_IS_CONTACT_ROW (widget) &&
      rapport_contact_row_get_contact (RAPPORT_CONTACT_ROW (widget)) == contact)
    return RAPPORT_CONTACT_ROW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      RapportContactRow *row = find_row (child, contact);

      if (row != NULL)
        return row;
    }
  return NULL;
}

static GdkPaintable *
row_image (RapportWindow  *window,
           RapportContact *contact)
{
  RapportContactRow *row = find_row (GTK_WIDGET (window), contact);
  GtkWidget *avatar;

  g_assert_nonnull (row);
  avatar = test_find_widget (GTK_WIDGET (row), RAPPORT_TYPE_AVATAR, NULL);
  return rapport_avatar_get_custom_image (RAPPORT_AVATAR (avatar));
}

static void
test_list_thumbnails (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  RapportContact *greta, *bruno, *tilda, *carla, *uma;
  RapportWindow *window;
  guint decodes;

  greta = add_person (store, "Greta Good", "photo.jpg");
  bruno = add_person (store, "Bruno Bomb", "bomb.png");
  tilda = add_person (store, "Tilda Truncated", "truncated.png");
  carla = add_person (store, "Carla Corrupt", "corrupt.jpg");
  uma = add_person (store, "Uma Undecodable", "undecodable.png");
  g_ptr_array_add (people, greta);
  g_ptr_array_add (people, bruno);
  g_ptr_array_add (people, tilda);
  g_ptr_array_add (people, carla);
  g_ptr_array_add (people, uma);

  /* A new window's rows show initials: nothing is decoded on the way. */
  decodes = rapport_photo_get_decode_count ();
  window = g_object_new (RAPPORT_TYPE_WINDOW, "store", store, "default-width", 900, "default-height", 600, NULL);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_until (test_is_laid_out, window);
  g_assert_null (row_image (window, greta));
  g_assert_null (row_image (window, bruno));

  /* Then each gets a thumbnail, made on a worker thread. Only Greta's
   * and Uma's photos ever reach the decoder: the others are refused
   * unread; Uma's, whole but not decodable, fails in the decoder. */
  test_wait_until (all_have_thumbnails, people);
  g_assert_cmpuint (rapport_photo_get_decode_count (), ==, decodes + 2);
  g_assert_cmpuint (g_bytes_get_size (rapport_contact_get_thumbnail (greta)), >, 0);
  g_assert_cmpuint (g_bytes_get_size (rapport_contact_get_thumbnail (bruno)), ==, 0);
  g_assert_cmpuint (g_bytes_get_size (rapport_contact_get_thumbnail (tilda)), ==, 0);
  g_assert_cmpuint (g_bytes_get_size (rapport_contact_get_thumbnail (carla)), ==, 0);
  g_assert_cmpuint (g_bytes_get_size (rapport_contact_get_thumbnail (uma)), ==, 0);
  test_settle ();
  {
    GdkPaintable *image = row_image (window, greta);

    /* 24 × 16 cut square. */
    g_assert_nonnull (image);
    g_assert_cmpint (gdk_paintable_get_intrinsic_width (image), ==, 16);
    g_assert_cmpint (gdk_paintable_get_intrinsic_height (image), ==, 16);
  }
  g_assert_null (row_image (window, bruno));
  g_assert_null (row_image (window, tilda));
  g_assert_null (row_image (window, uma));
  test_close_window (window);

  /* Kept in the file: another connection reads them, and a new window
   * shows Greta's photo at once, decoding nothing. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(RapportStore) again = rapport_store_open (rapport_store_get_path (store), &error);
    g_autoptr(RapportContact) greta_again = NULL;
    g_autoptr(RapportContact) bruno_again = NULL;

    g_assert_no_error (error);
    greta_again = rapport_store_get_contact (again, rapport_contact_get_id (greta), &error);
    bruno_again = rapport_store_get_contact (again, rapport_contact_get_id (bruno), &error);
    g_assert_true (g_bytes_equal (rapport_contact_get_thumbnail (greta_again), rapport_contact_get_thumbnail (greta)));
    g_assert_cmpuint (g_bytes_get_size (rapport_contact_get_thumbnail (bruno_again)), ==, 0);

    decodes = rapport_photo_get_decode_count ();
    window = test_open_window (again, 900, 600);
    g_assert_nonnull (row_image (window, greta_again));
    g_assert_cmpuint (rapport_photo_get_decode_count (), ==, decodes);
    test_close_window (window);
  }

  /* A new photo needs a new thumbnail: the old one goes with the old photo. */
  {
    g_autoptr(GBytes) png = load_image ("photo.png");
    g_autoptr(GError) error = NULL;
    g_autoptr(RapportStore) again = NULL;
    g_autoptr(RapportContact) reread = NULL;

    rapport_contact_set_photo (greta, png);
    g_assert_null (rapport_contact_get_thumbnail (greta));
    rapport_store_save_contact (store, greta, &error);
    g_assert_no_error (error);
    again = rapport_store_open (rapport_store_get_path (store), &error);
    g_assert_no_error (error);
    reread = rapport_store_get_contact (again, rapport_contact_get_id (greta), &error);
    g_assert_no_error (error);
    g_assert_null (rapport_contact_get_thumbnail (reread));
  }
}

static void
count_finalized_cb (gpointer  data,
                    GObject  *where_the_object_was)
{
  (*(guint *) data)++;
}

static gboolean
all_finalized (gpointer data)
{
  return *(guint *) data == 100;
}

/* Scrolling past 100 people with photos holds at most 64 of them (and
 * their photos) waiting for a thumbnail, and none once the list is gone. */
static void
test_thumbnailer_lets_go (void)
{
  RapportThumbnailer *thumbnailer = rapport_thumbnailer_new ();
  g_autoptr(GBytes) photo = load_image ("photo.jpg");
  guint finalized = 0;

  for (guint i = 0; i < 100; i++)
    {
      g_autoptr(RapportContact) contact = rapport_contact_new ();

      rapport_contact_set_photo (contact, photo);
      g_object_weak_ref (G_OBJECT (contact), count_finalized_cb, &finalized);
      rapport_thumbnailer_request (thumbnailer, contact);
    }
  /* The first is being made, the last 64 wait: the 35 between are let go. */
  g_assert_cmpuint (finalized, ==, 35);

  g_object_unref (thumbnailer);
  test_wait_until (all_finalized, &finalized);
}

static gboolean
avatar_has_image (gpointer data)
{
  return adw_avatar_get_custom_image (ADW_AVATAR (data)) != NULL;
}

typedef struct
{
  RapportStore *store;
  RapportContact *contact;
} SavedCheck;

/* Whether what the page shows of @contact's name is in the database. */
static gboolean
name_saved (gpointer data)
{
  SavedCheck *check = data;
  gint64 id = rapport_contact_get_id (check->contact);
  g_autoptr(RapportContact) stored = rapport_store_get_contact (check->store, id, NULL);

  return stored != NULL &&
         g_strcmp0 (rapport_contact_get_display_name (stored), rapport_contact_get_display_name (check->contact)) == 0;
}

/* The page decodes the photo when it changes, not on every keystroke. */
static void
test_page_decodes_once (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) greta = add_person (store, "Greta Good", "photo.jpg");
  g_autoptr(GBytes) png = load_image ("photo.png");
  GtkWidget *window = gtk_window_new ();
  RapportPersonPage *page = g_object_new (RAPPORT_TYPE_PERSON_PAGE, "store", store, NULL);
  GtkWidget *avatar, *name_row, *company_row;
  GdkPaintable *image;
  guint decodes = rapport_photo_get_decode_count ();
  const char *typed = "Greta Goodwin-Smith";

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  rapport_person_page_set_contact (page, greta);
  avatar = test_find_widget (GTK_WIDGET (page), ADW_TYPE_AVATAR, NULL);
  test_wait_until (avatar_has_image, avatar);
  g_assert_cmpuint (rapport_photo_get_decode_count (), ==, decodes + 1);
  image = adw_avatar_get_custom_image (ADW_AVATAR (avatar));
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (image), ==, 16);

  /* Typing, a letter at a time, into two fields. */
  name_row = test_find_widget (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, "Name");
  company_row = test_find_widget (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, "Company");
  g_assert_nonnull (name_row);
  g_assert_nonnull (company_row);
  for (guint i = 1; i <= strlen (typed); i++)
    {
      g_autofree char *text = g_strndup (typed, i);

      gtk_editable_set_text (GTK_EDITABLE (name_row), text);
      gtk_editable_set_text (GTK_EDITABLE (company_row), text);
      test_settle_for (5);   /* a person's pace: keys a moment apart */
    }
  g_assert_cmpstr (rapport_contact_get_display_name (greta), ==, typed);
  /* Saved, and what the save set off has run. */
  {
    SavedCheck check = { store, greta };

    test_wait_until (name_saved, &check);
  }
  test_settle ();
  g_assert_cmpuint (rapport_photo_get_decode_count (), ==, decodes + 1);
  g_assert_true (adw_avatar_get_custom_image (ADW_AVATAR (avatar)) == image);

  /* A new photo is decoded, once. */
  rapport_contact_set_photo (greta, png);
  test_wait_until (avatar_has_image, avatar);
  g_assert_cmpuint (rapport_photo_get_decode_count (), ==, decodes + 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  test_disable_animations ();

  g_test_add_func ("/rapport/photos/import-report", test_import_report);
  g_test_add_func ("/rapport/photos/list-thumbnails", test_list_thumbnails);
  g_test_add_func ("/rapport/photos/page-decodes-once", test_page_decodes_once);
  g_test_add_func ("/rapport/photos/thumbnailer-lets-go", test_thumbnailer_lets_go);

  return g_test_run ();
}
