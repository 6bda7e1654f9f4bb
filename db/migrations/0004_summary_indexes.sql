-- The day summary reads voids, no-sale openings and overrides by time range; without these
-- indexes those queries scan the whole journal and grow with the history instead of the day.
CREATE INDEX journal_by_kind_at ON journal(kind, at);
CREATE INDEX overrides_by_at ON overrides(at);
