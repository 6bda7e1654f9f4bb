-- 0011: one index page less in every journal append (every sale, refund, order payment).
-- journal_by_kind_at indexed every entry by (kind, at), but only the day summary reads the
-- journal by kind, and only voids and drawer openings (db/day_summary.cpp, k_journal). A sale
-- wrote a page of that index on each commit for nothing. The partial index holds just the two
-- kinds the summary counts (written as an OR, like 0005's checks, and the query with the same
-- terms so SQLite can use it). Only an index changes: every journal row is kept.
CREATE INDEX journal_drawer_by_at ON journal(kind, at) WHERE kind = 'void' OR kind = 'drawer_open';
DROP INDEX journal_by_kind_at;
