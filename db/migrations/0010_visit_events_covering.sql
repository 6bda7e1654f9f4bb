-- 0010: the summaries read a range of visits' events (visit, time, kind, code, result) through
-- an index that holds all of them, so a month's ~80k events are read from the index alone instead
-- of one table lookup each (db/day_summary.cpp, k_events). It replaces visit_events_by_visit
-- (visit_id, at): its columns lead the new one, so a visit's timeline (WHERE visit_id = ? ORDER
-- BY at) is served the same way. id follows at so that ORDER BY visit_id, at, id needs no sort.
-- Only an index changes: every row is kept.
CREATE INDEX visit_events_summary ON visit_events(visit_id, at, id, kind, code, result);
DROP INDEX visit_events_by_visit;
