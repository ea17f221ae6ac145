-- Hand-written equivalent of `innotrack report trend` made 2026-11-27: five financial years, from
-- 2022-04-01 to 2026-11-27, whole council, every count of the tally by financial quarter (the
-- risks open at each quarter's end are not part of a trend).
SELECT (CAST(substr(completed_on, 1, 4) AS INTEGER) - (CAST(substr(completed_on, 6, 2) AS INTEGER) < 4)) * 10
       + ((CAST(substr(completed_on, 6, 2) AS INTEGER) + 8) % 12) / 3 + 1 AS q,
       sum(completed_on <= baseline_due), sum(completed_on > baseline_due) FROM milestones
 WHERE completed_on BETWEEN '2022-04-01' AND '2026-11-27' GROUP BY q;
SELECT (CAST(substr(realised_on, 1, 4) AS INTEGER) - (CAST(substr(realised_on, 6, 2) AS INTEGER) < 4)) * 10
       + ((CAST(substr(realised_on, 6, 2) AS INTEGER) + 8) % 12) / 3 + 1 AS q, count(*) FROM benefits
 WHERE realised_on BETWEEN '2022-04-01' AND '2026-11-27' GROUP BY q;
SELECT (CAST(substr(changed_on, 1, 4) AS INTEGER) - (CAST(substr(changed_on, 6, 2) AS INTEGER) < 4)) * 10
       + ((CAST(substr(changed_on, 6, 2) AS INTEGER) + 8) % 12) / 3 + 1 AS q, count(*) FROM stage_changes
 WHERE changed_on BETWEEN '2022-04-01' AND '2026-11-27' AND to_stage <> 'stopped' AND from_stage <> 'stopped'
 GROUP BY q;
SELECT (CAST(substr(occurred_on, 1, 4) AS INTEGER) - (CAST(substr(occurred_on, 6, 2) AS INTEGER) < 4)) * 10
       + ((CAST(substr(occurred_on, 6, 2) AS INTEGER) + 8) % 12) / 3 + 1 AS q, kind, count(*),
       sum(EXISTS (SELECT 1 FROM lessons l WHERE l.setback_id = s.id)) FROM setbacks s
 WHERE occurred_on BETWEEN '2022-04-01' AND '2026-11-27' GROUP BY q, kind;
SELECT (CAST(substr(raised_on, 1, 4) AS INTEGER) - (CAST(substr(raised_on, 6, 2) AS INTEGER) < 4)) * 10
       + ((CAST(substr(raised_on, 6, 2) AS INTEGER) + 8) % 12) / 3 + 1 AS q, count(*),
       sum(COALESCE(residual_likelihood * residual_impact, inherent_likelihood * inherent_impact) >= 15),
       sum(status = 'occurred'), sum(status = 'closed'), sum(status = 'open')
  FROM risks WHERE raised_on BETWEEN '2022-04-01' AND '2026-11-27' GROUP BY q;
