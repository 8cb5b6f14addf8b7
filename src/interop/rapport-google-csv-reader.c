/* rapport-google-csv-reader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads Google Contacts CSV (current and older headers) and, with the same
 * column patterns, other contact CSV files such as Outlook's. Columns are
 * mapped by name: numbered groups (`E-mail 1 - Label`, `E-mail 1 - Value`)
 * become fields, ` ::: ` separates several values in one cell, and a
 * leading `* ` marks the primary one.
 */

#define G_LOG_DOMAIN "rapport-google-csv-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rapport-csv.h"
#include "rapport-google-csv-reader.h"

#define MULTI_SEPARATOR " ::: "
#define N_ADDRESS_PARTS RAPPORT_ADDRESS_N_ADR_PARTS

typedef enum
{
  COLUMN_NAME,
  COLUMN_PREFIX,
  COLUMN_GIVEN,
  COLUMN_MIDDLE,
  COLUMN_FAMILY,
  COLUMN_SUFFIX,
  COLUMN_NICKNAME,
  COLUMN_FILE_AS,
  COLUMN_COMPANY,
  COLUMN_DEPARTMENT,
  COLUMN_TITLE,
  COLUMN_BIRTHDAY,
  COLUMN_NOTES,
  COLUMN_LABELS,
  N_COLUMNS
} Column;

static const char * const column_names[N_COLUMNS][6] = {
  [COLUMN_NAME] = { "Name", "Display Name", "Full Name", NULL },
  /* Outlook's "Title" is Mr. or Dr.; its "Job Title" is the profession. */
  [COLUMN_PREFIX] = { "Name Prefix", "Title", NULL },
  [COLUMN_GIVEN] = { "First Name", "Given Name", NULL },
  [COLUMN_MIDDLE] = { "Middle Name", "Additional Name", NULL },
  [COLUMN_FAMILY] = { "Last Name", "Family Name", "Surname", NULL },
  [COLUMN_SUFFIX] = { "Name Suffix", "Suffix", NULL },
  [COLUMN_NICKNAME] = { "Nickname", NULL },
  [COLUMN_FILE_AS] = { "File As", NULL },
  [COLUMN_COMPANY] = { "Organization Name", "Organization 1 - Name", "Company", "Organization", NULL },
  [COLUMN_DEPARTMENT] = { "Organization Department", "Organization 1 - Department", "Department", NULL },
  [COLUMN_TITLE] = { "Organization Title", "Organization 1 - Title", "Job Title", "Position", NULL },
  [COLUMN_BIRTHDAY] = { "Birthday", NULL },
  [COLUMN_NOTES] = { "Notes", NULL },
  [COLUMN_LABELS] = { "Labels", "Group Membership", "Categories", NULL },
};

/* Google's names of the address parts, in RapportAddressPart order. */
static const char * const address_parts[N_ADDRESS_PARTS] = {
  "po box", "extended address", "street", "city", "region", "postal code", "country"
};

/* Outlook's, after "Business ", "Home " or "Other ". */
static const char * const outlook_address_parts[N_ADDRESS_PARTS][3] = {
  { "address po box", "po box", NULL },
  { NULL },
  { "street", NULL },
  { "city", NULL },
  { "state", NULL },
  { "postal code", NULL },
  { "country/region", "country", NULL },
};

/* A numbered group of columns such as `Phone 2 - …`, or a single column
 * such as Outlook's `Mobile Phone`. */
typedef struct
{
  RapportFieldKind kind;
  char *number;         /* "2", or the single column's name */
  char *fixed_label;    /* (nullable) for single columns */
  int label;
  int value;
  int formatted;
  int parts[N_ADDRESS_PARTS];
  int more_streets[2];  /* Outlook's "Street 2" and "Street 3" */
} Group;

typedef struct
{
  RapportContactField *field;
  guint primary;
  guint order;
} Pending;

/* A group with no column found yet. */
static Group
group_new (RapportFieldKind  kind,
           char             *number,
           char             *fixed_label)
{
  Group group = { kind, number, fixed_label, -1, -1, -1 };

  for (guint i = 0; i < G_N_ELEMENTS (group.parts); i++)
    group.parts[i] = -1;
  for (guint i = 0; i < G_N_ELEMENTS (group.more_streets); i++)
    group.more_streets[i] = -1;
  return group;
}

static void
group_clear (Group *group)
{
  g_free (group->number);
  g_free (group->fixed_label);
}

static void
pending_clear (Pending *pending)
{
  g_clear_object (&pending->field);
}

static gboolean
kind_from_word (const char       *word,
                RapportFieldKind *kind)
{
  if (g_ascii_strcasecmp (word, "E-mail") == 0 || g_ascii_strcasecmp (word, "Email") == 0)
    *kind = RAPPORT_FIELD_EMAIL;
  else if (g_ascii_strcasecmp (word, "Phone") == 0)
    *kind = RAPPORT_FIELD_PHONE;
  else if (g_ascii_strcasecmp (word, "Website") == 0)
    *kind = RAPPORT_FIELD_URL;
  else if (g_ascii_strcasecmp (word, "Address") == 0)
    *kind = RAPPORT_FIELD_ADDRESS;
  else
    return FALSE;
  return TRUE;
}

static Group *
find_group (GArray           *groups,
            RapportFieldKind  kind,
            const char       *number)
{
  Group fresh = { kind, g_strdup (number), NULL, -1, -1, -1, { -1, -1, -1, -1, -1, -1, -1 }, { -1, -1 } };

  for (guint i = 0; i < groups->len; i++)
    {
      Group *group = &g_array_index (groups, Group, i);

      if (group->kind == kind && group->fixed_label == NULL && g_str_equal (group->number, number))
        {
          g_free (fresh.number);
          return group;
        }
    }
  g_array_append_val (groups, fresh);
  return &g_array_index (groups, Group, groups->len - 1);
}

/* `E-mail 1 - Value`: the kind, the number and what follows the dash. */
static gboolean
parse_numbered (const char        *name,
                RapportFieldKind  *kind,
                char             **number,
                char             **sub)
{
  const char *dash = strstr (name, " - ");
  const char *space;
  g_autofree char *head = NULL;
  g_autofree char *word = NULL;

  if (dash == NULL)
    return FALSE;
  head = g_strndup (name, dash - name);
  space = strrchr (head, ' ');
  if (space == NULL || space[1] == '\0')
    return FALSE;
  for (const char *p = space + 1; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;

  word = g_strndup (head, space - head);
  if (!kind_from_word (word, kind))
    return FALSE;
  *number = g_strdup (space + 1);
  *sub = g_strstrip (g_ascii_strdown (dash + 3, -1));
  return TRUE;
}

/* Outlook's address columns: `Business Street 2`, `Home City`: the
 * address's label and which part (or, in @more, which extra street line). */
static gboolean
parse_outlook_address (const char  *name,
                       char       **label,
                       int         *part,
                       int         *more)
{
  static const char * const places[][2] = { { "business ", "work" }, { "home ", "home" }, { "other ", "other" } };
  g_autofree char *lower = g_ascii_strdown (name, -1);

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      const char *rest;

      if (!g_str_has_prefix (lower, places[i][0]))
        continue;
      rest = lower + strlen (places[i][0]);
      *more = -1;
      if (g_str_equal (rest, "street 2") || g_str_equal (rest, "street 3"))
        {
          *part = RAPPORT_ADDRESS_STREET;
          *more = rest[7] - '2';
          *label = g_strdup (places[i][1]);
          return TRUE;
        }
      for (guint p = 0; p < N_ADDRESS_PARTS; p++)
        for (guint k = 0; outlook_address_parts[p][k] != NULL; k++)
          if (g_str_equal (rest, outlook_address_parts[p][k]))
            {
              *part = (int) p;
              *label = g_strdup (places[i][1]);
              return TRUE;
            }
    }
  return FALSE;
}

static Group *
find_outlook_group (GArray     *groups,
                    const char *label)
{
  Group fresh;

  for (guint i = 0; i < groups->len; i++)
    {
      Group *group = &g_array_index (groups, Group, i);

      if (group->kind == RAPPORT_FIELD_ADDRESS && group->fixed_label != NULL &&
          g_str_equal (group->fixed_label, label))
        return group;
    }
  fresh = group_new (RAPPORT_FIELD_ADDRESS, g_strdup (label), g_strdup (label));
  g_array_append_val (groups, fresh);
  return &g_array_index (groups, Group, groups->len - 1);
}

/* Outlook-style single columns: `E-mail Address`, `Mobile Phone`, `Web Page`. */
static gboolean
parse_single (const char        *name,
              RapportFieldKind  *kind,
              char             **label)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  if (strstr (lower, "type") != NULL || strstr (lower, "display") != NULL ||
      strstr (lower, "label") != NULL)
    return FALSE;

  if (strstr (lower, "e-mail") != NULL || strstr (lower, "email") != NULL)
    {
      *kind = RAPPORT_FIELD_EMAIL;
      *label = g_strdup ("");
    }
  else if (strstr (lower, "phone") != NULL || g_str_equal (lower, "mobile"))
    {
      g_autofree char *word = g_strstrip (g_strndup (lower, strcspn (lower, " ")));

      *kind = RAPPORT_FIELD_PHONE;
      if (g_str_equal (word, "business"))
        g_set_str (&word, "work");
      if (g_str_equal (word, "phone") || g_str_equal (word, "primary"))
        g_set_str (&word, "");
      *label = g_steal_pointer (&word);
    }
  else if (g_str_equal (lower, "web page") || g_str_equal (lower, "website") || g_str_equal (lower, "url"))
    {
      *kind = RAPPORT_FIELD_URL;
      *label = g_strdup ("");
    }
  else
    return FALSE;
  return TRUE;
}

static void
map_columns (const char * const *header,
             int                *columns,
             GArray             *groups)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      columns[c] = -1;
      for (guint k = 0; column_names[c][k] != NULL && columns[c] < 0; k++)
        columns[c] = rapport_csv_row_find (header, column_names[c][k]);
    }

  for (guint i = 0; header[i] != NULL; i++)
    {
      g_autofree char *name = g_strstrip (g_strdup (header[i]));
      g_autofree char *number = NULL;
      g_autofree char *sub = NULL;
      g_autofree char *label = NULL;
      RapportFieldKind kind;
      gboolean taken = FALSE;
      int part, more;

      for (guint c = 0; c < N_COLUMNS; c++)
        taken |= columns[c] == (int) i;
      if (taken)
        continue;

      if (parse_numbered (name, &kind, &number, &sub))
        {
          Group *group = find_group (groups, kind, number);

          if (g_str_equal (sub, "label") || g_str_equal (sub, "type"))
            group->label = i;
          else if (g_str_equal (sub, "value"))
            group->value = i;
          else if (g_str_equal (sub, "formatted"))
            group->formatted = i;
          else
            for (guint p = 0; p < N_ADDRESS_PARTS; p++)
              if (g_str_equal (sub, address_parts[p]))
                group->parts[p] = i;
        }
      else if (parse_outlook_address (name, &label, &part, &more))
        {
          Group *group = find_outlook_group (groups, label);

          if (more >= 0)
            group->more_streets[more] = i;
          else
            group->parts[part] = i;
        }
      else if (parse_single (name, &kind, &label))
        {
          Group group = group_new (kind, g_strdup (name), g_steal_pointer (&label));

          group.value = (int) i;

          g_array_append_val (groups, group);
        }
    }
}

/**
 * rapport_google_csv_is_contacts_header:
 * @row: the cells of a CSV row
 *
 * Returns: whether @row names a column this reader can use
 */
gboolean
rapport_google_csv_is_contacts_header (const char * const *row)
{
  g_autoptr(GArray) groups = g_array_new (FALSE, TRUE, sizeof (Group));
  int columns[N_COLUMNS];

  g_return_val_if_fail (row != NULL, FALSE);

  g_array_set_clear_func (groups, (GDestroyNotify) group_clear);
  map_columns (row, columns, groups);
  return columns[COLUMN_NAME] >= 0 || columns[COLUMN_GIVEN] >= 0 ||
         columns[COLUMN_FAMILY] >= 0 || groups->len > 0;
}

/**
 * rapport_google_csv_is_header:
 * @row: the cells of a CSV row
 *
 * Returns: whether @row is the header of a Google Contacts export
 */
gboolean
rapport_google_csv_is_header (const char * const *row)
{
  g_return_val_if_fail (row != NULL, FALSE);

  return rapport_csv_row_find (row, "E-mail 1 - Value") >= 0 ||
         rapport_csv_row_find (row, "Phone 1 - Value") >= 0 ||
         rapport_csv_row_find (row, "Group Membership") >= 0 ||
         (rapport_csv_row_find (row, "Labels") >= 0 && rapport_csv_row_find (row, "File As") >= 0);
}

static const char *
cell_at (const char * const *row,
         guint               n_cells,
         int                 index)
{
  if (index < 0 || (guint) index >= n_cells)
    return "";
  return row[index];
}

/* Google's own labels in Rapport's lower case; others as typed. */
static char *
clean_label (const char *label,
             gboolean   *primary)
{
  static const char * const standard[] = {
    "work", "home", "mobile", "other", "main", "home fax", "work fax", "pager",
    "profile", "blog", "homepage", NULL
  };
  g_autofree char *text = g_strstrip (g_strdup (label));
  g_autofree char *lower = NULL;

  /* "* " alone marks the primary one of those with no label. */
  *primary = text[0] == '*' && (text[1] == ' ' || text[1] == '\0');
  if (*primary)
    memmove (text, text + 1, strlen (text + 1) + 1);
  g_strstrip (text);
  lower = g_ascii_strdown (text, -1);
  if (g_strv_contains (standard, lower))
    return g_steal_pointer (&lower);
  return g_steal_pointer (&text);
}

static void
add_values (GArray           *pending,
            RapportFieldKind  kind,
            const char       *label,
            gboolean          primary,
            const char       *cell)
{
  g_auto(GStrv) values = g_strsplit (cell, MULTI_SEPARATOR, -1);

  for (guint i = 0; values[i] != NULL; i++)
    {
      Pending item = { NULL, primary ? 0 : 1, pending->len };
      char *value = g_strstrip (values[i]);

      if (g_str_has_prefix (value, "* "))
        {
          value = g_strstrip (value + 2);
          item.primary = 0;
        }
      if (*value == '\0')
        continue;
      item.field = rapport_contact_field_new (kind, label, value);
      g_array_append_val (pending, item);
    }
}

static int
compare_pending (gconstpointer a,
                 gconstpointer b)
{
  const Pending *pa = a;
  const Pending *pb = b;
  RapportFieldKind ka = rapport_contact_field_get_kind (pa->field);
  RapportFieldKind kb = rapport_contact_field_get_kind (pb->field);

  if (ka != kb)
    return ka < kb ? -1 : 1;
  if (pa->primary != pb->primary)
    return pa->primary < pb->primary ? -1 : 1;
  return pa->order < pb->order ? -1 : pa->order > pb->order;
}

/* One address a " ::: " item: each part's column holds the parts of
 * every address of the group, in the same order. Without parts, the
 * formatted address is kept whole, in the street; with them, it is the
 * address's label. */
static void
add_addresses (GArray             *pending,
               const Group        *group,
               const char         *label,
               gboolean            primary,
               const char * const *row,
               guint               n_cells)
{
  GStrv parts[N_ADDRESS_PARTS] = { NULL };
  GStrv more[2] = { NULL };
  g_auto(GStrv) formatted = g_strsplit (cell_at (row, n_cells, group->formatted), MULTI_SEPARATOR, -1);
  guint n = g_strv_length (formatted);

  for (guint p = 0; p < N_ADDRESS_PARTS; p++)
    {
      parts[p] = g_strsplit (cell_at (row, n_cells, group->parts[p]), MULTI_SEPARATOR, -1);
      n = MAX (n, g_strv_length (parts[p]));
    }
  for (guint m = 0; m < 2; m++)
    more[m] = g_strsplit (cell_at (row, n_cells, group->more_streets[m]), MULTI_SEPARATOR, -1);

  for (guint k = 0; k < n; k++)
    {
      g_autoptr(RapportAddress) address = rapport_address_new ();
      Pending item = { NULL, primary ? 0 : 1, pending->len };
      const char *text = k < g_strv_length (formatted) ? g_strstrip (formatted[k]) : "";

      for (guint p = 0; p < N_ADDRESS_PARTS; p++)
        {
          char *part = k < g_strv_length (parts[p]) ? g_strstrip (parts[p][k]) : NULL;

          if (part != NULL && g_str_has_prefix (part, "* "))
            {
              part = g_strstrip (part + 2);
              item.primary = 0;
            }
          rapport_address_set (address, p, part);
        }
      for (guint m = 0; m < 2; m++)
        if (k < g_strv_length (more[m]) && *g_strstrip (more[m][k]) != '\0')
          {
            g_autofree char *street = *rapport_address_get (address, RAPPORT_ADDRESS_STREET) != '\0'
                                        ? g_strconcat (rapport_address_get (address, RAPPORT_ADDRESS_STREET), "\n", more[m][k], NULL)
                                        : g_strdup (more[m][k]);

            rapport_address_set (address, RAPPORT_ADDRESS_STREET, street);
          }
      if (g_str_has_prefix (text, "* "))
        {
          text = text + 2;
          item.primary = 0;
        }
      if (rapport_address_is_empty (address))
        rapport_address_set (address, RAPPORT_ADDRESS_STREET, text);
      else
        rapport_address_set (address, RAPPORT_ADDRESS_LABEL, text);
      if (rapport_address_is_empty (address))
        continue;

      item.field = rapport_contact_field_new_address (label, address);
      g_array_append_val (pending, item);
    }

  for (guint p = 0; p < N_ADDRESS_PARTS; p++)
    g_strfreev (parts[p]);
  for (guint m = 0; m < 2; m++)
    g_strfreev (more[m]);
}

static void
add_group_fields (GArray             *pending,
                  const Group        *group,
                  const char * const *row,
                  guint               n_cells)
{
  g_autofree char *label = NULL;
  gboolean primary = FALSE;
  const char *value;

  label = clean_label (group->fixed_label != NULL ? group->fixed_label
                                                  : cell_at (row, n_cells, group->label),
                       &primary);

  if (group->kind == RAPPORT_FIELD_ADDRESS)
    {
      add_addresses (pending, group, label, primary, row, n_cells);
      return;
    }
  value = cell_at (row, n_cells, group->value);
  add_values (pending, group->kind, label, primary, value);
}

static char *
trimmed_cell (const char * const *row,
              guint               n_cells,
              const int          *columns,
              Column              column)
{
  g_autoptr(GString) text = g_string_new (cell_at (row, n_cells, columns[column]));

  /* Line breaks as everywhere else in Rapport: Outlook writes CRLF inside a
   * cell, which a vCard could not give back. */
  g_string_replace (text, "\r\n", "\n", 0);
  g_string_replace (text, "\r", "\n", 0);
  return g_strstrip (g_string_free (g_steal_pointer (&text), FALSE));
}

static RapportContact *
contact_from_row (const char * const *row,
                  const int          *columns,
                  GArray             *groups,
                  guint               line,
                  GPtrArray          *problems)
{
  g_autoptr(RapportContact) contact = rapport_contact_new ();
  g_autoptr(GArray) pending = g_array_new (FALSE, TRUE, sizeof (Pending));
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GStrvBuilder) tags = g_strv_builder_new ();
  g_auto(GStrv) tag_list = NULL;
  g_auto(GStrv) labels = NULL;
  guint n_cells = g_strv_length ((char **) row);
  g_autofree char *name = trimmed_cell (row, n_cells, columns, COLUMN_NAME);
  g_autofree char *prefix = trimmed_cell (row, n_cells, columns, COLUMN_PREFIX);
  g_autofree char *given = trimmed_cell (row, n_cells, columns, COLUMN_GIVEN);
  g_autofree char *middle = trimmed_cell (row, n_cells, columns, COLUMN_MIDDLE);
  g_autofree char *family = trimmed_cell (row, n_cells, columns, COLUMN_FAMILY);
  g_autofree char *suffix = trimmed_cell (row, n_cells, columns, COLUMN_SUFFIX);
  g_autofree char *nickname = trimmed_cell (row, n_cells, columns, COLUMN_NICKNAME);
  g_autofree char *file_as = trimmed_cell (row, n_cells, columns, COLUMN_FILE_AS);
  g_autofree char *company = trimmed_cell (row, n_cells, columns, COLUMN_COMPANY);
  g_autofree char *department = trimmed_cell (row, n_cells, columns, COLUMN_DEPARTMENT);
  g_autofree char *title = trimmed_cell (row, n_cells, columns, COLUMN_TITLE);
  g_autofree char *birthday = trimmed_cell (row, n_cells, columns, COLUMN_BIRTHDAY);
  g_autofree char *notes = trimmed_cell (row, n_cells, columns, COLUMN_NOTES);

  g_array_set_clear_func (pending, (GDestroyNotify) pending_clear);

  for (guint i = 0; i < groups->len; i++)
    add_group_fields (pending, &g_array_index (groups, Group, i), row, n_cells);
  g_array_sort (pending, compare_pending);
  for (guint i = 0; i < pending->len; i++)
    g_ptr_array_add (fields, g_object_ref (g_array_index (pending, Pending, i).field));

  if (*name == '\0' && *prefix == '\0' && *given == '\0' && *middle == '\0' && *family == '\0' &&
      *suffix == '\0' && *nickname == '\0' && *file_as == '\0' && *company == '\0' && fields->len == 0)
    {
      /* Translators: %u is a line number in the file */
      rapport_import_problems_add (problems, line, TRUE,
                                   _("Line %u was skipped: it has no name, email address or phone number"),
                                   line);
      return NULL;
    }

  /* "File As" is how the person is sorted ("Family, Given"), not their
   * name: it names them only when nothing else does. */
  if (*name == '\0' && *prefix == '\0' && *given == '\0' && *middle == '\0' && *family == '\0' &&
      *suffix == '\0' && *nickname == '\0')
    g_set_str (&name, file_as);

  rapport_contact_set_name_prefix (contact, prefix);
  rapport_contact_set_given_name (contact, given);
  rapport_contact_set_additional_name (contact, middle);
  rapport_contact_set_family_name (contact, family);
  rapport_contact_set_name_suffix (contact, suffix);
  rapport_contact_set_nickname (contact, nickname);
  rapport_contact_set_company (contact, company);
  /* One column: "Asia; Pacific" is one unit, as Google and Outlook mean
   * it; Rapport's own export writes several as "Sales;EMEA". */
  {
    g_auto(GStrv) units = rapport_contact_split_units (department, TRUE);

    rapport_contact_set_department_units (contact, (const char * const *) units);
  }
  /* With the parts set: a name that only repeats them stays derived. */
  rapport_contact_set_name (contact, name);
  rapport_contact_set_profession (contact, title);
  rapport_contact_set_notes (contact, notes);
  rapport_contact_set_fields (contact, fields);

  if (*birthday != '\0')
    {
      RapportPartialDate date = RAPPORT_PARTIAL_DATE_INIT;

      if (rapport_partial_date_parse (birthday, &date, NULL))
        rapport_contact_set_birthday (contact, &date);
      else
        /* Translators: %u is a line number, %s what the file held */
        rapport_import_problems_add (problems, line, FALSE,
                                     _("Line %u: “%s” is not a date; the rest was imported"),
                                     line, birthday);
    }

  labels = g_strsplit (cell_at (row, n_cells, columns[COLUMN_LABELS]), MULTI_SEPARATOR, -1);
  for (guint i = 0; labels[i] != NULL; i++)
    {
      char *tag = g_strstrip (labels[i]);

      if (g_str_has_prefix (tag, "* "))
        {
          g_autofree char *system = g_strstrip (g_strdup (tag + 2));
          g_auto(GStrv) words = g_strsplit (system, " ", -1);
          g_autofree char *joined = g_strjoinv ("", words);

          /* Google's group of everyone ("* myContacts", once "* My Contacts")
           * is not a tag; its other system groups ("* starred") are. */
          if (g_ascii_strcasecmp (joined, "myContacts") == 0)
            continue;
          tag = g_strstrip (tag + 2);
        }
      g_strv_builder_add (tags, tag);
    }
  tag_list = g_strv_builder_end (tags);
  rapport_contact_set_tags (contact, (const char * const *) tag_list);

  return g_steal_pointer (&contact);
}

/**
 * rapport_google_csv_read:
 * @data: (array length=len): the bytes of a contacts CSV file
 * @len: their length
 * @problems: (nullable) (element-type RapportImportProblem): where to add the
 *   rows that were left out and the cells that could not be read
 * @error: return location for a #GError
 *
 * Reads a Google Contacts export, or any CSV whose first row names contact
 * columns. Fails only when the first row names none.
 *
 * Returns: (transfer full) (element-type RapportContact): the people
 */
GPtrArray *
rapport_google_csv_read (const char  *data,
                         gsize        len,
                         GPtrArray   *problems,
                         GError     **error)
{
  g_autoptr(RapportCsvReader) reader = NULL;
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) groups = g_array_new (FALSE, TRUE, sizeof (Group));
  g_auto(GStrv) header = NULL;
  int columns[N_COLUMNS];
  GStrv row = NULL;
  guint line = 0;

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g_array_set_clear_func (groups, (GDestroyNotify) group_clear);
  reader = rapport_csv_reader_new (data, len);

  if (!rapport_csv_reader_next (reader, &header, NULL) ||
      !rapport_google_csv_is_contacts_header ((const char * const *) header))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("This is not a contacts file: its first row names no name, email or phone column"));
      return NULL;
    }
  map_columns ((const char * const *) header, columns, groups);

  while (rapport_csv_reader_next (reader, &row, &line))
    {
      g_auto(GStrv) owned = g_steal_pointer (&row);
      RapportContact *contact;

      if (rapport_csv_row_is_blank ((const char * const *) owned) ||
          !rapport_csv_row_fits ((const char * const *) owned, g_strv_length (header), line, problems))
        continue;
      contact = contact_from_row ((const char * const *) owned, columns, groups, line, problems);
      if (contact != NULL)
        g_ptr_array_add (contacts, contact);
    }

  return g_steal_pointer (&contacts);
}
