-- Rapport schema, step 15: people linked with the contacts of the desktop's
-- address books (through Evolution Data Server), kept in step both ways.
--
-- address_book_link: a person and one contact of one address book (the
--   book's ESource UID, the contact's UID in it). A person may have several;
--   a contact is linked to one person at most. state: 0 linked, 1 no longer
--   in the book (deleted there: the person stays, with their timeline).
-- address_book_agreed: for each linked contact, the value of each field the
--   address book owns (name, emails, phones, addresses, organisation,
--   birthday, photo) as both sides last agreed on it, in the sync's own
--   text form, so that a later change on either side is merged field by
--   field rather than one side overwriting the other.
-- address_book_note: a short note on a person of what differed the last
--   time both sides changed the same field, and which value was kept.

CREATE TABLE address_book_link (
  id          INTEGER PRIMARY KEY,
  contact_id  INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  book_uid    TEXT NOT NULL,
  contact_uid TEXT NOT NULL,
  state       INTEGER NOT NULL DEFAULT 0 CHECK (state IN (0, 1)),
  linked_at   TEXT NOT NULL,
  UNIQUE (book_uid, contact_uid)
);

CREATE INDEX address_book_link_by_contact ON address_book_link (contact_id);

CREATE TABLE address_book_agreed (
  link_id INTEGER NOT NULL REFERENCES address_book_link (id) ON DELETE CASCADE,
  field   TEXT NOT NULL,
  value   TEXT NOT NULL,
  PRIMARY KEY (link_id, field)
) WITHOUT ROWID;

CREATE TABLE address_book_note (
  contact_id INTEGER PRIMARY KEY REFERENCES contact (id) ON DELETE CASCADE,
  note       TEXT NOT NULL,
  noted_at   TEXT NOT NULL
);
