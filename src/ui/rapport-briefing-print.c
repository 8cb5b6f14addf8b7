/* rapport-briefing-print.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The briefing on paper (or in a PDF, from the print dialog): the event,
 * your statement, then a block per person with the same facts as the page,
 * in black on white. Each block is one Pango layout; pages are filled with
 * whole blocks, so a person is never split across two pages — unless one
 * person alone is longer than a page, and then only between lines.
 */

#define G_LOG_DOMAIN "rapport-briefing-print"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-briefing-print.h"
#include "rapport-contact-row.h"
#include "rapport-enums.h"
#include "rapport-event-row.h"
#include "rapport-relative-date.h"
#include "rapport-statement-row.h"

/* Points. */
#define BLOCK_GAP 14.0
#define FOOTER_HEIGHT 24.0
#define RULE_WIDTH 0.5

/* A run of lines of one block, placed on a page. */
typedef struct
{
  guint block;
  int first_line;
  int n_lines;      /* -1: the whole block */
  double y;
} Piece;

struct _RapportBriefingPrint
{
  GtkPrintOperation parent_instance;

  RapportBriefing *briefing;
  GDate since;                 /* invalid: everyone */

  GPtrArray *blocks;           /* PangoLayout */
  GPtrArray *pages;            /* GArray of Piece */
};

G_DEFINE_FINAL_TYPE (RapportBriefingPrint, rapport_briefing_print, GTK_TYPE_PRINT_OPERATION)

static void
append_fact (GString    *markup,
             const char *heading,
             const char *text)
{
  if (text == NULL || *text == '\0')
    return;
  g_string_append_printf (markup, "\n<span size='8pt' weight='bold' letter_spacing='600'>%s</span>\n", heading);
  g_string_append_printf (markup, "<span size='10pt'>%s</span>", text);
}

static char *
escape (const char *text)
{
  return g_markup_escape_text (text != NULL ? text : "", -1);
}

static char *
event_markup (RapportBriefing *briefing)
{
  RapportEvent *event = rapport_briefing_get_event (briefing);
  RapportPeecStatement *statement = rapport_briefing_get_statement (briefing);
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autofree char *name = escape (*rapport_event_get_name (event) ? rapport_event_get_name (event)
                                                                  : C_("briefing", "Untitled Event"));
  g_autofree char *when = rapport_event_dup_when (event);
  g_autofree char *place = escape (rapport_event_get_place (event));
  g_autofree char *when_escaped = escape (when);

  g_string_append_printf (markup, "<span size='18pt' weight='bold'>%s</span>\n<span size='10pt'>%s",
                          name, when_escaped);
  if (*place != '\0')
    g_string_append_printf (markup, "%s%s", _(" · "), place);
  g_string_append (markup, "</span>");

  if (statement != NULL)
    {
      g_autofree char *text = rapport_peec_statement_dup_text (statement);
      g_autofree char *text_escaped = escape (text);

      append_fact (markup, C_("briefing", "Your Statement"), text_escaped);
    }

  return g_string_free (g_steal_pointer (&markup), FALSE);
}

static char *
entry_markup (const RapportBriefingEntry *entry,
              const GDate                *today)
{
  RapportContact *contact = entry->contact;
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autoptr(GString) standing = g_string_new (NULL);
  g_autofree char *name = escape (*entry->name ? entry->name : C_("briefing", "Unnamed Person"));
  g_autofree char *subtitle = rapport_contact_dup_subtitle (contact);
  g_autofree char *subtitle_escaped = escape (subtitle);
  g_autofree char *goal = escape (entry->goal);
  g_autofree char *how_met = escape (rapport_contact_get_how_met (contact));
  g_autofree char *looking_for = escape (rapport_contact_get_looking_for (contact));
  g_autofree char *help = escape (rapport_contact_get_how_i_can_help (contact));
  g_autofree char *last = NULL;
  g_autofree char *follow_up = NULL;

  g_string_append_printf (markup, "<span size='13pt' weight='bold'>%s</span>", name);
  if (*subtitle != '\0')
    g_string_append_printf (markup, "\n<span size='10pt'>%s</span>", subtitle_escaped);

  if (rapport_contact_get_closeness (contact) != RAPPORT_CLOSENESS_UNKNOWN)
    g_string_append (standing, rapport_closeness_get_label (rapport_contact_get_closeness (contact)));
  if (rapport_contact_get_enjoy (contact))
    g_string_append_printf (standing, "%s%s", standing->len > 0 ? _(" · ") : "", _("You enjoy them"));
  if (entry->last == NULL)
    g_string_append_printf (standing, "%s%s", standing->len > 0 ? _(" · ") : "", _("Not met yet"));
  if (standing->len > 0)
    {
      g_autofree char *standing_escaped = escape (standing->str);

      g_string_append_printf (markup, "\n<span size='9pt' style='italic'>%s</span>", standing_escaped);
    }

  if (entry->last != NULL)
    {
      g_autofree char *day = rapport_format_day (rapport_interaction_get_date (entry->last), today);
      g_autofree char *text = g_strdup_printf (_("%s: %s"), day, rapport_interaction_get_summary (entry->last));

      last = escape (text);
    }
  if (g_date_valid (&entry->follow_up))
    follow_up = rapport_format_day (&entry->follow_up, today);

  append_fact (markup, C_("briefing", "Your Goal"), goal);
  append_fact (markup, _("How You Met"), how_met);
  append_fact (markup, C_("briefing", "Last Time"), last);
  append_fact (markup, C_("briefing", "Follow Up"), follow_up);
  append_fact (markup, C_("briefing", "Looking For"), looking_for);
  append_fact (markup, _("How You Can Help"), help);

  return g_string_free (g_steal_pointer (&markup), FALSE);
}

static PangoLayout *
new_block (GtkPrintContext *context,
           const char      *markup,
           double           width)
{
  PangoLayout *layout = gtk_print_context_create_pango_layout (context);
  PangoFontDescription *font = pango_font_description_from_string ("Sans 10");

  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  /* Paragraphs follow the reader's language, not the first letter of a
   * name: "محمد Walker" stays at the start of the line in English. */
  pango_layout_set_auto_dir (layout, FALSE);
  pango_context_set_base_dir (pango_layout_get_context (layout),
                              gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL
                              ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
  pango_layout_context_changed (layout);
  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

static double
block_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return pango_units_to_double (height);
}

/* The top and bottom of each line, in points. */
static GArray *
line_spans (PangoLayout *layout)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (double) * 2);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle rect;
      double span[2];

      pango_layout_iter_get_line_extents (iter, NULL, &rect);
      span[0] = pango_units_to_double (rect.y);
      span[1] = pango_units_to_double (rect.y + rect.height);
      g_array_append_vals (spans, span, 1);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  return spans;
}

static GArray *
new_page (GPtrArray *pages)
{
  GArray *page = g_array_new (FALSE, FALSE, sizeof (Piece));

  g_ptr_array_add (pages, page);
  return page;
}

static void
paginate (RapportBriefingPrint *self,
          double                page_height)
{
  GArray *page = new_page (self->pages);
  double y = 0;

  for (guint b = 0; b < self->blocks->len; b++)
    {
      PangoLayout *layout = g_ptr_array_index (self->blocks, b);
      double height = block_height (layout);

      if (y > 0 && y + height > page_height)
        {
          page = new_page (self->pages);
          y = 0;
        }
      if (height <= page_height - y)
        {
          Piece piece = { b, 0, -1, y };

          g_array_append_val (page, piece);
          y += height + BLOCK_GAP;
          continue;
        }

      /* Longer than a page: as many whole lines as fit on each. */
      {
        g_autoptr(GArray) spans = line_spans (layout);
        int n_lines = (int) spans->len;
        int line = 0;

        while (line < n_lines)
          {
            Piece piece = { b, line, 0, y };
            double first_top = ((double *) spans->data)[2 * line];
            double used_bottom = first_top;

            for (; line < n_lines; line++)
              {
                double bottom = ((double *) spans->data)[2 * line + 1];

                if (bottom - first_top > page_height - y && piece.n_lines > 0)
                  break;
                piece.n_lines++;
                used_bottom = bottom;
              }
            g_array_append_val (page, piece);
            y += used_bottom - first_top + BLOCK_GAP;
            if (line < n_lines)
              {
                page = new_page (self->pages);
                y = 0;
              }
          }
      }
    }
}

static void
rapport_briefing_print_begin_print (GtkPrintOperation *operation,
                                    GtkPrintContext   *context)
{
  RapportBriefingPrint *self = RAPPORT_BRIEFING_PRINT (operation);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context) - FOOTER_HEIGHT;
  g_autofree char *header = event_markup (self->briefing);
  guint n = rapport_briefing_get_n_entries (self->briefing);
  GDate today;

  g_ptr_array_set_size (self->blocks, 0);
  g_ptr_array_set_size (self->pages, 0);
  rapport_date_set_today (&today);

  g_ptr_array_add (self->blocks, new_block (context, header, width));
  for (guint i = 0; i < n; i++)
    {
      const RapportBriefingEntry *entry = rapport_briefing_get_entry (self->briefing, i);
      g_autofree char *markup = NULL;

      if (g_date_valid (&self->since) && rapport_briefing_entry_seen_since (entry, &self->since))
        continue;
      markup = entry_markup (entry, &today);
      g_ptr_array_add (self->blocks, new_block (context, markup, width));
    }

  paginate (self, height);
  gtk_print_operation_set_n_pages (operation, (int) self->pages->len);
}

static void
draw_piece (cairo_t     *cr,
            PangoLayout *layout,
            const Piece *piece,
            double       width,
            gboolean     rule)
{
  PangoLayoutIter *iter;
  double first_top = 0;

  /* A hairline above each person, like a row in a printed list. */
  if (rule)
    {
      cairo_set_line_width (cr, RULE_WIDTH);
      cairo_move_to (cr, 0, piece->y - BLOCK_GAP / 2);
      cairo_line_to (cr, width, piece->y - BLOCK_GAP / 2);
      cairo_stroke (cr);
    }

  if (piece->n_lines < 0)
    {
      cairo_move_to (cr, 0, piece->y);
      pango_cairo_show_layout (cr, layout);
      return;
    }

  iter = pango_layout_get_iter (layout);
  for (int i = 0; i < piece->first_line + piece->n_lines; i++, pango_layout_iter_next_line (iter))
    {
      PangoRectangle rect;
      double baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter));

      pango_layout_iter_get_line_extents (iter, NULL, &rect);
      if (i == piece->first_line)
        first_top = pango_units_to_double (rect.y);
      if (i < piece->first_line)
        continue;
      cairo_move_to (cr, pango_units_to_double (rect.x), piece->y + baseline - first_top);
      pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
    }
  pango_layout_iter_free (iter);
}

static void
rapport_briefing_print_draw_page (GtkPrintOperation *operation,
                                  GtkPrintContext   *context,
                                  int                page_nr)
{
  RapportBriefingPrint *self = RAPPORT_BRIEFING_PRINT (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  GArray *page = g_ptr_array_index (self->pages, page_nr);
  g_autoptr(PangoLayout) footer = NULL;
  g_autofree char *footer_text = NULL;
  int footer_width;

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < page->len; i++)
    {
      const Piece *piece = &g_array_index (page, Piece, i);

      draw_piece (cr, g_ptr_array_index (self->blocks, piece->block), piece, width,
                  piece->block > 0 && piece->y > 0 && (piece->n_lines < 0 || piece->first_line == 0));
    }

  /* Translators: the footer of a printed briefing, "Page 2 of 3" */
  footer_text = g_strdup_printf (_("Page %d of %u"), page_nr + 1, self->pages->len);
  footer = gtk_print_context_create_pango_layout (context);
  pango_layout_set_text (footer, footer_text, -1);
  {
    PangoFontDescription *font = pango_font_description_from_string ("Sans 8");

    pango_layout_set_font_description (footer, font);
    pango_font_description_free (font);
  }
  pango_layout_get_size (footer, &footer_width, NULL);
  cairo_move_to (cr, (width - pango_units_to_double (footer_width)) / 2, height - FOOTER_HEIGHT / 2);
  pango_cairo_show_layout (cr, footer);
}

static void
rapport_briefing_print_finalize (GObject *object)
{
  RapportBriefingPrint *self = RAPPORT_BRIEFING_PRINT (object);

  g_clear_object (&self->briefing);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);

  G_OBJECT_CLASS (rapport_briefing_print_parent_class)->finalize (object);
}

static void
rapport_briefing_print_class_init (RapportBriefingPrintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = rapport_briefing_print_finalize;
  operation_class->begin_print = rapport_briefing_print_begin_print;
  operation_class->draw_page = rapport_briefing_print_draw_page;
}

static void
rapport_briefing_print_init (RapportBriefingPrint *self)
{
  self->blocks = g_ptr_array_new_with_free_func (g_object_unref);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_date_clear (&self->since, 1);

  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
}

/**
 * rapport_briefing_print_new:
 * @briefing: what to print
 * @since: (nullable): leave out people seen on or after this day
 *
 * Returns: (transfer full): a print operation for the briefing
 */
GtkPrintOperation *
rapport_briefing_print_new (RapportBriefing *briefing,
                            const GDate     *since)
{
  RapportBriefingPrint *self;
  RapportEvent *event;
  g_autofree char *title = NULL;

  g_return_val_if_fail (RAPPORT_IS_BRIEFING (briefing), NULL);

  self = g_object_new (RAPPORT_TYPE_BRIEFING_PRINT, NULL);
  self->briefing = g_object_ref (briefing);
  if (since != NULL && g_date_valid (since))
    self->since = *since;

  event = rapport_briefing_get_event (briefing);
  /* Translators: the name of a printed briefing's job, or its PDF */
  title = g_strdup_printf (_("Briefing — %s"), *rapport_event_get_name (event) ? rapport_event_get_name (event)
                                                                                : C_("briefing", "Untitled Event"));
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), title);
  return GTK_PRINT_OPERATION (self);
}
