/* rapport-bench-data.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A deterministic generator of fictional people for benchmarks and tests:
 * names from many cultures and scripts, companies, PEEC fields, notes and
 * tags; ten interactions a person on average, with one person in a thousand
 * at 1,000; and events with attendees. Written through the store's API, in
 * one batch, so it exercises the same code an import does.
 */

#include "config.h"

#include "rapport-bench-data.h"
#include "rapport-csv.h"
#include "rapport-vcard-writer.h"

static const char *given_names[] = {
  "Ana", "Anaïs", "Bjørn", "Chloé", "Dmitri", "Émile", "Fatima", "Giulia", "Hana", "Ibrahim",
  "Jürgen", "Kwame", "Leilani", "Mateo", "Nour", "Olúwaseun", "Priya", "Quentin", "Rosa",
  "Siobhán", "Thandiwe", "Uri", "Valentina", "Wei", "Ximena", "Yusuf", "Zoë", "Margaret",
  "Sean", "Aroha", "Björk", "Çağla", "Đorđe", "Ngozi", "Søren", "Tomás", "Zdeněk",
  "Александр", "Ольга", "Νίκος", "Ελένη", "محمد", "فاطمة", "דוד", "נועה", "अर्जुन", "प्रिया",
  "伟", "芳", "翔太", "さくら", "민준", "서연", "Nguyễn", "Thảo", "Somchai", "กมล", "Ayşe",
  "Kofi", "Amara", "Lars", "Ingrid", "Mei", "Raj", "Sofía", "Lucía", "Noah", "Emma",
};

static const char *family_names[] = {
  "Lopez", "Durand", "Andersen", "Martin", "Ivanov", "Rossi", "Tanaka", "Haddad", "Okafor",
  "Kowalski", "Müller", "Nguyen", "Silva", "O'Brien", "García", "Dubois", "Schmidt", "Kim",
  "Novák", "Mensah", "Papadopoulos", "Cohen", "Sharma", "Wang", "Suzuki", "Yılmaz", "Jansen",
  "Fernández", "Nakamura", "Adeyemi", "Johansson", "Petrović", "Walker", "Baker", "Smith",
  "Иванова", "Смирнов", "Παπαδάκης", "الحسن", "כהן", "शर्मा", "王", "李", "山田", "佐藤",
  "김", "이", "Trần", "Phạm", "สมบูรณ์", "Öztürk", "Nkosi", "Moreau", "Lindqvist", "Horvat",
};

static const char *companies[] = {
  "Timberworks", "Northwind Studio", "Blue Kiln Ceramics", "Ferrovia Labs", "Open Harbour",
  "Kestrel Health", "Maple & Pine", "Lumen Legal", "Quokka Robotics", "Sahel Solar",
  "Café Lumière", "Ostrava Steel", "Nakamura Design", "Little Fox Books", "Atlas Freight",
  "Greenline Transit", "Brightwater School", "Helix Bio", "Sundial Accounting", "Orbit Media",
  "株式会社サクラ", "Молот", "מעבדת אור", "Ρόδος Travel", "शक्ति Energy", "",
};

static const char *professions[] = {
  "Architect", "Nurse", "Software engineer", "Teacher", "Accountant", "Designer", "Lawyer",
  "Carpenter", "Researcher", "Product manager", "Chef", "Journalist", "Photographer",
  "Electrician", "Pharmacist", "Social worker", "Data scientist", "Translator", "Farmer",
  "Civil engineer", "Founder", "Recruiter", "Librarian", "Physiotherapist", "Musician",
};

static const char *expertise[] = {
  "mass timber buildings", "paediatric care", "distributed systems", "early literacy",
  "small business tax", "typography", "employment law", "restoring old furniture",
  "soil microbiology", "accessibility", "fermentation", "investigative reporting",
  "portrait lighting", "solar installations", "rare diseases", "housing support",
  "forecasting demand", "literary Japanese", "regenerative farming", "bridge inspection",
};

static const char *environments[] = {
  "small studios in Lyon", "a children's hospital", "open-source projects", "rural schools",
  "family businesses", "publishing houses", "start-ups", "local councils", "universities",
  "restaurants", "newsrooms", "community groups", "logistics companies", "NGOs in West Africa",
};

static const char *looking_for[] = {
  "introductions to sawmills", "a mentor in management", "beta testers", "a co-founder",
  "speaking slots", "funding for a pilot", "a new role abroad", "clients in retail",
  "volunteers for a workshop", "advice on pricing", "a good accountant", "",
};

static const char *notes[] = {
  "Makes banana bread for every meeting.", "Two kids; loves climbing at weekends.",
  "Wants to move to Lisbon next year.", "Prefers calls to email.",
  "Ran the Berlin marathon in 2019.", "Allergic to peanuts — remember at dinners.",
  "Knows everyone in the timber trade.", "Writes a newsletter about cities.",
  "Just back from parental leave.", "Collects vinyl; ask about jazz.", "",
};

static const struct {
  const char *title, *audience, *profession, *expertise, *environment, *call_to_action;
} statements[] = {
  { "Timber conference", "Architects and builders", "I'm a structural engineer",
    "I help small practices design mid-rise buildings in mass timber",
    "mostly for housing associations in the north of England",
    "If you hear of a project stuck on fire regulations for timber, I'd be glad to have a coffee with them" },
  { "Neighbours and friends", "People who ask what I do", "I design buildings that use less concrete",
    "I work out how wooden buildings stay up", "for small architecture firms",
    "If someone you know is thinking of building with wood, introduce us" },
};

static const char *tags[] = {
  "Climbing", "Timber", "Mentor", "Conference", "Neighbour", "Investor", "Alumni",
  "Open source", "Family", "Client", "Café", "Book club", "Volunteer", "Speaker",
};

static const char *summaries[] = {
  "Coffee near the station", "Quick call about the project", "Lunch after the talk",
  "Sent the report we discussed", "Introduced them to a supplier", "Helped with a CV",
  "They reviewed my proposal", "Met at the meetup", "Video call catch-up",
  "Message about the conference", "Email with photos from the trip", "Dinner with friends",
};

static const char *details[] = {
  "Talked about their move and the new team.", "They need a good structural engineer.",
  "Follow up with the slides next week.", "Shared the article on kilns.",
  "They are hiring two juniors in spring.", "", "", "",
};

#define PICK(rand, array) ((array)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (array))])

static RapportContact *
make_person (GRand *rand,
             guint  index)
{
  RapportContact *contact = rapport_contact_new ();
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_object_unref);
  const char *given = PICK (rand, given_names);
  const char *family = PICK (rand, family_names);
  g_autofree char *name = g_strconcat (given, " ", family, NULL);
  g_autofree char *email = g_strdup_printf ("person%u@example.org", index);
  g_autofree char *phone = g_strdup_printf ("+44 20 7946 %04u", index % 10000);
  const char *person_tags[4] = { NULL };
  guint n_tags = (guint) g_rand_int_range (rand, 0, 4);

  rapport_contact_set_display_name (contact, name);
  rapport_contact_set_given_name (contact, given);
  rapport_contact_set_family_name (contact, family);
  rapport_contact_set_company (contact, PICK (rand, companies));
  rapport_contact_set_profession (contact, PICK (rand, professions));
  rapport_contact_set_expertise (contact, PICK (rand, expertise));
  rapport_contact_set_environment (contact, PICK (rand, environments));
  rapport_contact_set_looking_for (contact, PICK (rand, looking_for));
  rapport_contact_set_notes (contact, PICK (rand, notes));
  rapport_contact_set_closeness (contact, g_rand_int_range (rand, 0, RAPPORT_CLOSENESS_ONLINE_ONLY + 1));
  rapport_contact_set_enjoy (contact, g_rand_int_range (rand, 0, 5) == 0);
  rapport_contact_set_cadence_days (contact, g_rand_boolean (rand) ? (guint) g_rand_int_range (rand, 14, 180) : 0);
  for (guint i = 0; i < n_tags; i++)
    person_tags[i] = PICK (rand, tags);
  rapport_contact_set_tags (contact, person_tags);
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_EMAIL, "work", email));
  if (g_rand_boolean (rand))
    g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_PHONE, "mobile", phone));
  rapport_contact_set_fields (contact, fields);

  return contact;
}

static gboolean
add_interactions (RapportStore  *store,
                  GRand         *rand,
                  GArray        *ids,
                  gint64         contact_id,
                  guint          count,
                  guint         *total,
                  GError       **error)
{
  for (guint i = 0; i < count; i++)
    {
      g_autoptr(RapportInteraction) interaction = NULL;
      GDate date;
      gint64 with[2] = { contact_id, 0 };
      guint n_with = 1;

      g_date_clear (&date, 1);
      /* Spread over the three years before a fixed day, recent ones more
       * often, as a real history is: the same seed gives the same dates. */
      g_date_set_dmy (&date, 1, 11, 2026);
      g_date_subtract_days (&date, (guint) (g_rand_double (rand) * g_rand_double (rand) * 365 * 3));

      interaction = rapport_interaction_new (g_rand_int_range (rand, 0, RAPPORT_INTERACTION_KIND_LAST + 1), &date);
      rapport_interaction_set_summary (interaction, PICK (rand, summaries));
      rapport_interaction_set_details (interaction, PICK (rand, details));
      if (g_rand_int_range (rand, 0, 20) == 0)
        {
          g_date_add_days (&date, 14);
          rapport_interaction_set_follow_up (interaction, &date);
        }
      /* One in ten was with someone else too. */
      if (ids->len > 1 && g_rand_int_range (rand, 0, 10) == 0)
        {
          with[1] = g_array_index (ids, gint64, g_rand_int_range (rand, 0, (gint32) ids->len));
          n_with = with[1] == contact_id ? 1 : 2;
        }
      rapport_interaction_set_contact_ids (interaction, with, n_with);

      if (!rapport_store_add_interaction (store, interaction, error))
        return FALSE;
      (*total)++;
    }

  return TRUE;
}

/**
 * rapport_bench_data_generate:
 * @n_people: how many people
 * @seed: the same seed gives the same people
 * @data: (out caller-allocates): what was made
 *
 * Returns: %TRUE on success
 */
gboolean
rapport_bench_data_generate (RapportStore      *store,
                             guint              n_people,
                             guint32            seed,
                             RapportBenchData  *data,
                             GError           **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  memset (data, 0, sizeof *data);

  if (!rapport_store_begin_batch (store, error))
    return FALSE;

  for (guint i = 0; i < n_people; i++)
    {
      g_autoptr(RapportContact) contact = make_person (rand, i);
      gint64 id;

      if (!rapport_store_add_contact (store, contact, error))
        goto failed;
      id = rapport_contact_get_id (contact);
      g_array_append_val (ids, id);
      if (i == n_people / 2)
        data->sample_name = rapport_contact_dup_name (contact);
    }
  data->n_people = n_people;

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      /* One in a thousand is someone you see all the time. */
      gboolean busy = i % 1000 == 500;
      guint count = busy ? 1000 : (guint) g_rand_int_range (rand, 0, 19);

      if (busy && data->busiest_contact_id == 0)
        data->busiest_contact_id = id;
      if (!busy && count >= 3 && data->quiet_contact_id == 0)
        data->quiet_contact_id = id;
      if (!add_interactions (store, rand, ids, id, count, &data->n_interactions, error))
        goto failed;
    }

  for (guint i = 0; i + 100 <= ids->len; i += 100)
    {
      g_autoptr(GDateTime) when = g_date_time_new_local (2026, 1 + (int) (i / 100) % 12, 10, 18, 0, 0);
      g_autofree char *name = g_strdup_printf ("Meetup %u", i / 100 + 1);
      g_autoptr(RapportEvent) event = rapport_event_new (name, when);

      if (!rapport_store_add_event (store, event, error))
        goto failed;
      for (guint j = 0; j < 20; j++)
        if (!rapport_store_set_attendee (store, rapport_event_get_id (event),
                                         g_array_index (ids, gint64, i + j * 5),
                                         j % 3 == 0 ? "Ask how the move went" : NULL, error))
          goto failed;
      data->n_events++;
    }

  for (guint i = 0; n_people > 0 && i < G_N_ELEMENTS (statements); i++)
    {
      g_autoptr(RapportPeecStatement) statement = rapport_peec_statement_new ();

      rapport_peec_statement_set_title (statement, statements[i].title);
      rapport_peec_statement_set_audience (statement, statements[i].audience);
      rapport_peec_statement_set_profession (statement, statements[i].profession);
      rapport_peec_statement_set_expertise (statement, statements[i].expertise);
      rapport_peec_statement_set_environment (statement, statements[i].environment);
      rapport_peec_statement_set_call_to_action (statement, statements[i].call_to_action);
      if (!rapport_store_add_statement (store, statement, error))
        goto failed;
    }

  return rapport_store_commit_batch (store, error);

failed:
  rapport_store_cancel_batch (store);
  rapport_bench_data_clear (data);
  return FALSE;
}

void
rapport_bench_data_clear (RapportBenchData *data)
{
  g_clear_pointer (&data->sample_name, g_free);
}

/**
 * rapport_bench_data_linkedin_csv:
 * @n_rows: how many connections
 *
 * A LinkedIn `Connections.csv` in the current format (with its Notes
 * preamble), of fictional people: a profile URL each, an email for one in
 * five, as LinkedIn gives them.
 *
 * Returns: (transfer full): the file's bytes
 */
GBytes *
rapport_bench_data_linkedin_csv (guint   n_rows,
                                 guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GString *out = g_string_new ("\xEF\xBB\xBFNotes:\r\n"
                               "\"When exporting your connection data, you may notice that some of the email "
                               "addresses are missing.\"\r\n\r\n"
                               "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");

  for (guint i = 0; i < n_rows; i++)
    {
      const char *given = PICK (rand, given_names);
      const char *family = PICK (rand, family_names);
      g_autofree char *url = g_strdup_printf ("https://www.linkedin.com/in/person-%u", i);
      g_autofree char *email = g_rand_int_range (rand, 0, 5) == 0 ? g_strdup_printf ("person%u@example.org", i)
                                                                  : g_strdup ("");
      g_autofree char *connected = g_strdup_printf ("%02d %s %d", g_rand_int_range (rand, 1, 29),
                                                    ((const char *[]) { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" })
                                                    [g_rand_int_range (rand, 0, 12)],
                                                    g_rand_int_range (rand, 2012, 2027));
      const char *row[] = { given, family, url, email, PICK (rand, companies), PICK (rand, professions),
                            connected, NULL };

      rapport_csv_append_row (out, row);
    }

  return g_string_free_to_bytes (out);
}

/**
 * rapport_bench_data_vcards:
 * @n_cards: how many people
 *
 * A vCard 4.0 file of the generator's fictional people, as Rapport writes
 * it: names, company, PEEC fields, notes, tags, an email and a phone.
 *
 * Returns: (transfer full): the file's bytes
 */
GBytes *
rapport_bench_data_vcards (guint   n_cards,
                           guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n_cards; i++)
    g_ptr_array_add (people, make_person (rand, i));
  return rapport_vcard_write (people);
}

/* Middle names none of the given or family names share: with them every
 * generated name below is different, and no two agree. */
static const char *middle_names[] = {
  "Alba", "Bruno", "Carmen", "Dario", "Elio", "Flora", "Greta", "Hugo", "Iris", "Jonas",
  "Kira", "Lino", "Mira", "Nils", "Otto", "Paz", "Rafa", "Sami", "Tove", "Vera",
};

/**
 * rapport_bench_data_shared_vcards:
 * @n_cards: how many people, at most 74,800
 * @n_numbers: how many phone numbers they share among them
 *
 * A vCard 4.0 file of different people (no two names agree) who share a
 * few phone numbers, as a company's switchboards and families' landlines
 * are shared: each has one of @n_numbers numbers, and one in three an
 * email of their own. Imported, it must give @n_cards people.
 *
 * Returns: (transfer full): the file's bytes
 */
GBytes *
rapport_bench_data_shared_vcards (guint   n_cards,
                                  guint   n_numbers,
                                  guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  const guint n_given = G_N_ELEMENTS (given_names), n_family = G_N_ELEMENTS (family_names);

  g_return_val_if_fail (n_cards <= n_given * n_family * G_N_ELEMENTS (middle_names), NULL);
  g_return_val_if_fail (n_numbers > 0 && n_numbers <= 10000, NULL);

  for (guint i = 0; i < n_cards; i++)
    {
      RapportContact *contact = rapport_contact_new ();
      g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_object_unref);
      const char *given = given_names[i % n_given];
      const char *family = family_names[(i / n_given) % n_family];
      const char *middle = middle_names[(i / (n_given * n_family)) % G_N_ELEMENTS (middle_names)];
      g_autofree char *name = g_strjoin (" ", given, middle, family, NULL);
      g_autofree char *phone = g_strdup_printf ("+44 20 7946 %04d", g_rand_int_range (rand, 0, (gint32) n_numbers));

      rapport_contact_set_display_name (contact, name);
      rapport_contact_set_given_name (contact, given);
      rapport_contact_set_family_name (contact, family);
      rapport_contact_set_company (contact, PICK (rand, companies));
      rapport_contact_set_profession (contact, PICK (rand, professions));
      g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_PHONE, "work", phone));
      if (g_rand_int_range (rand, 0, 3) == 0)
        {
          g_autofree char *email = g_strdup_printf ("person%u@example.org", i);

          g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_EMAIL, "work", email));
        }
      rapport_contact_set_fields (contact, fields);
      g_ptr_array_add (people, contact);
    }
  return rapport_vcard_write (people);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/**
 * rapport_bench_median:
 * @samples: an array of doubles, left in its order
 *
 * Returns: the median of @samples, or 0 for none
 */
double
rapport_bench_median (GArray *samples)
{
  g_autoptr(GArray) sorted = NULL;

  if (samples->len == 0)
    return 0;
  sorted = g_array_copy (samples);
  g_array_sort (sorted, compare_doubles);
  return g_array_index (sorted, double, sorted->len / 2);
}
