-- Hand-written equivalent of `innotrack report tally --fy 2026` made 2026-11-27, on PostgreSQL: the
-- same statements as bench/sql/tally.sql (the period is 2026-04-01 to 2026-11-27, whole council,
-- with its quarters, the risks open at each quarter's end and the open-risk heat map), in
-- PostgreSQL's own SQL: dates are `date`, and a count of the rows that pass a test is
-- count(*) FILTER (WHERE test) where SQLite sums the test's 0 or 1.
SELECT count(*), count(*) FILTER (WHERE completed_on <= baseline_due) FROM milestones
 WHERE completed_on BETWEEN '2026-04-01' AND '2026-11-27';
SELECT count(*) FROM benefits WHERE realised_on BETWEEN '2026-04-01' AND '2026-11-27';
SELECT count(*) FROM stage_changes
 WHERE changed_on BETWEEN '2026-04-01' AND '2026-11-27' AND to_stage <> 'stopped' AND from_stage <> 'stopped';
SELECT kind, count(*), count(*) FILTER (WHERE EXISTS (SELECT 1 FROM lessons l WHERE l.setback_id = s.id)) FROM setbacks s
 WHERE occurred_on BETWEEN '2026-04-01' AND '2026-11-27' GROUP BY kind;
SELECT count(*),
       count(*) FILTER (WHERE COALESCE(residual_likelihood * residual_impact, inherent_likelihood * inherent_impact) >= 15),
       count(*) FILTER (WHERE status = 'occurred'), count(*) FILTER (WHERE status = 'closed'),
       count(*) FILTER (WHERE status = 'open')
  FROM risks WHERE raised_on BETWEEN '2026-04-01' AND '2026-11-27';
-- The same counts by quarter (0 for April to June, 1 for July to September, 2 for October on).
SELECT (completed_on >= '2026-07-01')::int, count(*) FROM milestones
 WHERE completed_on BETWEEN '2026-04-01' AND '2026-11-27' GROUP BY 1;
SELECT (occurred_on >= '2026-07-01')::int + (occurred_on >= '2026-10-01')::int, kind, count(*) FROM setbacks
 WHERE occurred_on BETWEEN '2026-04-01' AND '2026-11-27' GROUP BY 1, 2;
SELECT (raised_on >= '2026-07-01')::int + (raised_on >= '2026-10-01')::int, count(*) FROM risks
 WHERE raised_on BETWEEN '2026-04-01' AND '2026-11-27' GROUP BY 1;
-- Risks open at the end of each whole quarter and on the last day, in one pass over the risks open
-- now and one over those closed (or occurred) since the first of the days, and the heat map on the
-- last day in the same two halves.
SELECT count(*) FILTER (WHERE raised_on <= '2026-06-30'), count(*) FILTER (WHERE raised_on <= '2026-09-30'),
       count(*) FILTER (WHERE raised_on <= '2026-11-27')
  FROM risks WHERE status = 'open' AND raised_on <= '2026-11-27';
SELECT count(*) FILTER (WHERE raised_on <= '2026-06-30' AND closed_on > '2026-06-30'),
       count(*) FILTER (WHERE raised_on <= '2026-09-30' AND closed_on > '2026-09-30'),
       count(*) FILTER (WHERE raised_on <= '2026-11-27' AND closed_on > '2026-11-27')
  FROM risks WHERE closed_on > '2026-06-30' AND raised_on <= '2026-11-27' AND status <> 'open';
SELECT COALESCE(residual_likelihood, inherent_likelihood) AS l, COALESCE(residual_impact, inherent_impact) AS i,
       count(*) FROM risks WHERE status = 'open' AND raised_on <= '2026-11-27' GROUP BY l, i;
SELECT COALESCE(residual_likelihood, inherent_likelihood) AS l, COALESCE(residual_impact, inherent_impact) AS i,
       count(*) FROM risks WHERE closed_on > '2026-11-27' AND raised_on <= '2026-11-27' AND status <> 'open'
 GROUP BY l, i;
