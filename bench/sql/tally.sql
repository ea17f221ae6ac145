-- Hand-written equivalent of `innotrack report tally --fy 2026` made 2026-11-27: the period is
-- 2026-04-01 to 2026-11-27, whole council, with its quarters, the risks open at each quarter's end
-- and the open-risk heat map.
SELECT count(*), sum(completed_on <= baseline_due) FROM milestones
 WHERE completed_on BETWEEN '2026-04-01' AND '2026-11-27';
SELECT count(*) FROM benefits WHERE realised_on BETWEEN '2026-04-01' AND '2026-11-27';
SELECT count(*) FROM stage_changes
 WHERE changed_on BETWEEN '2026-04-01' AND '2026-11-27' AND to_stage <> 'stopped' AND from_stage <> 'stopped';
SELECT kind, count(*), sum(EXISTS (SELECT 1 FROM lessons l WHERE l.setback_id = s.id)) FROM setbacks s
 WHERE occurred_on BETWEEN '2026-04-01' AND '2026-11-27' GROUP BY kind;
SELECT count(*),
       sum(COALESCE(residual_likelihood * residual_impact, inherent_likelihood * inherent_impact) >= 15),
       sum(status = 'occurred'), sum(status = 'closed'), sum(status = 'open')
  FROM risks WHERE raised_on BETWEEN '2026-04-01' AND '2026-11-27';
-- The same counts by quarter.
SELECT substr(completed_on, 1, 7) >= '2026-07', count(*) FROM milestones
 WHERE completed_on BETWEEN '2026-04-01' AND '2026-11-27' GROUP BY 1;
SELECT (occurred_on >= '2026-07-01') + (occurred_on >= '2026-10-01'), kind, count(*) FROM setbacks
 WHERE occurred_on BETWEEN '2026-04-01' AND '2026-11-27' GROUP BY 1, 2;
SELECT (raised_on >= '2026-07-01') + (raised_on >= '2026-10-01'), count(*) FROM risks
 WHERE raised_on BETWEEN '2026-04-01' AND '2026-11-27' GROUP BY 1;
-- Risks open at the end of each whole quarter and on the last day, and the heat map on the last day:
-- each in two halves (open now; closed or occurred after the day), so each half reads its own
-- covering index rather than the risks' table.
SELECT count(*) FROM risks WHERE status = 'open' AND raised_on <= '2026-06-30';
SELECT count(*) FROM risks WHERE closed_on > '2026-06-30' AND raised_on <= '2026-06-30' AND status <> 'open';
SELECT count(*) FROM risks WHERE status = 'open' AND raised_on <= '2026-09-30';
SELECT count(*) FROM risks WHERE closed_on > '2026-09-30' AND raised_on <= '2026-09-30' AND status <> 'open';
SELECT count(*) FROM risks WHERE status = 'open' AND raised_on <= '2026-11-27';
SELECT count(*) FROM risks WHERE closed_on > '2026-11-27' AND raised_on <= '2026-11-27' AND status <> 'open';
SELECT COALESCE(residual_likelihood, inherent_likelihood) AS l, COALESCE(residual_impact, inherent_impact) AS i,
       count(*) FROM risks WHERE status = 'open' AND raised_on <= '2026-11-27' GROUP BY l, i;
SELECT COALESCE(residual_likelihood, inherent_likelihood) AS l, COALESCE(residual_impact, inherent_impact) AS i,
       count(*) FROM risks WHERE closed_on > '2026-11-27' AND raised_on <= '2026-11-27' AND status <> 'open'
 GROUP BY l, i;
