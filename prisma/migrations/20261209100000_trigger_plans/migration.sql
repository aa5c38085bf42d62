-- The targets' live-event query (accord_targets_event, run by every create, edit and delete of
-- spans) was planned once per connection and the plan kept: PL/pgSQL caches a generic plan after a
-- few calls, and one made while "Annotation" and "LiveEvent" were nearly empty (scan both whole,
-- hash, anti-join) was still used when they held thousands of rows, until something invalidated it.
-- Each create then read both tables whole, and the database's CPU per create trebled within 10,000
-- notes (bench/RESULTS.md, ninth round). Planned at each call, the query sees the tables as they
-- are and finds its rows by their indexes; planning it costs far less than one such scan.
ALTER FUNCTION accord_targets_event(uuid[]) SET plan_cache_mode = force_custom_plan;
