/* ebook-roundtrip-expected.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What each CSV fixture holds, written down as vCard for
 * test-ebook-roundtrip.c to compare the export with: a CSV has no parser
 * besides Rapport's to ask. Only what is written here is compared: a card
 * without FN says nothing about the name shown, and `X-RAPPORT-NOT-FN`
 * is a name the export must not show (Google's "File As", "Family, Given").
 * An ADR without TYPE is an "other" address; an item group's X-ABLabel is
 * its own label.
 */

#pragma once

typedef struct
{
  const char *file;
  const char *people;
} ExpectedPeople;

static const ExpectedPeople expected_csv[] = {
  { "google-contacts.csv",
    "BEGIN:VCARD\n"
    "N:Example;Priya;Anand;;\n"
    "ORG:Example Robotics;R&D\n"
    "EMAIL:priya@home.example\n"
    "EMAIL:priya@robotics.example\n"
    "EMAIL:priya.anand@robotics.example\n"
    "TEL:+91 98765 43210\n"
    "TEL:+91 98765 00000\n"
    "TEL:+91 80 1234 5678\n"
    "ADR;TYPE=WORK:;;1 Example Park;Bengaluru;KA;560001;India\n"
    "END:VCARD\n"
    "BEGIN:VCARD\n"
    "N:Ejemplo;Luis;;;\n"
    "EMAIL:luis@example.org\n"
    "ADR:;;Calle Falsa 123;Springfield;;12345;Spain\n"
    "END:VCARD\n"
    "BEGIN:VCARD\n"
    "N:Example;Wen;;;\n"
    "EMAIL:wen@example.org\n"
    "END:VCARD\n" },

  { "google-legacy.csv",
    "BEGIN:VCARD\n"
    "FN:Noor Example\n"
    "N:Example;Noor;;;\n"
    "ORG:Example Shipping\n"
    "EMAIL:noor@example.org\n"
    "TEL:+20 100 000 0000\n"
    "END:VCARD\n" },

  { "google-contacts-structured.csv",
    "BEGIN:VCARD\n"
    "N:Example-Ruiz;Dana;Marie Louise;Dr.;MD\n"
    "X-RAPPORT-NOT-FN:Example-Ruiz, Dana\n"
    "ORG:Clínica Ejemplo\\, S.L.;Cardiology\n"
    "EMAIL:dana@clinica.example\n"
    "EMAIL:dana.er@mail.example\n"
    "TEL:+34 600 555 010\n"
    "TEL:+34 91 555 0101\n"
    "ADR;TYPE=WORK:Apartado 123;Planta 2;Calle Mayor 10;Madrid;Madrid;28013;Spain\n"
    "ADR;TYPE=HOME:;;Calle Luna 3;Madrid;;28004;\n"
    "END:VCARD\n"
    "BEGIN:VCARD\n"
    "N:Ejemplo Sanz;Tomás;;;\n"
    "X-RAPPORT-NOT-FN:Ejemplo Sanz, Tomás\n"
    "ORG:Ejemplo Hermanos\n"
    "EMAIL:tomas@hermanos.example\n"
    "TEL:+34 952 555 020\n"
    "ADR:;;Finca Los Olivos;Ronda;Málaga;;España\n"
    "item1.ADR:;;Paseo Marítimo 7\\, 3º B;Nerja;Málaga;29780;España\n"
    "item1.X-ABLabel:Holiday flat\n"
    "END:VCARD\n"
    "BEGIN:VCARD\n"
    "N:Zhang;Wei;;;III\n"
    "X-RAPPORT-NOT-FN:Zhang, Wei\n"
    "ORG:Example Trading Co.;Asia\\; Pacific\n"
    "EMAIL:wei.zhang@trading.example\n"
    "TEL:+86 138 5555 0303\n"
    "ADR;TYPE=HOME:;Apt 5\\, Building 2;88 Example Road\\nBlock C;Shanghai;Shanghai;200000;China\n"
    "END:VCARD\n" },

  { "outlook.csv",
    "BEGIN:VCARD\n"
    "N:Exämple;Olu;;;\n"
    "ORG:Example Outfitters\n"
    "EMAIL:olu@outfitters.example\n"
    "EMAIL:olu@home.example\n"
    "TEL:+234 800 000 0000\n"
    "TEL:+234 1 000 0000\n"
    "END:VCARD\n" },

  /* Outlook's Title is the prefix; Business, Home and Other are the
   * address's type; Street 2 and 3 are empty here, as they mostly are. */
  { "outlook-structured.csv",
    "BEGIN:VCARD\n"
    "N:Beispiel;Jürgen;Karl;Dr.;Sr.\n"
    "ORG:Beispiel & Söhne GmbH;Einkauf\n"
    "EMAIL:juergen@beispiel.example\n"
    "EMAIL:jk@mail.example\n"
    "TEL:+49 221 555 0100\n"
    "TEL:+49 170 555 0101\n"
    "ADR;TYPE=WORK:Postfach 1234;;Industriestraße 7;Köln;NRW;50667;Germany\n"
    "ADR;TYPE=HOME:;;Am Rhein 3;Bonn;;53111;\n"
    "END:VCARD\n"
    "BEGIN:VCARD\n"
    "N:Exampleton;Aoife;;Ms.;\n"
    "ORG:Contoso\\, Ltd.\n"
    "EMAIL:aoife@contoso.example\n"
    "TEL:+353 21 555 0109\n"
    "ADR:PO Box 9;;1 Harbour View;Cork;;;Ireland\n"
    "END:VCARD\n"
    "BEGIN:VCARD\n"
    "N:Exemple;Léa;;;\n"
    "ORG:Société Exemple;R&D\\; Lab\n"
    "EMAIL:lea@exemple.example\n"
    "TEL:+33 4 55 55 01 03\n"
    "ADR;TYPE=HOME:;;5\\, rue de l'Exemple;Lyon;;69002;France\n"
    "END:VCARD\n" },

  { "linkedin-current.csv",
    "BEGIN:VCARD\n"
    "N:Lovelace;Ada;;;\n"
    "ORG:Analytical Engines\n"
    "END:VCARD\n"
    "BEGIN:VCARD\n"
    "N:Babbage;Charles;;;\n"
    "ORG:Babbage\\, Ltd.\n"
    "EMAIL:charles@engines.example\n"
    "END:VCARD\n"
    "BEGIN:VCARD\n"
    "N:Somerville;Mary;;;\n"
    "ORG:Science\\, Inc.\n"
    "END:VCARD\n"
    "BEGIN:VCARD\n"
    "N:;Nameless;;;\n"
    "END:VCARD\n" },

  { "linkedin-2018.csv",
    "BEGIN:VCARD\n"
    "N:Hopper;Grace;;;\n"
    "ORG:Fictional Navy\n"
    "EMAIL:grace@navy.example\n"
    "END:VCARD\n"
    "BEGIN:VCARD\n"
    "N:Turing;Alan;;;\n"
    "ORG:Bletchley Example\n"
    "END:VCARD\n"
    "BEGIN:VCARD\n"
    "N:Johnson;Katherine;;;\n"
    "ORG:NACA Example\n"
    "END:VCARD\n" },

  { "linkedin-notes-quoted.csv",
    "BEGIN:VCARD\n"
    "N:Lamarr;Hedy;;;\n"
    "ORG:Frequency Hopping Example\n"
    "EMAIL:hedy@example.org\n"
    "END:VCARD\n" },

  /* LinkedIn has a first and a last name: nothing is guessed from them. */
  { "linkedin-structured.csv",
    "BEGIN:VCARD\n"
    "N:Example\\, PhD;Mary Ann;;;\n"
    "ORG:Example Labs\\, Inc.\n"
    "END:VCARD\n"
    "BEGIN:VCARD\n"
    "N:García Ejemplo;José Luis;;;\n"
    "ORG:Ejemplo Ingeniería\n"
    "EMAIL:jl@ejemplo.example\n"
    "END:VCARD\n"
    "BEGIN:VCARD\n"
    "N:Öberg-Exempel;Åsa;;;\n"
    "ORG:Exempel AB\\; Norden\n"
    "END:VCARD\n" },
};
