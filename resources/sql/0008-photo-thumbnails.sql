-- Rapport schema, step 8: a small copy of each photo, for lists.
--
-- photo_thumbnail: the photo cut square and made avatar-sized (PNG), so
--   that a list of people never decodes a full photo. NULL until it is
--   made (off the main thread, then saved here; databases from before this
--   step get theirs the first time each person is shown); an empty BLOB
--   when the photo cannot be shown (damaged, or too large to decode).
--   Whenever the photo changes, it is NULL again.

ALTER TABLE contact ADD COLUMN photo_thumbnail BLOB;
