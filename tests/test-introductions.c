/* test-introductions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Who could help whom, on real SQLite files: the words looked for (without
 * English, German and Spanish stop words), the ranking on a small network
 * whose right answer is argued below, dismissals that last, and
 * introductions that land in both timelines with a follow-up.
 */

#include "config.h"

#include <locale.h>
#include <sqlite3.h>

#include "rapport-introduction-match.h"
#include "rapport-test-util.h"

static gint64
add_person (RapportStore     *store,
            const char       *name,
            const char       *profession,
            const char       *expertise,
            const char       *looking_for,
            const char       *how_i_can_help,
            RapportCloseness  closeness,
            gboolean          enjoy)
{
  g_autoptr(RapportContact) contact = test_make_person (name);

  rapport_contact_set_profession (contact, profession);
  rapport_contact_set_expertise (contact, expertise);
  rapport_contact_set_looking_for (contact, looking_for);
  rapport_contact_set_how_i_can_help (contact, how_i_can_help);
  rapport_contact_set_closeness (contact, closeness);
  rapport_contact_set_enjoy (contact, enjoy);
  test_save_person (store, contact);
  return rapport_contact_get_id (contact);
}

static void
assert_words (const char *looking_for,
              const char *expected)
{
  g_auto(GStrv) words = rapport_introduction_match_words (looking_for);
  g_autofree char *joined = g_strjoinv (" ", words);

  g_assert_cmpstr (joined, ==, expected);
}

static void
test_words (void)
{
  assert_words ("Looking for a structural engineer, and the right lawyers", "structural engineer right lawyer");
  assert_words ("Ich suche einen Bauingenieur für das Dach", "bauingenieur dach");
  assert_words ("Busca un ingeniero para la casa de él", "ingeniero casa");
  assert_words ("Ingeniería, INGENIERÍA", "ingenieria");
  assert_words ("a the der el", "");
  assert_words (NULL, "");
}

static gboolean
strv_has (GStrv       strv,
          const char *word)
{
  return g_strv_contains ((const char * const *) strv, word);
}

/* What a need may hold for an offer to answer it: each start of each word
 * of the offers (so "engineer" and "eng" answer "Engineering"), with a
 * plural "s" ("engineers"); never the little words of English, German or
 * Spanish, as words or as starts of others ("for" of "Fortran"). */
static void
test_need_terms (void)
{
  const char *offers[RAPPORT_N_OFFERS] = { "The Engineering", "Fortran", "der Bauingenieur", NULL, "el taller", "a" };
  g_auto(GStrv) terms = rapport_introduction_need_terms (offers);

  g_assert_true (strv_has (terms, "engineering"));
  g_assert_true (strv_has (terms, "engineer"));
  g_assert_true (strv_has (terms, "engineers"));
  g_assert_true (strv_has (terms, "fortran"));
  g_assert_true (strv_has (terms, "fo"));
  /* "en" and "for" start offered words, but are little words of needs. */
  g_assert_false (strv_has (terms, "en"));
  g_assert_false (strv_has (terms, "for"));
  g_assert_true (strv_has (terms, "bauingenieur"));
  g_assert_true (strv_has (terms, "taller"));
  g_assert_false (strv_has (terms, "the"));
  g_assert_false (strv_has (terms, "th"));
  g_assert_false (strv_has (terms, "der"));
  g_assert_false (strv_has (terms, "el"));
  g_assert_false (strv_has (terms, "a"));
  g_assert_false (strv_has (terms, "e"));
}

static void
test_highlight (void)
{
  g_auto(GStrv) words = rapport_introduction_match_words ("engineers for timber");
  g_autofree char *markup = rapport_introduction_highlight ("Structural Engineering & <timber> frames", (const char * const *) words);

  g_assert_cmpstr (markup, ==, "Structural <b>Engineering</b> &amp; &lt;<b>timber</b>&gt; frames");
}

/* Ana needs a structural engineer for a timber house. Ben is one, and knows
 * timber: three words in his profession and expertise (3 + 3 + 3) beat any
 * closeness. Carla is a civil engineer, one word (3), but in Ana's inner
 * circle and enjoyed (+3 +2): above Dan, whose "how I can help" knows a
 * timber merchant (2) and who is a friend (+2). Eve looks for a structural
 * engineer herself: her need is no offer. Finn is a structural engineer
 * only online, Gil one in the trash, Hana's offer has only the little
 * words. */
static void
test_ranking (TestDir       *fixture,
              gconstpointer  data)
{
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GError) error = NULL;
  RapportIntroductionSuggestion *first;
  gint64 ana, ben, carla, dan, gil;

  ana = add_person (store, "Ana Silva", "Architect", NULL, "A structural engineer for the timber house", NULL,
                    RAPPORT_CLOSENESS_FRIEND, FALSE);
  ben = add_person (store, "Ben Ng", "Structural engineer", "Timber frames", NULL, NULL,
                    RAPPORT_CLOSENESS_ACQUAINTANCE, FALSE);
  carla = add_person (store, "Carla Ruiz", "Civil engineer", NULL, NULL, NULL, RAPPORT_CLOSENESS_INNER_CIRCLE, TRUE);
  dan = add_person (store, "Dan Ito", "Carpenter", NULL, NULL, "Knows a timber merchant", RAPPORT_CLOSENESS_FRIEND,
                    FALSE);
  add_person (store, "Eve Roth", "Architect", NULL, "A structural engineer", NULL, RAPPORT_CLOSENESS_FRIEND, TRUE);
  add_person (store, "Finn Berg", "Structural engineer", NULL, NULL, NULL, RAPPORT_CLOSENESS_ONLINE_ONLY, FALSE);
  gil = add_person (store, "Gil Sá", "Structural engineer", NULL, NULL, NULL, RAPPORT_CLOSENESS_FRIEND, FALSE);
  add_person (store, "Hana Mori", "All of the above", NULL, NULL, NULL, RAPPORT_CLOSENESS_FRIEND, FALSE);
  rapport_store_trash_contact (store, gil, &error);
  g_assert_no_error (error);

  suggestions = rapport_store_suggest_introductions (store, ana, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (suggestions->len, ==, 3);

  first = g_ptr_array_index (suggestions, 0);
  g_assert_cmpint (first->contact_id, ==, ben);
  g_assert_cmpstr (first->name, ==, "Ben Ng");
  g_assert_cmpuint (first->match_points, ==, 9);
  g_assert_cmpuint (first->score, ==, 9 * 4 + 1);
  g_assert_cmpuint (first->matched, ==, (1u << RAPPORT_OFFER_PROFESSION) | (1u << RAPPORT_OFFER_EXPERTISE));
  g_assert_cmpstrv (first->words, ((const char *[]) { "structural", "engineer", "timber", NULL }));
  g_assert_cmpstr (first->offers[RAPPORT_OFFER_EXPERTISE], ==, "Timber frames");
  {
    g_autofree char *markup = rapport_introduction_highlight (first->offers[RAPPORT_OFFER_PROFESSION],
                                                              (const char * const *) first->words);

    g_assert_cmpstr (markup, ==, "<b>Structural</b> <b>engineer</b>");
  }

  g_assert_cmpint (((RapportIntroductionSuggestion *) g_ptr_array_index (suggestions, 1))->contact_id, ==, carla);
  g_assert_cmpuint (((RapportIntroductionSuggestion *) g_ptr_array_index (suggestions, 1))->score, ==, 3 * 4 + 3 + 2);
  g_assert_cmpint (((RapportIntroductionSuggestion *) g_ptr_array_index (suggestions, 2))->contact_id, ==, dan);
  g_assert_cmpuint (((RapportIntroductionSuggestion *) g_ptr_array_index (suggestions, 2))->score, ==, 2 * 4 + 2);
  g_assert_cmpuint (((RapportIntroductionSuggestion *) g_ptr_array_index (suggestions, 2))->matched, ==,
                    1u << RAPPORT_OFFER_HOW_I_CAN_HELP);

  /* The limit keeps the best. */
  g_clear_pointer (&suggestions, g_ptr_array_unref);
  suggestions = rapport_store_suggest_introductions (store, ana, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (suggestions->len, ==, 1);
  g_assert_cmpint (((RapportIntroductionSuggestion *) g_ptr_array_index (suggestions, 0))->contact_id, ==, ben);

  /* Ben looks for nothing: nobody to suggest. */
  g_clear_pointer (&suggestions, g_ptr_array_unref);
  suggestions = rapport_store_suggest_introductions (store, ben, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (suggestions->len, ==, 0);
}

/* The reverse, on the same kind of network: whom Ben (a structural
 * engineer who knows timber frames) could help. Ana needs all three of his
 * words (9) and is a friend (+2); Eve needs two (6), is a friend and
 * enjoyed (+2 +2); Ivo needs "engineering", which Ben's "engineer" does
 * not answer (a need's word must start an offer's word); Jan needs an
 * "engineers", which it does. Dan, a carpenter who knows a timber
 * merchant, could help Ana only (2, +2). Once Ana and Ben are introduced
 * and Eve has Ben dismissed, neither is suggested for him. */
static void
test_reverse (TestDir       *fixture,
              gconstpointer  data)
{
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(RapportInteraction) introduction = NULL;
  g_autoptr(GPtrArray) helped = NULL;
  g_autoptr(GError) error = NULL;
  RapportIntroductionSuggestion *first;
  gint64 ana, ben, dan, eve, jan;

  ana = add_person (store, "Ana Silva", "Architect", NULL, "A structural engineer for the timber house", NULL,
                    RAPPORT_CLOSENESS_FRIEND, FALSE);
  ben = add_person (store, "Ben Ng", "Structural engineer", "Timber frames", NULL, NULL,
                    RAPPORT_CLOSENESS_ACQUAINTANCE, FALSE);
  dan = add_person (store, "Dan Ito", "Carpenter", NULL, NULL, "Knows a timber merchant", RAPPORT_CLOSENESS_FRIEND,
                    FALSE);
  eve = add_person (store, "Eve Roth", "Architect", NULL, "A structural engineer", NULL, RAPPORT_CLOSENESS_FRIEND, TRUE);
  add_person (store, "Ivo Lenz", NULL, NULL, "Engineering advice", NULL, RAPPORT_CLOSENESS_FRIEND, FALSE);
  jan = add_person (store, "Jan Os", NULL, NULL, "Two engineers", NULL, RAPPORT_CLOSENESS_UNKNOWN, FALSE);

  helped = rapport_store_suggest_helped (store, ben, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (helped->len, ==, 3);
  first = g_ptr_array_index (helped, 0);
  g_assert_cmpint (first->contact_id, ==, ana);
  g_assert_cmpstr (first->name, ==, "Ana Silva");
  g_assert_cmpuint (first->score, ==, 9 * 4 + 2);
  g_assert_cmpstrv (first->words, ((const char *[]) { "structural", "engineer", "timber", NULL }));
  g_assert_cmpstr (first->offers[RAPPORT_OFFER_PROFESSION], ==, "Structural engineer");
  g_assert_cmpint (((RapportIntroductionSuggestion *) g_ptr_array_index (helped, 1))->contact_id, ==, eve);
  g_assert_cmpuint (((RapportIntroductionSuggestion *) g_ptr_array_index (helped, 1))->score, ==, 6 * 4 + 2 + 2);
  g_assert_cmpint (((RapportIntroductionSuggestion *) g_ptr_array_index (helped, 2))->contact_id, ==, jan);
  g_clear_pointer (&helped, g_ptr_array_unref);

  helped = rapport_store_suggest_helped (store, dan, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (helped->len, ==, 1);
  g_assert_cmpint (((RapportIntroductionSuggestion *) g_ptr_array_index (helped, 0))->contact_id, ==, ana);
  g_assert_cmpuint (((RapportIntroductionSuggestion *) g_ptr_array_index (helped, 0))->score, ==, 2 * 4 + 2);
  g_clear_pointer (&helped, g_ptr_array_unref);

  introduction = rapport_store_introduce (store, ana, ben, "Introduced Ana Silva to Ben Ng", NULL, RAPPORT_INTRODUCTION_IN_PERSON,
                                          test_date ("2026-03-02"), &error);
  g_assert_no_error (error);
  g_assert_true (rapport_store_dismiss_introduction (store, eve, ben, &error));
  g_assert_no_error (error);
  helped = rapport_store_suggest_helped (store, ben, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (helped->len, ==, 1);
  g_assert_cmpint (((RapportIntroductionSuggestion *) g_ptr_array_index (helped, 0))->contact_id, ==, jan);
}

static gboolean timeline_has (RapportStore *store,
                              gint64        contact_id,
                              gint64        interaction_id);

/* An email introduction's answer (they worked together) is kept, and
 * both timelines show the one record with it, after a restart too; a
 * call has none. */
static void
test_outcome (TestDir       *fixture,
              gconstpointer  data)
{
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(RapportInteraction) introduction = NULL;
  g_autoptr(RapportInteraction) call = NULL;
  g_autoptr(RapportInteraction) read = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ana, ben, id;

  ana = add_person (store, "Ana Silva", NULL, NULL, NULL, NULL, RAPPORT_CLOSENESS_FRIEND, FALSE);
  ben = add_person (store, "Ben Ng", NULL, NULL, NULL, NULL, RAPPORT_CLOSENESS_FRIEND, FALSE);
  introduction = rapport_store_introduce (store, ana, ben, "Introduced Ana Silva to Ben Ng", NULL,
                                          RAPPORT_INTRODUCTION_EMAIL, test_date ("2026-03-02"), &error);
  g_assert_no_error (error);
  id = rapport_interaction_get_id (introduction);
  rapport_interaction_set_outcome (introduction, RAPPORT_INTRODUCTION_OUTCOME_WORKED_TOGETHER);
  rapport_interaction_set_follow_up (introduction, NULL);
  g_assert_true (rapport_store_save_interaction (store, introduction, &error));
  g_assert_no_error (error);
  call = test_add_interaction (store, RAPPORT_INTERACTION_CALL, test_date ("2026-03-03"), "Call", IDS (ana));

  g_clear_object (&introduction);
  g_clear_object (&call);
  g_clear_object (&store);
  g_assert_cmpint (test_raw_int (fixture->path, "SELECT count(*) FROM introduction"), ==, 1);
  store = test_open_store (fixture->path);
  read = rapport_store_get_interaction (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rapport_interaction_get_how (read), ==, RAPPORT_INTRODUCTION_EMAIL);
  g_assert_cmpint (rapport_interaction_get_outcome (read), ==, RAPPORT_INTRODUCTION_OUTCOME_WORKED_TOGETHER);
  g_assert_null (rapport_interaction_get_follow_up (read));
  g_assert_true (timeline_has (store, ana, id));
  g_assert_true (timeline_has (store, ben, id));
  g_assert_cmpstr (rapport_introduction_outcome_get_label (rapport_interaction_get_outcome (read)), ==,
                   "Worked together");
}

/* German and Spanish needs find German and Spanish offers, and their little
 * words find nothing. */
static void
test_stop_words (TestDir       *fixture,
                 gconstpointer  data)
{
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GError) error = NULL;
  gint64 jonas, lucia, mia, pablo;

  jonas = add_person (store, "Jonas", NULL, NULL, "Ich suche einen Steuerberater für die Firma", NULL,
                      RAPPORT_CLOSENESS_FRIEND, FALSE);
  lucia = add_person (store, "Lucía", NULL, NULL, "Busca una abogada de familia en la ciudad", NULL,
                      RAPPORT_CLOSENESS_FRIEND, FALSE);
  mia = add_person (store, "Mia", "Steuerberaterin", NULL, NULL, NULL, RAPPORT_CLOSENESS_FRIEND, FALSE);
  pablo = add_person (store, "Pablo", "Abogado de familia", NULL, NULL, NULL, RAPPORT_CLOSENESS_FRIEND, FALSE);
  /* Every word of hers is a stop word of one of the three languages. */
  add_person (store, "Rosa", "Die der für einen una la de en für", "the a for", NULL, NULL,
              RAPPORT_CLOSENESS_INNER_CIRCLE, TRUE);

  suggestions = rapport_store_suggest_introductions (store, jonas, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (suggestions->len, ==, 1);
  g_assert_cmpint (((RapportIntroductionSuggestion *) g_ptr_array_index (suggestions, 0))->contact_id, ==, mia);

  g_clear_pointer (&suggestions, g_ptr_array_unref);
  suggestions = rapport_store_suggest_introductions (store, lucia, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (suggestions->len, ==, 1);
  g_assert_cmpint (((RapportIntroductionSuggestion *) g_ptr_array_index (suggestions, 0))->contact_id, ==, pablo);
  g_assert_cmpstrv (((RapportIntroductionSuggestion *) g_ptr_array_index (suggestions, 0))->words,
                    ((const char *[]) { "familia", NULL }));
}

static gboolean
timeline_has (RapportStore *store,
              gint64        contact_id,
              gint64        interaction_id)
{
  g_autoptr(GListModel) timeline = rapport_store_list_timeline (store, contact_id);

  for (guint i = 0; i < g_list_model_get_n_items (timeline); i++)
    {
      g_autoptr(RapportInteraction) interaction = g_list_model_get_item (timeline, i);

      if (rapport_interaction_get_id (interaction) == interaction_id)
        return rapport_interaction_get_kind (interaction) == RAPPORT_INTERACTION_INTRODUCTION_MADE;
    }
  return FALSE;
}

static gboolean
due_has (RapportStore *store,
         const GDate  *today,
         gint64        contact_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) due = rapport_store_list_due (store, today, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < due->len; i++)
    if (g_array_index (due, gint64, i) == contact_id)
      return TRUE;
  return FALSE;
}

/* A dismissal and an introduction each take a suggestion away for good,
 * after a restart too; the introduction is in both timelines, and both
 * people are due three weeks later. */
static void
test_dismiss_and_introduce (TestDir       *fixture,
                            gconstpointer  data)
{
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(RapportInteraction) introduction = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ana, ben, carla, dan, interaction_id;
  GDate on, day_before, follow_up;

  ana = add_person (store, "Ana Silva", NULL, NULL, "A structural engineer", NULL, RAPPORT_CLOSENESS_FRIEND, FALSE);
  ben = add_person (store, "Ben Ng", "Structural engineer", NULL, NULL, NULL, RAPPORT_CLOSENESS_FRIEND, FALSE);
  carla = add_person (store, "Carla Ruiz", "Civil engineer", NULL, NULL, NULL, RAPPORT_CLOSENESS_FRIEND, FALSE);
  dan = add_person (store, "Dan Ito", "Engineer", NULL, NULL, NULL, RAPPORT_CLOSENESS_FRIEND, FALSE);

  g_assert_true (rapport_store_dismiss_introduction (store, ana, carla, &error));
  g_assert_no_error (error);
  /* Twice is the same as once. */
  g_assert_true (rapport_store_dismiss_introduction (store, ana, carla, &error));
  g_assert_no_error (error);

  g_date_set_dmy (&on, 2, G_DATE_MARCH, 2026);
  introduction = rapport_store_introduce (store, ana, ben, "Introduced Ana Silva to Ben Ng",
                                          "She needs a structural engineer", RAPPORT_INTRODUCTION_IN_PERSON, &on, &error);
  g_assert_no_error (error);
  g_assert_nonnull (introduction);
  interaction_id = rapport_interaction_get_id (introduction);
  g_assert_null (rapport_store_introduce (store, ana, ana, "Introduced Ana to Ana", NULL, RAPPORT_INTRODUCTION_IN_PERSON, &on, &error));
  g_assert_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_object (&introduction);
  g_clear_object (&store);

  store = test_open_store (fixture->path);
  suggestions = rapport_store_suggest_introductions (store, ana, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (suggestions->len, ==, 1);
  g_assert_cmpint (((RapportIntroductionSuggestion *) g_ptr_array_index (suggestions, 0))->contact_id, ==, dan);

  g_assert_true (timeline_has (store, ana, interaction_id));
  g_assert_true (timeline_has (store, ben, interaction_id));
  g_assert_false (timeline_has (store, carla, interaction_id));
  introduction = rapport_store_get_interaction (store, interaction_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rapport_interaction_get_details (introduction), ==, "She needs a structural engineer");

  follow_up = on;
  g_date_add_days (&follow_up, 21);
  day_before = follow_up;
  g_date_subtract_days (&day_before, 1);
  g_assert_false (due_has (store, &day_before, ana));
  g_assert_true (due_has (store, &follow_up, ana));
  g_assert_true (due_has (store, &follow_up, ben));

  /* Deleting the helper forgets the dismissal with them. */
  rapport_store_delete_contact (store, carla, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  g_assert_cmpint (test_raw_int (fixture->path, "SELECT count(*) FROM introduction_dismissal"), ==, 0);
}

/* Merging two records of Ben keeps his introduction to Ana (and stops
 * suggesting him for her); Undo gives it back to the record it was on.
 * Deleting Ben for good leaves it in Ana's timeline. */
static void
test_merge_and_delete (TestDir       *fixture,
                       gconstpointer  data)
{
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(RapportInteraction) introduction = NULL;
  g_autoptr(RapportMerge) merge = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ana, ben, ben_again, id;

  ana = add_person (store, "Ana Silva", NULL, NULL, "A structural engineer", NULL, RAPPORT_CLOSENESS_FRIEND, FALSE);
  ben = add_person (store, "Ben Ng", "Structural engineer", NULL, NULL, NULL, RAPPORT_CLOSENESS_FRIEND, FALSE);
  ben_again = add_person (store, "Ben Ng", NULL, NULL, NULL, NULL, RAPPORT_CLOSENESS_UNKNOWN, FALSE);
  introduction = rapport_store_introduce (store, ana, ben_again, "Introduced Ana Silva to Ben Ng", NULL, RAPPORT_INTRODUCTION_IN_PERSON,
                                          test_date ("2026-03-02"), &error);
  g_assert_no_error (error);
  id = rapport_interaction_get_id (introduction);

  merge = rapport_store_merge (store, ben_again, ben, &error);
  g_assert_no_error (error);
  g_assert_true (timeline_has (store, ben, id));
  g_assert_true (timeline_has (store, ana, id));
  suggestions = rapport_store_suggest_introductions (store, ana, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (suggestions->len, ==, 0);
  g_clear_pointer (&suggestions, g_ptr_array_unref);

  g_assert_true (rapport_store_unmerge (store, merge, &error));
  g_assert_no_error (error);
  g_assert_true (timeline_has (store, ben_again, id));
  g_assert_true (timeline_has (store, ana, id));
  suggestions = rapport_store_suggest_introductions (store, ana, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (suggestions->len, ==, 1);

  g_assert_true (rapport_store_delete_contact (store, ben_again, &error));
  g_assert_no_error (error);
  g_assert_true (timeline_has (store, ana, id));
}

static RapportContact *
new_attendee (gint64      id,
              const char *name,
              const char *profession,
              const char *looking_for)
{
  RapportContact *contact = rapport_contact_new ();

  rapport_contact_set_id (contact, id);
  rapport_contact_set_display_name (contact, name);
  rapport_contact_set_profession (contact, profession);
  rapport_contact_set_looking_for (contact, looking_for);
  rapport_contact_set_closeness (contact, RAPPORT_CLOSENESS_ACQUAINTANCE);
  return contact;
}

/* At an event: Ben could help Ana (two words in his profession) before Eve
 * could help Ben and Ben could help Eve (one word each; the tie goes by
 * who was added first); nobody helps themselves. 50 people's 2,450 pairs
 * are fast enough for a briefing. */
static void
test_pairs (void)
{
  g_autoptr(GPtrArray) attendees = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) pairs = NULL;
  RapportIntroductionPair *pair;
  gint64 start;

  g_ptr_array_add (attendees, new_attendee (1, "Ana Silva", "Architect", "A structural engineer"));
  g_ptr_array_add (attendees, new_attendee (2, "Ben Ng", "Structural engineer", "Clients in retail"));
  g_ptr_array_add (attendees, new_attendee (3, "Eve Roth", "Retail consultant", "An engineer of her own"));
  pairs = rapport_introduction_find_pairs (attendees, 10);
  g_assert_cmpuint (pairs->len, ==, 3);
  pair = g_ptr_array_index (pairs, 0);
  g_assert_cmpstr (rapport_contact_get_display_name (pair->seeker), ==, "Ana Silva");
  g_assert_cmpint (pair->helper->contact_id, ==, 2);
  g_assert_cmpuint (pair->helper->score, ==, 6 * 4 + 1);
  pair = g_ptr_array_index (pairs, 1);
  g_assert_cmpstr (rapport_contact_get_display_name (pair->seeker), ==, "Ben Ng");
  g_assert_cmpint (pair->helper->contact_id, ==, 3);
  g_assert_cmpuint (pair->helper->score, ==, 3 * 4 + 1);
  pair = g_ptr_array_index (pairs, 2);
  g_assert_cmpstr (rapport_contact_get_display_name (pair->seeker), ==, "Eve Roth");
  g_assert_cmpint (pair->helper->contact_id, ==, 2);
  g_clear_pointer (&pairs, g_ptr_array_unref);

  pairs = rapport_introduction_find_pairs (attendees, 1);
  g_assert_cmpuint (pairs->len, ==, 1);
  g_clear_pointer (&pairs, g_ptr_array_unref);

  for (guint i = 3; i < 50; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %u", i);

      g_ptr_array_add (attendees, new_attendee (i + 1, name, i % 2 ? "Civil engineer for timber bridges" : "Retail buyer",
                                                i % 3 ? "Introductions to sawmills and timber merchants" : "A good accountant"));
    }
  start = g_get_monotonic_time ();
  pairs = rapport_introduction_find_pairs (attendees, 20);
  g_test_message ("pairs among 50 people: %.2f ms", (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpuint (pairs->len, ==, 20);
}

/* The follow-up a person is due for: an introduction's, for the Due list
 * to ask whether it helped; another interaction's; or none, once they
 * were in touch since, or when nothing set one. */
static void
test_due_follow_up (TestDir       *fixture,
                    gconstpointer  data)
{
  g_autoptr(RapportStore) store = test_open_store (fixture->path);
  g_autoptr(RapportInteraction) introduction = NULL;
  g_autoptr(RapportInteraction) lunch = NULL;
  g_autoptr(RapportInteraction) call = NULL;
  g_autoptr(RapportInteraction) due = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ana, ben, carla, dan;
  const gint64 *ids;
  guint n_ids;

  ana = add_person (store, "Ana Silva", NULL, NULL, NULL, NULL, RAPPORT_CLOSENESS_FRIEND, FALSE);
  ben = add_person (store, "Ben Ng", NULL, NULL, NULL, NULL, RAPPORT_CLOSENESS_FRIEND, FALSE);
  carla = add_person (store, "Carla Ruiz", NULL, NULL, NULL, NULL, RAPPORT_CLOSENESS_FRIEND, FALSE);
  dan = add_person (store, "Dan Ito", NULL, NULL, NULL, NULL, RAPPORT_CLOSENESS_FRIEND, FALSE);

  lunch = test_add_interaction (store, RAPPORT_INTERACTION_MET_IN_PERSON, test_date ("2026-02-20"), "Lunch",
                                IDS (ana, carla));
  rapport_interaction_set_follow_up (lunch, test_date ("2026-02-27"));
  g_assert_true (rapport_store_save_interaction (store, lunch, &error));
  g_assert_no_error (error);
  introduction = rapport_store_introduce (store, ana, ben, "Introduced Ana Silva to Ben Ng", NULL,
                                          RAPPORT_INTRODUCTION_IN_PERSON, test_date ("2026-03-02"), &error);
  g_assert_no_error (error);
  call = test_add_interaction (store, RAPPORT_INTERACTION_CALL, test_date ("2026-03-10"), "Call", IDS (ben));

  due = rapport_store_get_due_follow_up (store, ana, &error);
  g_assert_no_error (error);
  g_assert_nonnull (due);
  g_assert_cmpint (rapport_interaction_get_id (due), ==, rapport_interaction_get_id (introduction));
  g_assert_cmpint (rapport_interaction_get_kind (due), ==, RAPPORT_INTERACTION_INTRODUCTION_MADE);
  ids = rapport_interaction_get_contact_ids (due, &n_ids);
  g_assert_cmpuint (n_ids, ==, 2);
  g_assert_true ((ids[0] == ana && ids[1] == ben) || (ids[0] == ben && ids[1] == ana));
  g_clear_object (&due);

  due = rapport_store_get_due_follow_up (store, carla, &error);
  g_assert_no_error (error);
  g_assert_nonnull (due);
  g_assert_cmpint (rapport_interaction_get_id (due), ==, rapport_interaction_get_id (lunch));
  g_clear_object (&due);

  g_assert_null (rapport_store_get_due_follow_up (store, ben, &error));
  g_assert_no_error (error);
  g_assert_null (rapport_store_get_due_follow_up (store, dan, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rapport/introductions/words", test_words);
  g_test_add_func ("/rapport/introductions/highlight", test_highlight);
  g_test_add_func ("/rapport/introductions/need-terms", test_need_terms);
  g_test_add_func ("/rapport/introductions/pairs", test_pairs);
  g_test_add ("/rapport/introductions/ranking", TestDir, NULL, test_dir_setup, test_ranking, test_dir_teardown);
  g_test_add ("/rapport/introductions/reverse", TestDir, NULL, test_dir_setup, test_reverse, test_dir_teardown);
  g_test_add ("/rapport/introductions/outcome", TestDir, NULL, test_dir_setup, test_outcome, test_dir_teardown);
  g_test_add ("/rapport/introductions/stop-words", TestDir, NULL, test_dir_setup, test_stop_words,
              test_dir_teardown);
  g_test_add ("/rapport/introductions/merge-and-delete", TestDir, NULL, test_dir_setup, test_merge_and_delete,
              test_dir_teardown);
  g_test_add ("/rapport/introductions/dismiss-and-introduce", TestDir, NULL, test_dir_setup,
              test_dismiss_and_introduce, test_dir_teardown);
  g_test_add ("/rapport/introductions/due-follow-up", TestDir, NULL, test_dir_setup, test_due_follow_up,
              test_dir_teardown);

  return g_test_run ();
}
