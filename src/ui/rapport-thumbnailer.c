/* rapport-thumbnailer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Makes the small square photos that lists show, one at a time on a worker
 * thread, for the people a list asks about (the last asked first: they are
 * the rows on screen), and keeps each with the person in the store, so that
 * it is made once. A photo that cannot be shown gets an empty thumbnail,
 * and initials for good, until it changes. Rows show initials until then
 * and never wait.
 */

#define G_LOG_DOMAIN "rapport-thumbnailer"

#include "config.h"

#include "rapport-image-info.h"
#include "rapport-photo-decoder.h"
#include "rapport-thumbnailer.h"

/* Rows scrolled past ask too; beyond this many waiting, the longest
 * waiting (long off screen) are dropped, and asked for again if shown. */
#define MAX_WAITING 64

struct _RapportThumbnailer
{
  GObject parent_instance;

  RapportStore *store;
  GQueue waiting;           /* RapportContact, owned; the next at the head */
  GHashTable *asked;        /* RapportContact: waiting or being made */
  GCancellable *cancellable;
  gboolean busy;
  gboolean unavailable;     /* nothing can be decoded here: stop asking */
};

G_DEFINE_FINAL_TYPE (RapportThumbnailer, rapport_thumbnailer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void make_next (RapportThumbnailer *self);

static void
make_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GBytes *photo = task_data;
  GError *error = NULL;
  g_autoptr(GdkTexture) texture = rapport_photo_decode (photo, RAPPORT_THUMBNAIL_SIZE, cancellable, &error);

  if (texture == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, gdk_texture_save_to_png_bytes (texture), (GDestroyNotify) g_bytes_unref);
}

/* What a task carries: the thumbnailer without keeping it alive, so that
 * letting it go stops its work at once. */
typedef struct
{
  GWeakRef self;
  RapportContact *contact;
} Making;

static void
making_free (Making *making)
{
  g_weak_ref_clear (&making->self);
  g_clear_object (&making->contact);
  g_free (making);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Making, making_free)

static void
made_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(Making) making = user_data;
  g_autoptr(RapportThumbnailer) self = g_weak_ref_get (&making->self);
  RapportContact *contact = making->contact;
  GBytes *photo = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) thumbnail = g_task_propagate_pointer (G_TASK (result), &error);

  if (self == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_hash_table_remove (self->asked, contact);
  self->busy = FALSE;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED))
    {
      /* Not the photo's fault: keep nothing, and ask no more. */
      self->unavailable = TRUE;
      g_queue_clear_full (&self->waiting, g_object_unref);
      g_hash_table_remove_all (self->asked);
      return;
    }
  if (thumbnail == NULL)
    {
      g_debug ("A photo cannot be shown: %s", error->message);
      thumbnail = g_bytes_new (NULL, 0);
    }

  if (self->store != NULL && !rapport_store_get_read_only (self->store))
    {
      g_autoptr(GError) save_error = NULL;

      if (!rapport_store_save_thumbnail (self->store, contact, photo, thumbnail, &save_error))
        g_debug ("Could not keep a thumbnail: %s", save_error->message);
    }
  else if (rapport_contact_get_photo (contact) != NULL && g_bytes_equal (rapport_contact_get_photo (contact), photo))
    {
      rapport_contact_set_thumbnail (contact, thumbnail);
    }

  make_next (self);
}

static void
make_next (RapportThumbnailer *self)
{
  g_autoptr(GTask) task = NULL;
  RapportContact *contact;
  Making *making;
  GBytes *photo;

  while (!self->busy && (contact = g_queue_pop_head (&self->waiting)) != NULL)
    {
      photo = rapport_contact_get_photo (contact);
      if (photo == NULL || rapport_contact_get_thumbnail (contact) != NULL)
        {
          g_hash_table_remove (self->asked, contact);
          g_object_unref (contact);
          continue;
        }

      self->busy = TRUE;
      making = g_new0 (Making, 1);
      g_weak_ref_init (&making->self, self);
      making->contact = contact;
      task = g_task_new (NULL, self->cancellable, made_cb, making);
      g_task_set_source_tag (task, make_next);
      g_task_set_task_data (task, g_bytes_ref (photo), (GDestroyNotify) g_bytes_unref);
      g_task_run_in_thread (task, make_thread);
    }
}

static void
rapport_thumbnailer_dispose (GObject *object)
{
  RapportThumbnailer *self = RAPPORT_THUMBNAILER (object);

  g_cancellable_cancel (self->cancellable);
  g_queue_clear_full (&self->waiting, g_object_unref);
  g_hash_table_remove_all (self->asked);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rapport_thumbnailer_parent_class)->dispose (object);
}

static void
rapport_thumbnailer_finalize (GObject *object)
{
  RapportThumbnailer *self = RAPPORT_THUMBNAILER (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->asked, g_hash_table_unref);

  G_OBJECT_CLASS (rapport_thumbnailer_parent_class)->finalize (object);
}

static void
rapport_thumbnailer_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  RapportThumbnailer *self = RAPPORT_THUMBNAILER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_thumbnailer_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  RapportThumbnailer *self = RAPPORT_THUMBNAILER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      rapport_thumbnailer_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_thumbnailer_class_init (RapportThumbnailerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rapport_thumbnailer_dispose;
  object_class->finalize = rapport_thumbnailer_finalize;
  object_class->get_property = rapport_thumbnailer_get_property;
  object_class->set_property = rapport_thumbnailer_set_property;

  /**
   * RapportThumbnailer:store:
   *
   * Where the thumbnails are kept; without one, they are only given to
   * the people they are of.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, RAPPORT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rapport_thumbnailer_init (RapportThumbnailer *self)
{
  g_queue_init (&self->waiting);
  self->asked = g_hash_table_new (NULL, NULL);
  self->cancellable = g_cancellable_new ();
}

RapportThumbnailer *
rapport_thumbnailer_new (void)
{
  return g_object_new (RAPPORT_TYPE_THUMBNAILER, NULL);
}

RapportStore *
rapport_thumbnailer_get_store (RapportThumbnailer *self)
{
  g_return_val_if_fail (RAPPORT_IS_THUMBNAILER (self), NULL);
  return self->store;
}

void
rapport_thumbnailer_set_store (RapportThumbnailer *self,
                               RapportStore       *store)
{
  g_return_if_fail (RAPPORT_IS_THUMBNAILER (self));
  g_return_if_fail (store == NULL || RAPPORT_IS_STORE (store));

  if (g_set_object (&self->store, store))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * rapport_thumbnailer_request:
 * @contact: a person with a photo and no thumbnail yet
 *
 * Makes @contact's thumbnail soon, before those asked for earlier, and
 * sets it on @contact (RapportContact:thumbnail) when made.
 */
void
rapport_thumbnailer_request (RapportThumbnailer *self,
                             RapportContact     *contact)
{
  g_return_if_fail (RAPPORT_IS_THUMBNAILER (self));
  g_return_if_fail (RAPPORT_IS_CONTACT (contact));

  if (self->unavailable || rapport_contact_get_photo (contact) == NULL ||
      rapport_contact_get_thumbnail (contact) != NULL)
    return;

  if (g_hash_table_contains (self->asked, contact))
    {
      /* Asked again: it is on screen again, so it moves to the front. */
      GList *link = g_queue_find (&self->waiting, contact);

      if (link != NULL)
        {
          g_queue_unlink (&self->waiting, link);
          g_queue_push_head_link (&self->waiting, link);
        }
      return;
    }

  g_hash_table_add (self->asked, contact);
  g_queue_push_head (&self->waiting, g_object_ref (contact));
  while (g_queue_get_length (&self->waiting) > MAX_WAITING)
    {
      RapportContact *dropped = g_queue_pop_tail (&self->waiting);

      g_hash_table_remove (self->asked, dropped);
      g_object_unref (dropped);
    }
  make_next (self);
}
