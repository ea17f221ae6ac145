-- Hand-written equivalent of `innotrack innovation list --stage piloting --ambition 3`, with the
-- names of the cabinet lead and the lead officer, highest priority first: bench/sql/list.sql,
-- which is already PostgreSQL's SQL too.
SELECT i.id, i.title, i.stage, i.priority, i.confidence, c.name, o.name
  FROM innovations i
  LEFT JOIN people c ON c.id = i.cabinet_lead_id
  LEFT JOIN people o ON o.id = i.lead_officer_id
 WHERE i.stage = 'piloting' AND i.ambition_id = 3
 ORDER BY i.priority, i.id;
