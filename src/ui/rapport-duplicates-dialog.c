/* rapport-duplicates-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Find Duplicates: the people who are likely one person, found on a worker
 * thread (rapport-store-duplicates.c), each with why; choosing a pair shows
 * both side by side, with a choice wherever both have a different value
 * (the person in Rapport longer is kept, and their values are chosen to
 * start with), what both have of emails, numbers, links and tags combined.
 * Merge (with Undo) and "Not the Same Person" (remembered, with Undo) take
 * the pair off the list.
 */

#define G_LOG_DOMAIN "rapport-duplicates-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-announce.h"
#include "rapport-contact-field.h"
#include "rapport-duplicate.h"
#include "rapport-duplicates-dialog.h"
#include "rapport-model-enums.h"

struct _RapportDuplicatesDialog
{
  AdwDialog parent_instance;

  /* Widgets (made in init) */
  AdwNavigationView *navigation;
  AdwToastOverlay *toasts;
  GtkStack *stack;
  GtkWidget *count_label;
  GtkWidget *list_view;
  GtkWidget *buttons;             /* Not the Same Person and Merge, moved to each pair's page */
  GtkWidget *merge_button;
  AdwToolbarView *buttons_view;   /* weak: where the buttons are now */

  /* Owned references */
  RapportStore *store;
  GListStore *pairs;              /* RapportDuplicate */
  GCancellable *cancellable;

  /* The pair shown side by side */
  RapportDuplicate *shown;
  GPtrArray *choices;             /* Choice */
};

G_DEFINE_FINAL_TYPE (RapportDuplicatesDialog, rapport_duplicates_dialog, ADW_TYPE_DIALOG)

/* One field both people have, differently: whose value stays. */
typedef struct
{
  const char * const *properties;  /* set together: a name is all its parts */
  GtkWidget *other_check;          /* active: the other person's value wins */
} Choice;

static const char * const name_properties[] = {
  "display-name", "name-prefix", "given-name", "additional-name", "family-name", "name-suffix", NULL,
};

/* The single-valued fields, each with its title; dates and numbers too. */
static const struct
{
  const char *property;
  const char *title;
} fields[] = {
  { "nickname", N_("Nickname") },
  { "pronouns", N_("Pronouns") },
  { "company", N_("Organization") },
  { "department", N_("Department") },
  { "profession", N_("Profession") },
  { "expertise", N_("Expertise") },
  { "environment", N_("Environment") },
  { "looking-for", N_("Looking For") },
  { "how-i-can-help", N_("How I Can Help") },
  { "how-met", N_("How We Met") },
  { "met-at", N_("Met At") },
  { "met-on", N_("Met On") },
  { "birthday", N_("Birthday") },
  { "closeness", N_("Closeness") },
  { "cadence-days", N_("Keep in Touch") },
  { "notes", N_("Notes") },
};

static char *
dup_name_or_unnamed (const char *name)
{
  if (name != NULL && *name != '\0')
    return g_strdup (name);
  return g_strdup (C_("duplicates", "Unnamed person"));
}

/**
 * rapport_duplicates_dialog_dup_reason:
 * @duplicate: a #RapportDuplicate
 *
 * Why the two are suggested, in a sentence.
 *
 * Returns: (transfer full): the text
 */
char *
rapport_duplicates_dialog_dup_reason (gpointer duplicate)
{
  RapportPairReason reasons = rapport_duplicate_get_reasons (duplicate);
  const char *shared = rapport_duplicate_get_shared (duplicate);

  if ((reasons & RAPPORT_PAIR_SHARED_DETAIL) != 0)
    {
      if ((reasons & RAPPORT_PAIR_NAMES_AGREE) != 0)
        /* Translators: %s is an email, phone number or profile two people share */
        return g_strdup_printf (_("Both have %s, and the names agree"), shared);
      if ((reasons & RAPPORT_PAIR_NO_NAME) != 0)
        /* Translators: %s is an email, phone number or profile two people share */
        return g_strdup_printf (_("Both have %s, and one has no name"), shared);
      /* Translators: %s is an email or profile two people share */
      return g_strdup_printf (_("Both have %s, with different names"), shared);
    }
  if ((reasons & RAPPORT_PAIR_TWO_SOURCES) != 0)
    return g_strdup (_("The same name, with details from two different sources"));
  if ((reasons & RAPPORT_PAIR_SAME_NAME) != 0)
    return g_strdup (_("The same name, nothing else in common"));
  return g_strdup (_("The names agree (initials, order or a middle name), nothing else in common"));
}

static void
update_count (RapportDuplicatesDialog *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->pairs));
  g_autofree char *text = NULL;

  /* Translators: how many pairs Find Duplicates found; %'u is the number, with thousands grouped */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u likely duplicate", "%'u likely duplicates", n), n);
  gtk_label_set_label (GTK_LABEL (self->count_label), text);
  rapport_announce (GTK_ACCESSIBLE (self->count_label), text, GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "busy") != 0)
    gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
}

static void
found_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(RapportDuplicatesDialog) self = user_data;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;

  found = rapport_store_find_duplicates_finish (RAPPORT_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  gtk_stack_set_visible_child_name (self->stack, "list");
  if (found == NULL)
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      found = g_ptr_array_new ();
    }
  g_list_store_splice (self->pairs, 0, g_list_model_get_n_items (G_LIST_MODEL (self->pairs)), found->pdata,
                       found->len);
  update_count (self);
}

/* Takes @id's pairs off the list (merged away): the rest stay. */
static void
remove_pairs_with (RapportDuplicatesDialog *self,
                   gint64                   id,
                   gint64                   other_id)
{
  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (self->pairs)); i-- > 0;)
    {
      g_autoptr(RapportDuplicate) duplicate = g_list_model_get_item (G_LIST_MODEL (self->pairs), i);

      if (rapport_duplicate_involves (duplicate, id) &&
          (other_id == 0 || rapport_duplicate_involves (duplicate, other_id)))
        g_list_store_remove (self->pairs, i);
    }
  update_count (self);
}

static void
search_again (RapportDuplicatesDialog *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  gtk_stack_set_visible_child_name (self->stack, "busy");
  rapport_store_find_duplicates_async (self->store, self->cancellable, found_cb, g_object_ref (self));
}

static void
undo_merge_cb (AdwToast *toast,
               gpointer  user_data)
{
  RapportDuplicatesDialog *self = g_object_get_data (G_OBJECT (toast), "dialog");
  g_autoptr(GError) error = NULL;

  if (!rapport_store_unmerge (self->store, user_data, &error))
    adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
  /* Both are back, with every pair they were in. */
  search_again (self);
}

static void
undo_dismiss_cb (AdwToast *toast,
                 gpointer  user_data)
{
  RapportDuplicatesDialog *self = g_object_get_data (G_OBJECT (toast), "dialog");
  RapportDuplicate *duplicate = user_data;
  g_autoptr(GError) error = NULL;

  if (!rapport_store_undismiss_duplicate (self->store, rapport_duplicate_get_first_id (duplicate),
                                          rapport_duplicate_get_second_id (duplicate), &error))
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      return;
    }
  g_list_store_insert (self->pairs, 0, duplicate);
  update_count (self);
}

static void
add_undo_toast (RapportDuplicatesDialog *self,
                const char              *title,
                GCallback                undo,
                gpointer                 data)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, C_("duplicates", "_Undo"));
  adw_toast_set_use_markup (toast, FALSE);
  g_object_set_data (G_OBJECT (toast), "dialog", self);
  g_signal_connect_data (toast, "button-clicked", undo, data, (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  adw_toast_overlay_add_toast (self->toasts, toast);
}

static void
merge_clicked_cb (RapportDuplicatesDialog *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) from_wins = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;
  RapportMerge *merge;
  gint64 into_id, from_id;

  if (self->shown == NULL)
    return;
  into_id = rapport_duplicate_get_first_id (self->shown);
  from_id = rapport_duplicate_get_second_id (self->shown);
  for (guint i = 0; i < self->choices->len; i++)
    {
      Choice *choice = g_ptr_array_index (self->choices, i);

      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (choice->other_check)))
        g_strv_builder_addv (builder, (const char **) choice->properties);
    }
  from_wins = g_strv_builder_end (builder);
  merge = rapport_store_merge_choosing (self->store, from_id, into_id, (const char * const *) from_wins, &error);
  if (merge == NULL)
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      return;
    }
  {
    g_autoptr(RapportContact) into = rapport_store_get_contact (self->store, into_id, NULL);
    g_autofree char *shown = into ? rapport_contact_dup_name (into) : NULL;

    name = dup_name_or_unnamed (shown);
  }
  /* Translators: after a merge in Find Duplicates, %s is the person kept */
  title = g_strdup_printf (_("Merged into %s"), name);
  add_undo_toast (self, title, G_CALLBACK (undo_merge_cb), merge);
  remove_pairs_with (self, from_id, 0);
  adw_navigation_view_pop (self->navigation);
}

static void
not_same_clicked_cb (RapportDuplicatesDialog *self)
{
  g_autoptr(GError) error = NULL;
  RapportDuplicate *duplicate = self->shown;

  if (duplicate == NULL)
    return;
  if (!rapport_store_dismiss_duplicate (self->store, rapport_duplicate_get_first_id (duplicate),
                                        rapport_duplicate_get_second_id (duplicate), &error))
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      return;
    }
  add_undo_toast (self, _("They will not be suggested again"), G_CALLBACK (undo_dismiss_cb),
                  g_object_ref (duplicate));
  remove_pairs_with (self, rapport_duplicate_get_first_id (duplicate), rapport_duplicate_get_second_id (duplicate));
  adw_navigation_view_pop (self->navigation);
}

/* A value as the page shows it, or NULL for none. */
static char *
dup_value_text (RapportContact *contact,
                const char     *property)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (g_str_equal (property, "display-name"))
    {
      char *name = rapport_contact_dup_name (contact);

      if (*name == '\0')
        g_clear_pointer (&name, g_free);
      return name;
    }
  g_object_get_property (G_OBJECT (contact), property, &value);
  if (G_VALUE_HOLDS_STRING (&value))
    {
      const char *text = g_value_get_string (&value);

      return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
    }
  if (G_VALUE_HOLDS (&value, RAPPORT_TYPE_PARTIAL_DATE))
    {
      const RapportPartialDate *date = g_value_get_boxed (&value);

      return date != NULL && !rapport_partial_date_is_empty (date) ? rapport_partial_date_format (date) : NULL;
    }
  if (G_VALUE_HOLDS (&value, RAPPORT_TYPE_CLOSENESS))
    {
      RapportCloseness closeness = g_value_get_enum (&value);

      return closeness != RAPPORT_CLOSENESS_UNKNOWN ? g_strdup (rapport_closeness_get_label (closeness)) : NULL;
    }
  if (G_VALUE_HOLDS_UINT (&value) && g_value_get_uint (&value) > 0)
    /* Translators: a keep-in-touch cadence */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Every %u day", "Every %u days", g_value_get_uint (&value)),
                            g_value_get_uint (&value));
  return NULL;
}

static GtkWidget *
value_check_new (const char *value,
                 const char *whose,
                 const char *field)
{
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *label = gtk_label_new (value);
  g_autofree char *accessible = NULL;

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), label);
  gtk_widget_set_hexpand (check, TRUE);
  /* Translators: read for a choice in a merge: the field, whose value, the value */
  accessible = g_strdup_printf (_("%s: %s’s, %s"), field, whose, value);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  return check;
}

static void
add_choice (RapportDuplicatesDialog *self,
            AdwPreferencesPage      *page,
            const char              *title,
            const char * const      *properties,
            RapportContact          *into,
            RapportContact          *from,
            const char              *into_name,
            const char              *from_name)
{
  g_autofree char *mine = dup_value_text (into, properties[0]);
  g_autofree char *theirs = dup_value_text (from, properties[0]);
  GtkWidget *group, *box, *keep, *other;
  Choice *choice;

  /* Only where both have a value, and not the same one: the rest is kept
   * or filled in without asking. */
  if (mine == NULL || theirs == NULL || g_str_equal (mine, theirs))
    return;
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_set_homogeneous (GTK_BOX (box), TRUE);
  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "duplicate-choice");
  keep = value_check_new (mine, into_name, title);
  other = value_check_new (theirs, from_name, title);
  gtk_check_button_set_group (GTK_CHECK_BUTTON (other), GTK_CHECK_BUTTON (keep));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (keep), TRUE);
  gtk_widget_set_margin_start (keep, 6);
  gtk_widget_set_margin_top (keep, 6);
  gtk_widget_set_margin_bottom (keep, 6);
  gtk_widget_set_margin_end (other, 6);
  gtk_widget_set_margin_top (other, 6);
  gtk_widget_set_margin_bottom (other, 6);
  gtk_box_append (GTK_BOX (box), keep);
  gtk_box_append (GTK_BOX (box), other);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));

  choice = g_new0 (Choice, 1);
  choice->properties = properties;
  choice->other_check = other;
  g_ptr_array_add (self->choices, choice);
}

/* What both have of the many-valued kinds, as the person kept will. */
static char *
dup_combined (RapportContact *into,
              RapportContact *from)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  RapportContact *both[] = { into, from };

  for (guint p = 0; p < G_N_ELEMENTS (both); p++)
    {
      GPtrArray *list = rapport_contact_get_fields (both[p]);
      const char * const *tags = rapport_contact_get_tags (both[p]);

      for (guint i = 0; i < list->len; i++)
        {
          const char *value = rapport_contact_field_get_value (g_ptr_array_index (list, i));

          if (g_hash_table_add (seen, g_utf8_casefold (value, -1)))
            g_string_append_printf (out, "%s%s", out->len > 0 ? "\n" : "", value);
        }
      for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
        if (g_hash_table_add (seen, g_utf8_casefold (tags[i], -1)))
          g_string_append_printf (out, "%s%s", out->len > 0 ? "\n" : "", tags[i]);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static GtkWidget *
heading_new (const char *name,
             const char *role)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (name);
  GtkWidget *subtitle = gtk_label_new (role);

  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_widget_set_hexpand (box, TRUE);
  return box;
}

/**
 * rapport_duplicates_dialog_compare:
 * @position: a pair in rapport_duplicates_dialog_get_pairs()
 *
 * Shows the pair side by side, to merge or to tell apart.
 */
void
rapport_duplicates_dialog_compare (RapportDuplicatesDialog *self,
                                   guint                    position)
{
  g_autoptr(RapportDuplicate) duplicate = g_list_model_get_item (G_LIST_MODEL (self->pairs), position);
  g_autoptr(RapportContact) into = NULL;
  g_autoptr(RapportContact) from = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *into_name = NULL;
  g_autofree char *from_name = NULL;
  g_autofree char *combined = NULL;
  g_autofree char *reason = NULL;
  GtkWidget *view, *header, *page, *top, *names, *group, *label;
  AdwNavigationPage *nav_page;

  g_return_if_fail (RAPPORT_IS_DUPLICATES_DIALOG (self));
  g_return_if_fail (duplicate != NULL);

  if (!(into = rapport_store_get_contact (self->store, rapport_duplicate_get_first_id (duplicate), &error)) ||
      !(from = rapport_store_get_contact (self->store, rapport_duplicate_get_second_id (duplicate), &error)))
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      return;
    }
  g_set_object (&self->shown, duplicate);
  g_ptr_array_set_size (self->choices, 0);
  into_name = dup_name_or_unnamed (rapport_duplicate_get_first_name (duplicate));
  from_name = dup_name_or_unnamed (rapport_duplicate_get_second_name (duplicate));

  view = adw_toolbar_view_new ();
  header = adw_header_bar_new ();
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (view), header);
  page = adw_preferences_page_new ();

  top = adw_preferences_group_new ();
  reason = rapport_duplicates_dialog_dup_reason (duplicate);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (top), reason);
  names = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_set_homogeneous (GTK_BOX (names), TRUE);
  gtk_box_append (GTK_BOX (names), heading_new (into_name, C_("duplicates", "Kept")));
  gtk_box_append (GTK_BOX (names), heading_new (from_name, C_("duplicates", "Merged into the other")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (top), names);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (top));

  add_choice (self, ADW_PREFERENCES_PAGE (page), _("Name"), name_properties, into, from, into_name, from_name);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    add_choice (self, ADW_PREFERENCES_PAGE (page), _(fields[i].title),
                g_object_get_data (G_OBJECT (self), fields[i].property), into, from, into_name, from_name);

  combined = dup_combined (into, from);
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Combined"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("What only one of them has is kept, and the emails, phone numbers, links and "
                                           "tags of both, with every interaction, event and introduction. "
                                           "You can undo a merge."));
  label = gtk_label_new (combined);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  gtk_widget_set_visible (label, *combined != '\0');
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), label);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  /* Always in sight, below what they act on. */
  if (self->buttons_view != NULL && gtk_widget_get_parent (self->buttons) != NULL)
    adw_toolbar_view_remove (self->buttons_view, self->buttons);
  adw_toolbar_view_add_bottom_bar (ADW_TOOLBAR_VIEW (view), self->buttons);
  g_set_weak_pointer (&self->buttons_view, ADW_TOOLBAR_VIEW (view));

  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (view), page);
  nav_page = adw_navigation_page_new (view, C_("duplicates", "Same Person?"));
  adw_navigation_page_set_tag (nav_page, "compare");
  adw_navigation_view_push (self->navigation, nav_page);
  gtk_widget_grab_focus (self->merge_button);
}

static void
activate_cb (GtkListView             *list_view,
             guint                    position,
             RapportDuplicatesDialog *self)
{
  rapport_duplicates_dialog_compare (self, position);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (subtitle), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  RapportDuplicate *duplicate = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  g_autofree char *first = dup_name_or_unnamed (rapport_duplicate_get_first_name (duplicate));
  g_autofree char *second = dup_name_or_unnamed (rapport_duplicate_get_second_name (duplicate));
  g_autofree char *text = NULL;
  g_autofree char *reason = rapport_duplicates_dialog_dup_reason (duplicate);
  g_autofree char *accessible = NULL;

  /* Translators: a pair of people in Find Duplicates */
  text = g_strdup_printf (_("%s and %s"), first, second);
  gtk_label_set_label (GTK_LABEL (title), text);
  gtk_label_set_label (GTK_LABEL (subtitle), reason);
  accessible = g_strdup_printf ("%s. %s", text, reason);
  gtk_list_item_set_accessible_label (item, accessible);
}

static void
rapport_duplicates_dialog_dispose (GObject *object)
{
  RapportDuplicatesDialog *self = RAPPORT_DUPLICATES_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->pairs);
  g_clear_object (&self->shown);
  g_clear_pointer (&self->choices, g_ptr_array_unref);
  g_clear_weak_pointer (&self->buttons_view);
  g_clear_object (&self->buttons);

  G_OBJECT_CLASS (rapport_duplicates_dialog_parent_class)->dispose (object);
}

static void
rapport_duplicates_dialog_class_init (RapportDuplicatesDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rapport_duplicates_dialog_dispose;
}

static void
rapport_duplicates_dialog_init (RapportDuplicatesDialog *self)
{
  GtkWidget *view = adw_toolbar_view_new ();
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *busy = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *spinner = adw_spinner_new ();
  GtkWidget *busy_label = gtk_label_new (_("Looking for people who may be one person…"));
  GtkWidget *empty = adw_status_page_new ();
  GtkWidget *list_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkNoSelection *selection;
  GtkWidget *not_same;
  AdwBreakpoint *narrow;

  self->choices = g_ptr_array_new_with_free_func (g_free);
  self->pairs = g_list_store_new (RAPPORT_TYPE_DUPLICATE);
  /* Each field's property as a list of one, for a Choice. */
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char **one = g_new0 (const char *, 2);

      one[0] = fields[i].property;
      g_object_set_data_full (G_OBJECT (self), fields[i].property, one, g_free);
    }

  adw_dialog_set_title (ADW_DIALOG (self), _("Find Duplicates"));
  adw_dialog_set_content_width (ADW_DIALOG (self), 640);
  adw_dialog_set_content_height (ADW_DIALOG (self), 640);

  gtk_widget_set_valign (busy, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (spinner, 32, 32);
  gtk_box_append (GTK_BOX (busy), spinner);
  gtk_label_set_wrap (GTK_LABEL (busy_label), TRUE);
  gtk_label_set_justify (GTK_LABEL (busy_label), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (busy), busy_label);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "system-users-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Likely Duplicates"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Nobody shares an email, phone number or profile with names that agree, "
                                     "and no two names are the same person’s."));

  self->count_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->count_label), 0);
  gtk_widget_add_css_class (self->count_label, "dim-label");
  gtk_widget_set_margin_start (self->count_label, 12);
  gtk_widget_set_margin_end (self->count_label, 12);
  gtk_widget_set_margin_top (self->count_label, 6);
  gtk_widget_set_margin_bottom (self->count_label, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->count_label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Likely duplicates"), -1);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->pairs)));
  self->list_view = GTK_WIDGET (gtk_list_view_new (GTK_SELECTION_MODEL (selection), factory));
  gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (self->list_view), TRUE);
  gtk_widget_add_css_class (self->list_view, "rich-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Likely duplicates"), -1);
  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (activate_cb), self, 0);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->list_view);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (list_box), self->count_label);
  gtk_box_append (GTK_BOX (list_box), scrolled);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, busy, "busy");
  gtk_stack_add_named (self->stack, empty, "empty");
  gtk_stack_add_named (self->stack, list_box, "list");

  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (view), header);
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (view), GTK_WIDGET (self->stack));
  self->navigation = ADW_NAVIGATION_VIEW (adw_navigation_view_new ());
  adw_navigation_view_add (self->navigation, adw_navigation_page_new (view, _("Find Duplicates")));
  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, GTK_WIDGET (self->navigation));
  adw_dialog_set_child (ADW_DIALOG (self), GTK_WIDGET (self->toasts));

  /* Side by side, or one above the other where two do not fit. */
  self->buttons = g_object_ref_sink (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12));
  gtk_box_set_homogeneous (GTK_BOX (self->buttons), TRUE);
  gtk_widget_set_margin_start (self->buttons, 12);
  gtk_widget_set_margin_end (self->buttons, 12);
  gtk_widget_set_margin_top (self->buttons, 12);
  gtk_widget_set_margin_bottom (self->buttons, 12);
  not_same = gtk_button_new_with_mnemonic (_("_Not the Same Person"));
  gtk_widget_add_css_class (not_same, "pill");
  g_signal_connect_object (not_same, "clicked", G_CALLBACK (not_same_clicked_cb), self, G_CONNECT_SWAPPED);
  self->merge_button = gtk_button_new_with_mnemonic (C_("duplicates", "_Merge"));
  gtk_widget_add_css_class (self->merge_button, "pill");
  gtk_widget_add_css_class (self->merge_button, "suggested-action");
  g_signal_connect_object (self->merge_button, "clicked", G_CALLBACK (merge_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self->buttons), not_same);
  gtk_box_append (GTK_BOX (self->buttons), self->merge_button);
  narrow = adw_breakpoint_new (adw_breakpoint_condition_parse ("max-width: 460sp"));
  adw_breakpoint_add_setters (narrow, G_OBJECT (self->buttons), "orientation", GTK_ORIENTATION_VERTICAL, NULL);
  adw_dialog_add_breakpoint (ADW_DIALOG (self), narrow);
  /* A dialog with breakpoints says how small it can go: narrower than a phone. */
  gtk_widget_set_size_request (GTK_WIDGET (self), 320, 294);
}

/**
 * rapport_duplicates_dialog_new:
 * @store: the people to look through; the search starts at once, on a
 *   worker thread
 *
 * Returns: (transfer full): the dialog
 */
RapportDuplicatesDialog *
rapport_duplicates_dialog_new (RapportStore *store)
{
  RapportDuplicatesDialog *self = g_object_new (RAPPORT_TYPE_DUPLICATES_DIALOG, NULL);

  g_return_val_if_fail (RAPPORT_IS_STORE (store), NULL);

  self->store = g_object_ref (store);
  search_again (self);
  return self;
}

/**
 * rapport_duplicates_dialog_get_pairs:
 *
 * Returns: (transfer none): the pairs listed, #RapportDuplicate
 */
GListModel *
rapport_duplicates_dialog_get_pairs (RapportDuplicatesDialog *self)
{
  g_return_val_if_fail (RAPPORT_IS_DUPLICATES_DIALOG (self), NULL);
  return G_LIST_MODEL (self->pairs);
}
