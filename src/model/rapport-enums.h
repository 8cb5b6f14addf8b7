/* rapport-enums.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * RapportCloseness:
 * @RAPPORT_CLOSENESS_UNKNOWN: not said yet
 * @RAPPORT_CLOSENESS_INNER_CIRCLE: someone you would call at 3 a.m.
 * @RAPPORT_CLOSENESS_FRIEND: a real friend
 * @RAPPORT_CLOSENESS_ACQUAINTANCE: someone you know
 * @RAPPORT_CLOSENESS_ONLINE_ONLY: a connection you have not met
 *
 * How close you are, the article's "real friends" test. Values are stored:
 * never renumber them.
 */
typedef enum
{
  RAPPORT_CLOSENESS_UNKNOWN = 0,
  RAPPORT_CLOSENESS_INNER_CIRCLE = 1,
  RAPPORT_CLOSENESS_FRIEND = 2,
  RAPPORT_CLOSENESS_ACQUAINTANCE = 3,
  RAPPORT_CLOSENESS_ONLINE_ONLY = 4,
} RapportCloseness;

/**
 * RapportInteractionKind:
 *
 * What happened. Values are stored: never renumber them.
 */
typedef enum
{
  RAPPORT_INTERACTION_MET_IN_PERSON = 0,
  RAPPORT_INTERACTION_CALL = 1,
  RAPPORT_INTERACTION_VIDEO = 2,
  RAPPORT_INTERACTION_MESSAGE = 3,
  RAPPORT_INTERACTION_EMAIL = 4,
  RAPPORT_INTERACTION_EVENT = 5,
  RAPPORT_INTERACTION_NOTE = 6,
  RAPPORT_INTERACTION_INTRODUCTION_MADE = 7,
  RAPPORT_INTERACTION_HELP_GIVEN = 8,
  RAPPORT_INTERACTION_HELP_RECEIVED = 9,
} RapportInteractionKind;

#define RAPPORT_INTERACTION_KIND_LAST RAPPORT_INTERACTION_HELP_RECEIVED

/**
 * RapportLinkKind:
 * @RAPPORT_LINK_INTRODUCED_BY: the first person was introduced to the user by the second
 * @RAPPORT_LINK_WORKS_WITH: they work together
 * @RAPPORT_LINK_FAMILY: they are family
 * @RAPPORT_LINK_PARTNER: they are partners
 * @RAPPORT_LINK_MENTOR: the first person mentors the second
 * @RAPPORT_LINK_FRIEND: they are friends
 *
 * How two people know each other. Values are stored: never renumber them.
 */
typedef enum
{
  RAPPORT_LINK_INTRODUCED_BY = 0,
  RAPPORT_LINK_WORKS_WITH = 1,
  RAPPORT_LINK_FAMILY = 2,
  RAPPORT_LINK_PARTNER = 3,
  RAPPORT_LINK_MENTOR = 4,
  RAPPORT_LINK_FRIEND = 5,
} RapportLinkKind;

#define RAPPORT_LINK_KIND_LAST RAPPORT_LINK_FRIEND

/**
 * RapportIntroductionHow:
 *
 * How an introduction was made. Values are stored: never renumber them.
 */
typedef enum
{
  RAPPORT_INTRODUCTION_IN_PERSON = 0,
  RAPPORT_INTRODUCTION_EMAIL = 1,
  RAPPORT_INTRODUCTION_MESSAGE = 2,
} RapportIntroductionHow;

/**
 * RapportIntroductionOutcome:
 *
 * What came of an introduction, as the follow-up asks. Values are stored:
 * never renumber them.
 */
typedef enum
{
  RAPPORT_INTRODUCTION_OUTCOME_UNKNOWN = 0,
  RAPPORT_INTRODUCTION_OUTCOME_WORKED_TOGETHER = 1,
  RAPPORT_INTRODUCTION_OUTCOME_TALKING = 2,
  RAPPORT_INTRODUCTION_OUTCOME_NO_MATCH = 3,
} RapportIntroductionOutcome;

#define RAPPORT_INTRODUCTION_OUTCOME_LAST RAPPORT_INTRODUCTION_OUTCOME_NO_MATCH

/**
 * RapportFieldKind:
 *
 * The kind of a contact's multi-valued field. Values are stored: never
 * renumber them.
 */
typedef enum
{
  RAPPORT_FIELD_EMAIL = 0,
  RAPPORT_FIELD_PHONE = 1,
  RAPPORT_FIELD_URL = 2,
  RAPPORT_FIELD_ADDRESS = 3,
} RapportFieldKind;

#define RAPPORT_FIELD_KIND_LAST RAPPORT_FIELD_ADDRESS

/**
 * RapportPeopleSort:
 * @RAPPORT_PEOPLE_SORT_NAME: alphabetical, in the user's language
 * @RAPPORT_PEOPLE_SORT_LAST_CONTACTED: most recently in touch first, never last
 * @RAPPORT_PEOPLE_SORT_MOST_OVERDUE: longest overdue first, no reminder last
 * @RAPPORT_PEOPLE_SORT_RELEVANCE: best search match first (by name without a search)
 *
 * Orders for the list of people.
 */
typedef enum
{
  RAPPORT_PEOPLE_SORT_NAME,
  RAPPORT_PEOPLE_SORT_LAST_CONTACTED,
  RAPPORT_PEOPLE_SORT_MOST_OVERDUE,
  RAPPORT_PEOPLE_SORT_RELEVANCE,
} RapportPeopleSort;

/**
 * RapportCalendarStatus:
 * @RAPPORT_CALENDAR_STATUS_CONFIRMED: it takes place (also when the calendar says nothing)
 * @RAPPORT_CALENDAR_STATUS_TENTATIVE: it may take place
 * @RAPPORT_CALENDAR_STATUS_CANCELLED: it was called off
 *
 * What a calendar says of an event (iCalendar's STATUS, or METHOD:CANCEL).
 * Values are stored: never renumber them.
 */
typedef enum
{
  RAPPORT_CALENDAR_STATUS_CONFIRMED = 0,
  RAPPORT_CALENDAR_STATUS_TENTATIVE = 1,
  RAPPORT_CALENDAR_STATUS_CANCELLED = 2,
} RapportCalendarStatus;

/**
 * RapportCalendarRole:
 * @RAPPORT_CALENDAR_ROLE_REQUIRED: expected to be there (iCalendar's default)
 * @RAPPORT_CALENDAR_ROLE_CHAIR: leads the meeting
 * @RAPPORT_CALENDAR_ROLE_OPTIONAL: welcome, not needed
 * @RAPPORT_CALENDAR_ROLE_NON_PARTICIPANT: told, not taking part
 *
 * An attendee's ROLE in a calendar event.
 */
typedef enum
{
  RAPPORT_CALENDAR_ROLE_REQUIRED = 0,
  RAPPORT_CALENDAR_ROLE_CHAIR = 1,
  RAPPORT_CALENDAR_ROLE_OPTIONAL = 2,
  RAPPORT_CALENDAR_ROLE_NON_PARTICIPANT = 3,
} RapportCalendarRole;

/**
 * RapportCalendarReply:
 * @RAPPORT_CALENDAR_REPLY_NEEDS_ACTION: has not answered (iCalendar's default)
 * @RAPPORT_CALENDAR_REPLY_ACCEPTED: will come
 * @RAPPORT_CALENDAR_REPLY_DECLINED: will not come
 * @RAPPORT_CALENDAR_REPLY_TENTATIVE: may come
 * @RAPPORT_CALENDAR_REPLY_DELEGATED: sends someone else
 *
 * An attendee's answer to the invitation (iCalendar's PARTSTAT).
 */
typedef enum
{
  RAPPORT_CALENDAR_REPLY_NEEDS_ACTION = 0,
  RAPPORT_CALENDAR_REPLY_ACCEPTED = 1,
  RAPPORT_CALENDAR_REPLY_DECLINED = 2,
  RAPPORT_CALENDAR_REPLY_TENTATIVE = 3,
  RAPPORT_CALENDAR_REPLY_DELEGATED = 4,
} RapportCalendarReply;

const char *rapport_closeness_get_label        (RapportCloseness       closeness);
const char *rapport_interaction_kind_get_label (RapportInteractionKind kind);
gboolean    rapport_interaction_kind_is_contact (RapportInteractionKind kind);

G_END_DECLS
