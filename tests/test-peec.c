/* test-peec.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PEEC composer: prose from the four parts, words and speaking time in
 * any script, and every hint, each firing on a weak statement and silent on
 * a good one.
 */

#include "config.h"

#include <locale.h>

#include "rapport-peec-composer.h"

/* Goldberg's own kind of statement: every check passes. */
#define GOOD_PROFESSION "I'm a family lawyer"
#define GOOD_EXPERTISE "I help parents settle custody without going to court"
#define GOOD_ENVIRONMENT "mostly for families in and around Leeds"
#define GOOD_CALL "if you hear of a parent worried about a custody fight, I'd be glad to have a coffee with them"

static void
assert_composes (const char *profession,
                 const char *expertise,
                 const char *environment,
                 const char *call_to_action,
                 const char *expected)
{
  g_autofree char *text = rapport_peec_compose (profession, expertise, environment, call_to_action);

  g_assert_cmpstr (text, ==, expected);
}

/* The hints of @kind, among those for these parts. */
static guint
count_hints (GPtrArray           *hints,
             RapportPeecHintKind  kind,
             RapportPeecPart      part)
{
  guint n = 0;

  for (guint i = 0; i < hints->len; i++)
    {
      RapportPeecHint *hint = g_ptr_array_index (hints, i);

      if (rapport_peec_hint_get_kind (hint) == kind && rapport_peec_hint_get_part (hint) == part)
        n++;
    }

  return n;
}

static const char *
find_message (GPtrArray           *hints,
              RapportPeecHintKind  kind)
{
  for (guint i = 0; i < hints->len; i++)
    {
      RapportPeecHint *hint = g_ptr_array_index (hints, i);

      if (rapport_peec_hint_get_kind (hint) == kind)
        return rapport_peec_hint_get_message (hint);
    }

  return NULL;
}

static GPtrArray *
check (const char *profession,
       const char *expertise,
       const char *environment,
       const char *call_to_action)
{
  GPtrArray *hints = rapport_peec_check (profession, expertise, environment, call_to_action);

  for (guint i = 0; i < hints->len; i++)
    {
      const char *message = rapport_peec_hint_get_message (g_ptr_array_index (hints, i));

      g_assert_nonnull (message);
      g_assert_true (g_utf8_validate (message, -1, NULL));
      g_assert_cmpstr (message, !=, "");
    }

  return hints;
}

/* Composing */

static void
test_compose_example (void)
{
  assert_composes (GOOD_PROFESSION, GOOD_EXPERTISE, GOOD_ENVIRONMENT, GOOD_CALL,
                   "I'm a family lawyer. I help parents settle custody without going to court, "
                   "mostly for families in and around Leeds. If you hear of a parent worried about "
                   "a custody fight, I'd be glad to have a coffee with them.");
}

static void
test_compose_skipped_parts (void)
{
  assert_composes (NULL, NULL, NULL, NULL, "");
  assert_composes ("", "  ", "\n\t", "", "");
  assert_composes ("I'm a family lawyer", NULL, "", "call me", "I'm a family lawyer. Call me.");
  assert_composes (NULL, "i help parents", NULL, NULL, "I help parents.");
  /* With no expertise, the environment carries on the profession. */
  assert_composes ("I'm a family lawyer", "", "mostly in Leeds", NULL,
                   "I'm a family lawyer, mostly in Leeds.");
  /* With nothing before it, it is a sentence of its own. */
  assert_composes (NULL, NULL, "mostly in Leeds", NULL, "Mostly in Leeds.");
  assert_composes (NULL, NULL, NULL, "  tell me about them  ", "Tell me about them.");
}

static void
test_compose_punctuation (void)
{
  /* The user's own punctuation is kept, and never doubled. */
  assert_composes ("I'm a family lawyer.", "I help parents!", NULL, "Know anyone?",
                   "I'm a family lawyer. I help parents! Know anyone?");
  assert_composes ("I'm a family lawyer...", NULL, NULL, "Call me…",
                   "I'm a family lawyer... Call me…");
  /* A trailing comma or colon becomes the full stop. */
  assert_composes ("I'm a family lawyer,", "I help parents;", NULL, "call me:",
                   "I'm a family lawyer. I help parents. Call me.");
  assert_composes (NULL, "I help parents,", "mostly in Leeds", NULL, "I help parents, mostly in Leeds.");
  /* A full stop inside quotes ends the sentence. */
  assert_composes ("They call me \"the fixer.\"", NULL, NULL, "ask for \"the fixer\"",
                   "They call me \"the fixer.\" Ask for \"the fixer\".");
  /* An expertise that is already a sentence is not carried on... */
  assert_composes (NULL, "I help parents.", "mostly in Leeds", NULL, "I help parents. Mostly in Leeds.");
  /* ...nor one followed by an environment written as a sentence. */
  assert_composes (NULL, "I help parents", "Most of my clients live in Leeds", NULL,
                   "I help parents. Most of my clients live in Leeds.");
  /* Brackets and dashes follow without a comma. */
  assert_composes (NULL, "I help parents", "(mostly in Leeds)", NULL, "I help parents (mostly in Leeds).");
  assert_composes (NULL, "I help parents", "— mostly in Leeds", NULL, "I help parents — mostly in Leeds.");
  /* Line breaks and runs of spaces become one space. */
  assert_composes ("I'm a\nfamily   lawyer\n", NULL, NULL, NULL, "I'm a family lawyer.");
}

static void
test_compose_capitals (void)
{
  /* Only the first letter changes... */
  assert_composes ("i'm a family lawyer", "i help parents", NULL, "if you hear of one, tell me",
                   "I'm a family lawyer. I help parents. If you hear of one, tell me.");
  /* ...after any opening punctuation, with accents... */
  assert_composes ("élodie, avocate", NULL, NULL, "¿conoces a alguien?",
                   "Élodie, avocate. ¿Conoces a alguien?");
  assert_composes ("«je suis avocate»", NULL, NULL, NULL, "«Je suis avocate».");
  /* ...and names with capitals inside are left alone. */
  assert_composes ("iPhone repairs are my trade", NULL, NULL, "eBay sellers, call me",
                   "iPhone repairs are my trade. eBay sellers, call me.");
  assert_composes ("3D printing is my trade", NULL, NULL, NULL, "3D printing is my trade.");
  /* Scripts without capitals are left as they are. */
  assert_composes ("אני עורכת דין", NULL, NULL, NULL, "אני עורכת דין.");
}

static void
test_compose_scripts (void)
{
  /* Japanese: its own full stop and comma, no spaces between sentences. */
  assert_composes ("私は家族法の弁護士です", "裁判をせずに親権の問題を解決します",
                   "主にリーズ周辺のご家族のために", "親権で悩んでいる親御さんがいたら、ぜひご紹介ください",
                   "私は家族法の弁護士です。裁判をせずに親権の問題を解決します、主にリーズ周辺のご家族のために。"
                   "親権で悩んでいる親御さんがいたら、ぜひご紹介ください。");
  /* Chinese: the full-width comma. */
  assert_composes ("我是家庭律师", "我帮助父母不上法庭解决监护权问题", "主要在利兹", NULL,
                   "我是家庭律师。我帮助父母不上法庭解决监护权问题，主要在利兹。");
  /* The user's own CJK full stop is kept. */
  assert_composes ("私は弁護士です。", NULL, NULL, "ご紹介ください！", "私は弁護士です。ご紹介ください！");
  /* Arabic: its comma, and its question mark ends a sentence. */
  assert_composes ("أنا محامية أسرة", "أساعد الآباء على تسوية الحضانة", "في ليدز", "هل تعرف أحدًا؟",
                   "أنا محامية أسرة. أساعد الآباء على تسوية الحضانة، في ليدز. هل تعرف أحدًا؟");
  /* Hebrew. */
  assert_composes ("אני עורכת דין לענייני משפחה", "אני עוזרת להורים", "בעיקר בלידס", NULL,
                   "אני עורכת דין לענייני משפחה. אני עוזרת להורים, בעיקר בלידס.");
  /* Emoji are kept where they are. */
  assert_composes ("I fix bikes 🚲", NULL, NULL, "bring yours ☕️", "I fix bikes 🚲. Bring yours ☕️.");
}

static void
test_compose_statement (void)
{
  g_autoptr(RapportPeecStatement) statement = rapport_peec_statement_new ();
  g_autofree char *empty = rapport_peec_compose_statement (statement);
  g_autofree char *text = NULL;

  g_assert_cmpstr (empty, ==, "");

  rapport_peec_statement_set_profession (statement, GOOD_PROFESSION);
  rapport_peec_statement_set_call_to_action (statement, "tell me");
  text = rapport_peec_compose_statement (statement);
  g_assert_cmpstr (text, ==, "I'm a family lawyer. Tell me.");
}

/* Words and speaking time */

static void
test_words_spaced (void)
{
  g_autofree char *example = rapport_peec_compose (GOOD_PROFESSION, GOOD_EXPERTISE, GOOD_ENVIRONMENT, GOOD_CALL);

  g_assert_cmpuint (rapport_peec_count_words (NULL), ==, 0);
  g_assert_cmpuint (rapport_peec_count_words (""), ==, 0);
  g_assert_cmpuint (rapport_peec_count_words ("  \n\t "), ==, 0);
  g_assert_cmpuint (rapport_peec_count_words ("family lawyer"), ==, 2);
  g_assert_cmpuint (rapport_peec_count_words (example), ==, 40);

  /* Apostrophes, hyphens and decimal points join... */
  g_assert_cmpuint (rapport_peec_count_words ("I'm a co-parenting coach"), ==, 4);
  g_assert_cmpuint (rapport_peec_count_words ("I’d say 3.5 or 1,000 times"), ==, 6);
  /* ...but not on their own. */
  g_assert_cmpuint (rapport_peec_count_words ("parents - and 'kids' — too"), ==, 4);
  g_assert_cmpuint (rapport_peec_count_words ("lawyer.Coach,friend"), ==, 3);

  /* Accents, precomposed or combining, are part of the word. */
  g_assert_cmpuint (rapport_peec_count_words ("Je suis avocate à Montréal"), ==, 5);
  g_assert_cmpuint (rapport_peec_count_words ("Montre\xcc\x81" "al e\xcc\x81te\xcc\x81"), ==, 2);
  g_assert_cmpuint (rapport_peec_count_words ("J'aide les parents à régler la garde"), ==, 7);
  g_assert_cmpuint (rapport_peec_count_words ("¿Conoces a alguien que necesite ayuda?"), ==, 6);
  g_assert_cmpuint (rapport_peec_count_words ("Стратегический консультант"), ==, 2);

  /* Emoji are not said, so not counted, however they are built. */
  g_assert_cmpuint (rapport_peec_count_words ("I fix bikes 🚲🔧 for families 👩‍👩‍👧 👍🏽 ☕️"), ==, 5);
  g_assert_cmpuint (rapport_peec_count_words ("🚲"), ==, 0);
}

static void
test_words_right_to_left (void)
{
  /* Hebrew, with and without vowel points, and its geresh. */
  g_assert_cmpuint (rapport_peec_count_words ("אני עורכת דין לענייני משפחה"), ==, 5);
  g_assert_cmpuint (rapport_peec_count_words ("אֲנִי עוֹרֶכֶת דִּין"), ==, 3);
  g_assert_cmpuint (rapport_peec_count_words ("צה״ל ורמטכ״ל"), ==, 2);
  /* Arabic, with and without short vowels and tatweel. */
  g_assert_cmpuint (rapport_peec_count_words ("أنا محامية متخصصة في قانون الأسرة"), ==, 6);
  g_assert_cmpuint (rapport_peec_count_words ("أَنَا مُحَامِيَةٌ"), ==, 2);
  g_assert_cmpuint (rapport_peec_count_words ("مـحـامـيـة"), ==, 1);
  /* Persian's zero-width non-joiner is inside a word. */
  g_assert_cmpuint (rapport_peec_count_words ("می\xe2\x80\x8cخواهم کمک کنم"), ==, 3);
  /* Direction marks change nothing. */
  g_assert_cmpuint (rapport_peec_count_words ("\xe2\x80\x8f" "أنا محامية" "\xe2\x80\x8e Leeds \xe2\x80\x8f"), ==, 3);
}

static void
test_words_without_spaces (void)
{
  /* About two Han or kana characters to a word: 私 は 家族法 の 弁護士 です. */
  g_assert_cmpuint (rapport_peec_count_words ("私は家族法の弁護士です"), ==, 6);
  /* Japanese punctuation separates. */
  g_assert_cmpuint (rapport_peec_count_words ("弁護士です。ご紹介ください！"), ==, 7);
  /* Katakana with its long vowel mark, and voiced marks whether composed or not. */
  g_assert_cmpuint (rapport_peec_count_words ("コンピューター"), ==, 4);
  g_assert_cmpuint (rapport_peec_count_words ("がぎ"), ==, 1);
  g_assert_cmpuint (rapport_peec_count_words ("か\xe3\x82\x99き\xe3\x82\x99"), ==, 1);
  /* Chinese: 我 是 家庭 律师. */
  g_assert_cmpuint (rapport_peec_count_words ("我是家庭律师"), ==, 3);
  /* Mixed with Latin words. */
  g_assert_cmpuint (rapport_peec_count_words ("私はIT企業で働く"), ==, 5);
  /* Thai: about three letters to a word (ผม เป็น ทนาย), its vowel marks not counted. */
  g_assert_cmpuint (rapport_peec_count_words ("ผมเป็นทนาย"), ==, 3);
  /* Hangul puts spaces between words. */
  g_assert_cmpuint (rapport_peec_count_words ("저는 가족법 변호사입니다"), ==, 3);
}

static void
test_words_bad_input (void)
{
  g_autoptr(GString) long_text = g_string_new (NULL);

  /* Not UTF-8: counted as best it can be, never a crash. */
  g_assert_cmpuint (rapport_peec_count_words ("family \xff\xfe lawyer"), ==, 2);
  g_assert_cmpuint (rapport_peec_count_words ("\xc3"), ==, 0);

  for (guint i = 0; i < 20000; i++)
    g_string_append (long_text, "word ");
  g_assert_cmpuint (rapport_peec_count_words (long_text->str), ==, 20000);

  {
    g_autofree char *composed = rapport_peec_compose ("\xff", "a\xc3", NULL, NULL);
    g_autoptr(GPtrArray) hints = check ("\xff", "a\xc3", long_text->str, NULL);

    g_assert_true (g_utf8_validate (composed, -1, NULL));
    g_assert_cmpuint (count_hints (hints, RAPPORT_PEEC_HINT_TOO_LONG, RAPPORT_PEEC_PART_WHOLE), ==, 1);
  }
}

static void
test_speaking_time (void)
{
  g_autofree char *nothing = rapport_peec_format_speaking_time (0);
  g_autofree char *shortest = rapport_peec_format_speaking_time (1);
  g_autofree char *example = rapport_peec_format_speaking_time (rapport_peec_speaking_seconds (40));
  g_autofree char *twenty = rapport_peec_format_speaking_time (21);
  g_autofree char *half = rapport_peec_format_speaking_time (30);
  g_autofree char *minutes = rapport_peec_format_speaking_time (150);

  g_assert_cmpuint (rapport_peec_speaking_seconds (0), ==, 0);
  g_assert_cmpuint (rapport_peec_speaking_seconds (150), ==, 60);
  g_assert_cmpuint (rapport_peec_speaking_seconds (75), ==, 30);
  g_assert_cmpuint (rapport_peec_speaking_seconds (40), ==, 16);
  g_assert_cmpuint (rapport_peec_speaking_seconds (1), ==, 0);
  g_assert_cmpuint (rapport_peec_speaking_seconds (2), ==, 1);
  g_assert_cmpuint (rapport_peec_speaking_seconds (G_MAXUINT), >, 0);

  g_assert_cmpstr (nothing, ==, "Nothing to say yet");
  g_assert_cmpstr (shortest, ==, "About 5 seconds to say");
  g_assert_cmpstr (example, ==, "About 15 seconds to say");
  g_assert_cmpstr (twenty, ==, "About 20 seconds to say");
  g_assert_cmpstr (half, ==, "About 30 seconds to say");
  g_assert_cmpstr (minutes, ==, "About 3 minutes to say");
}

/* Hints */

static void
test_hints_good (void)
{
  g_autoptr(GPtrArray) hints = check (GOOD_PROFESSION, GOOD_EXPERTISE, GOOD_ENVIRONMENT, GOOD_CALL);
  g_autoptr(RapportPeecStatement) statement = rapport_peec_statement_new ();
  g_autoptr(GPtrArray) statement_hints = NULL;

  g_assert_cmpuint (hints->len, ==, 0);

  /* Another good one, of another kind. */
  g_clear_pointer (&hints, g_ptr_array_unref);
  hints = check ("I'm a bicycle mechanic",
                 "I keep bikes running, so people never miss a day at work",
                 "from my workshop near Leeds station",
                 "when a colleague complains about a squeaky chain, send them my way");
  g_assert_cmpuint (hints->len, ==, 0);

  rapport_peec_statement_set_profession (statement, GOOD_PROFESSION);
  rapport_peec_statement_set_expertise (statement, GOOD_EXPERTISE);
  rapport_peec_statement_set_environment (statement, GOOD_ENVIRONMENT);
  rapport_peec_statement_set_call_to_action (statement, GOOD_CALL);
  statement_hints = rapport_peec_check_statement (statement);
  g_assert_cmpuint (statement_hints->len, ==, 0);
}

static void
test_hints_missing (void)
{
  const char *good[RAPPORT_PEEC_N_PARTS] = { GOOD_PROFESSION, GOOD_EXPERTISE, GOOD_ENVIRONMENT, GOOD_CALL };
  g_autoptr(GPtrArray) empty = check (NULL, "", " ", "\n");

  for (RapportPeecPart missing = 0; missing < RAPPORT_PEEC_N_PARTS; missing++)
    {
      const char *parts[RAPPORT_PEEC_N_PARTS];
      g_autoptr(GPtrArray) hints = NULL;

      for (guint i = 0; i < RAPPORT_PEEC_N_PARTS; i++)
        parts[i] = i == missing ? "   " : good[i];
      hints = check (parts[0], parts[1], parts[2], parts[3]);

      g_assert_cmpuint (hints->len, ==, 1);
      g_assert_cmpuint (count_hints (hints, RAPPORT_PEEC_HINT_MISSING, missing), ==, 1);
    }

  /* All four, and nothing else: there is nothing else to judge. */
  g_assert_cmpuint (empty->len, ==, 4);
  for (RapportPeecPart part = 0; part < RAPPORT_PEEC_N_PARTS; part++)
    g_assert_cmpuint (count_hints (empty, RAPPORT_PEEC_HINT_MISSING, part), ==, 1);
}

static void
test_hints_too_long (void)
{
  g_autoptr(GPtrArray) hints = NULL;
  const char *long_environment =
    "mostly for families in and around Leeds, Bradford, Wakefield, Huddersfield and Halifax, "
    "though I also travel to York and Harrogate when a case needs it, and I take video calls "
    "from parents anywhere in England and Wales, in the evenings and at weekends too, because "
    "that is when working parents are free to talk";
  g_autofree char *whole = rapport_peec_compose (GOOD_PROFESSION, GOOD_EXPERTISE, long_environment, GOOD_CALL);

  g_assert_cmpuint (rapport_peec_count_words (whole), >, 75);
  hints = check (GOOD_PROFESSION, GOOD_EXPERTISE, long_environment, GOOD_CALL);
  g_assert_cmpuint (hints->len, ==, 1);
  g_assert_cmpuint (count_hints (hints, RAPPORT_PEEC_HINT_TOO_LONG, RAPPORT_PEEC_PART_WHOLE), ==, 1);
  g_assert_nonnull (strstr (find_message (hints, RAPPORT_PEEC_HINT_TOO_LONG), "30 seconds"));

  /* 75 words is 30 seconds: just right. */
  g_clear_pointer (&hints, g_ptr_array_unref);
  {
    g_autoptr(GString) call = g_string_new (GOOD_CALL);

    while (rapport_peec_count_words (call->str) + 40 - rapport_peec_count_words (GOOD_CALL) < 75)
      g_string_append (call, " again");
    hints = check (GOOD_PROFESSION, GOOD_EXPERTISE, GOOD_ENVIRONMENT, call->str);
    g_assert_cmpuint (count_hints (hints, RAPPORT_PEEC_HINT_TOO_LONG, RAPPORT_PEEC_PART_WHOLE), ==, 0);
    g_clear_pointer (&hints, g_ptr_array_unref);

    g_string_append (call, " again");
    hints = check (GOOD_PROFESSION, GOOD_EXPERTISE, GOOD_ENVIRONMENT, call->str);
    g_assert_cmpuint (count_hints (hints, RAPPORT_PEEC_HINT_TOO_LONG, RAPPORT_PEEC_PART_WHOLE), ==, 1);
  }
}

static void
test_hints_introduction (void)
{
  g_autoptr(GPtrArray) hints = NULL;

  /* 4 + 14 = 18 words. */
  hints = check (GOOD_PROFESSION,
                 "I help separated parents settle custody and money matters without ever going to court",
                 GOOD_ENVIRONMENT, GOOD_CALL);
  g_assert_cmpuint (hints->len, ==, 1);
  g_assert_cmpuint (count_hints (hints, RAPPORT_PEEC_HINT_INTRODUCTION_TOO_LONG, RAPPORT_PEEC_PART_EXPERTISE), ==, 1);
  g_assert_nonnull (strstr (find_message (hints, RAPPORT_PEEC_HINT_INTRODUCTION_TOO_LONG), "18 words"));

  /* 4 + 13 = 17: within. */
  g_clear_pointer (&hints, g_ptr_array_unref);
  hints = check (GOOD_PROFESSION,
                 "I help separated parents settle custody and money matters without going to court",
                 GOOD_ENVIRONMENT, GOOD_CALL);
  g_assert_cmpuint (hints->len, ==, 0);

  /* A profession too long on its own is told where it is typed. */
  g_clear_pointer (&hints, g_ptr_array_unref);
  hints = check ("I am a family lawyer and mediator and I have been one for twenty years in two firms",
                 NULL, NULL, NULL);
  g_assert_cmpuint (count_hints (hints, RAPPORT_PEEC_HINT_INTRODUCTION_TOO_LONG, RAPPORT_PEEC_PART_PROFESSION), ==, 1);
}

static void
test_hints_vague_call (void)
{
  const char *vague[] = {
    "Let me know if you need anything",
    "reach out anytime!",
    "If you need a lawyer, get in touch",
    "Tell ANYONE about me",
    "LET ME KNOW",
  };
  const char *specific[] = {
    GOOD_CALL,
    "If you know anyone who is going through a divorce, let me know",
    "Introduce me to the head of HR at a large school",
    "When you meet a parent struggling with a custody battle, give them my card",
    /* "anything" and "anyone" inside other words are not those words. */
    "Ask your neighbour Anyonee about me",
  };

  for (guint i = 0; i < G_N_ELEMENTS (vague); i++)
    {
      g_autoptr(GPtrArray) hints = check (GOOD_PROFESSION, GOOD_EXPERTISE, GOOD_ENVIRONMENT, vague[i]);

      g_test_message ("vague: %s", vague[i]);
      g_assert_cmpuint (hints->len, ==, 1);
      g_assert_cmpuint (count_hints (hints, RAPPORT_PEEC_HINT_VAGUE_CALL, RAPPORT_PEEC_PART_CALL_TO_ACTION), ==, 1);
    }

  for (guint i = 0; i < G_N_ELEMENTS (specific); i++)
    {
      g_autoptr(GPtrArray) hints = check (GOOD_PROFESSION, GOOD_EXPERTISE, GOOD_ENVIRONMENT, specific[i]);

      g_test_message ("specific: %s", specific[i]);
      g_assert_cmpuint (hints->len, ==, 0);
    }

  /* The hint quotes what was typed, spaces tidied. */
  {
    g_autoptr(GPtrArray) hints = check (GOOD_PROFESSION, GOOD_EXPERTISE, GOOD_ENVIRONMENT,
                                        "Please Let  me know, whenever");

    g_assert_cmpstr (find_message (hints, RAPPORT_PEEC_HINT_VAGUE_CALL), ==,
                     "“Let me know” is vague. Name a kind of person or something to listen for, "
                     "and what to do then.");
  }
}

static void
test_hints_buzzwords (void)
{
  g_autoptr(GPtrArray) hints = NULL;

  /* In any part, each part told once, quoting the words as typed. */
  hints = check ("I'm a growth ninja", "We leverage Synergy to deliver best-in-class solutions",
                 GOOD_ENVIRONMENT, GOOD_CALL);
  g_assert_cmpuint (hints->len, ==, 2);
  g_assert_cmpuint (count_hints (hints, RAPPORT_PEEC_HINT_BUZZWORD, RAPPORT_PEEC_PART_PROFESSION), ==, 1);
  g_assert_cmpuint (count_hints (hints, RAPPORT_PEEC_HINT_BUZZWORD, RAPPORT_PEEC_PART_EXPERTISE), ==, 1);
  g_assert_cmpstr (rapport_peec_hint_get_message (g_ptr_array_index (hints, 0)), ==,
                   "A stranger may not follow “ninja”. Say it in plain words.");
  g_assert_cmpstr (rapport_peec_hint_get_message (g_ptr_array_index (hints, 1)), ==,
                   "A stranger may not follow “leverage”, “Synergy”, “best-in-class”, “solutions”. "
                   "Say them in plain words.");

  /* Phrases across a hyphen or in capitals. */
  g_clear_pointer (&hints, g_ptr_array_unref);
  hints = check ("I'm a Thought-Leader", GOOD_EXPERTISE, GOOD_ENVIRONMENT, GOOD_CALL);
  g_assert_cmpuint (count_hints (hints, RAPPORT_PEEC_HINT_BUZZWORD, RAPPORT_PEEC_PART_PROFESSION), ==, 1);

  /* Accents do not hide one. */
  g_clear_pointer (&hints, g_ptr_array_unref);
  hints = check ("Soy un GURÚ del marketing", GOOD_EXPERTISE, GOOD_ENVIRONMENT, GOOD_CALL);
  g_assert_cmpuint (count_hints (hints, RAPPORT_PEEC_HINT_BUZZWORD, RAPPORT_PEEC_PART_PROFESSION), ==, 1);
  g_assert_nonnull (strstr (find_message (hints, RAPPORT_PEEC_HINT_BUZZWORD), "“GURÚ”"));

  /* Whole words only: "resolutions" is not "solutions", nor "leveraged" "leverage". */
  g_clear_pointer (&hints, g_ptr_array_unref);
  hints = check ("I'm a mediator", "I help parents keep their resolutions after a divorce",
                 "for families whose lives leveraged on one income", "if you hear of a ninjutsu teacher, tell me");
  g_assert_cmpuint (count_hints (hints, RAPPORT_PEEC_HINT_BUZZWORD, RAPPORT_PEEC_PART_EXPERTISE), ==, 0);
  g_assert_cmpuint (count_hints (hints, RAPPORT_PEEC_HINT_BUZZWORD, RAPPORT_PEEC_PART_ENVIRONMENT), ==, 0);
  g_assert_cmpuint (count_hints (hints, RAPPORT_PEEC_HINT_BUZZWORD, RAPPORT_PEEC_PART_CALL_TO_ACTION), ==, 0);
}

static void
test_hints_about_you (void)
{
  g_autoptr(GPtrArray) hints = NULL;

  hints = check ("I'm a software developer", "I write fast, tidy code in Rust", "mostly in Berlin",
                 "if you hear of a Rust job, tell me");
  g_assert_cmpuint (hints->len, ==, 1);
  g_assert_cmpuint (count_hints (hints, RAPPORT_PEEC_HINT_ABOUT_YOU, RAPPORT_PEEC_PART_WHOLE), ==, 1);

  /* Naming whom you work for is enough, in any part. */
  g_clear_pointer (&hints, g_ptr_array_unref);
  hints = check ("I'm a software developer", "I write fast, tidy code in Rust",
                 "mostly for small shops in Berlin", "if you hear of a Rust job, tell me");
  g_assert_cmpuint (hints->len, ==, 0);

  /* A profession alone is not judged yet. */
  g_clear_pointer (&hints, g_ptr_array_unref);
  hints = check ("I'm a software developer", NULL, NULL, NULL);
  g_assert_cmpuint (count_hints (hints, RAPPORT_PEEC_HINT_ABOUT_YOU, RAPPORT_PEEC_PART_WHOLE), ==, 0);
}

static void
test_hints_other_languages (void)
{
  g_autoptr(GPtrArray) french = NULL;
  g_autoptr(GPtrArray) japanese = NULL;
  g_autoptr(GPtrArray) chinese = NULL;
  g_autoptr(GPtrArray) arabic = NULL;
  g_autoptr(GPtrArray) hebrew = NULL;
  g_autoptr(GPtrArray) long_japanese = NULL;
  g_autoptr(GString) long_text = g_string_new (NULL);

  /* The hints' lists are English here (LANGUAGE=C): a statement in another
   * language gets no false hints about length, and nothing crashes. */
  french = check ("Je suis avocate en droit de la famille",
                  "J'aide les parents à régler la garde sans procès",
                  "surtout pour des familles à Lyon",
                  "si vous entendez parler d'un parent inquiet, je serais ravie de prendre un café avec lui");
  g_assert_cmpuint (count_hints (french, RAPPORT_PEEC_HINT_TOO_LONG, RAPPORT_PEEC_PART_WHOLE), ==, 0);
  g_assert_cmpuint (count_hints (french, RAPPORT_PEEC_HINT_INTRODUCTION_TOO_LONG, RAPPORT_PEEC_PART_EXPERTISE), ==, 0);
  g_assert_cmpuint (count_hints (french, RAPPORT_PEEC_HINT_BUZZWORD, RAPPORT_PEEC_PART_EXPERTISE), ==, 0);

  japanese = check ("私は家族法の弁護士です", "裁判をせずに親権の問題を解決します",
                    "主にリーズ周辺のご家族のために", "親権で悩んでいる親御さんがいたら、ぜひご紹介ください");
  g_assert_cmpuint (count_hints (japanese, RAPPORT_PEEC_HINT_TOO_LONG, RAPPORT_PEEC_PART_WHOLE), ==, 0);
  g_assert_cmpuint (count_hints (japanese, RAPPORT_PEEC_HINT_INTRODUCTION_TOO_LONG, RAPPORT_PEEC_PART_EXPERTISE), ==, 0);
  for (RapportPeecPart part = 0; part < RAPPORT_PEEC_N_PARTS; part++)
    g_assert_cmpuint (count_hints (japanese, RAPPORT_PEEC_HINT_MISSING, part), ==, 0);

  chinese = check ("我是家庭律师", "我帮助父母不上法庭解决监护权问题", "主要在利兹", "如果你听说有父母在为监护权发愁，请介绍给我");
  g_assert_cmpuint (count_hints (chinese, RAPPORT_PEEC_HINT_TOO_LONG, RAPPORT_PEEC_PART_WHOLE), ==, 0);
  g_assert_cmpuint (count_hints (chinese, RAPPORT_PEEC_HINT_INTRODUCTION_TOO_LONG, RAPPORT_PEEC_PART_EXPERTISE), ==, 0);

  arabic = check ("أنا محامية أسرة", "أساعد الآباء على تسوية الحضانة دون محكمة", "في ليدز",
                  "إذا سمعت عن والد قلق، عرّفني عليه");
  g_assert_cmpuint (count_hints (arabic, RAPPORT_PEEC_HINT_TOO_LONG, RAPPORT_PEEC_PART_WHOLE), ==, 0);
  g_assert_cmpuint (count_hints (arabic, RAPPORT_PEEC_HINT_INTRODUCTION_TOO_LONG, RAPPORT_PEEC_PART_EXPERTISE), ==, 0);

  /* An English buzzword in a right-to-left sentence is still found. */
  hebrew = check ("אני guru של שיווק", NULL, NULL, NULL);
  g_assert_cmpuint (count_hints (hebrew, RAPPORT_PEEC_HINT_BUZZWORD, RAPPORT_PEEC_PART_PROFESSION), ==, 1);

  /* Three minutes of Japanese is too long. */
  for (guint i = 0; i < 20; i++)
    g_string_append (long_text, "裁判をせずに親権の問題を解決します。");
  long_japanese = check ("私は家族法の弁護士です", long_text->str, NULL, NULL);
  g_assert_cmpuint (count_hints (long_japanese, RAPPORT_PEEC_HINT_TOO_LONG, RAPPORT_PEEC_PART_WHOLE), ==, 1);
  g_assert_cmpuint (count_hints (long_japanese, RAPPORT_PEEC_HINT_INTRODUCTION_TOO_LONG, RAPPORT_PEEC_PART_EXPERTISE), ==, 1);
}

static void
test_hint_types (void)
{
  g_autoptr(GPtrArray) hints = check (NULL, NULL, NULL, NULL);
  RapportPeecHint *hint = g_ptr_array_index (hints, 0);
  g_autoptr(RapportPeecHint) copy = g_boxed_copy (RAPPORT_TYPE_PEEC_HINT, hint);
  g_autoptr(GEnumClass) parts = g_type_class_ref (RAPPORT_TYPE_PEEC_PART);
  g_autoptr(GEnumClass) kinds = g_type_class_ref (RAPPORT_TYPE_PEEC_HINT_KIND);

  g_assert_true (copy == hint);
  g_assert_cmpstr (g_enum_get_value (parts, RAPPORT_PEEC_PART_CALL_TO_ACTION)->value_nick, ==, "call-to-action");
  g_assert_cmpstr (g_enum_get_value (kinds, RAPPORT_PEEC_HINT_VAGUE_CALL)->value_nick, ==, "vague-call");
  g_assert_cmpstr (rapport_peec_part_get_label (RAPPORT_PEEC_PART_CALL_TO_ACTION), ==, "Call to Action");
  g_assert_cmpstr (rapport_peec_part_get_label (RAPPORT_PEEC_PART_WHOLE), ==, "Whole Statement");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rapport/peec/compose/example", test_compose_example);
  g_test_add_func ("/rapport/peec/compose/skipped-parts", test_compose_skipped_parts);
  g_test_add_func ("/rapport/peec/compose/punctuation", test_compose_punctuation);
  g_test_add_func ("/rapport/peec/compose/capitals", test_compose_capitals);
  g_test_add_func ("/rapport/peec/compose/scripts", test_compose_scripts);
  g_test_add_func ("/rapport/peec/compose/statement", test_compose_statement);
  g_test_add_func ("/rapport/peec/words/spaced", test_words_spaced);
  g_test_add_func ("/rapport/peec/words/right-to-left", test_words_right_to_left);
  g_test_add_func ("/rapport/peec/words/without-spaces", test_words_without_spaces);
  g_test_add_func ("/rapport/peec/words/bad-input", test_words_bad_input);
  g_test_add_func ("/rapport/peec/speaking-time", test_speaking_time);
  g_test_add_func ("/rapport/peec/hints/good", test_hints_good);
  g_test_add_func ("/rapport/peec/hints/missing", test_hints_missing);
  g_test_add_func ("/rapport/peec/hints/too-long", test_hints_too_long);
  g_test_add_func ("/rapport/peec/hints/introduction", test_hints_introduction);
  g_test_add_func ("/rapport/peec/hints/vague-call", test_hints_vague_call);
  g_test_add_func ("/rapport/peec/hints/buzzwords", test_hints_buzzwords);
  g_test_add_func ("/rapport/peec/hints/about-you", test_hints_about_you);
  g_test_add_func ("/rapport/peec/hints/other-languages", test_hints_other_languages);
  g_test_add_func ("/rapport/peec/hints/types", test_hint_types);

  return g_test_run ();
}
