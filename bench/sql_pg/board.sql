-- Hand-written equivalent of `innotrack report board` on 2026-11-27, on PostgreSQL: the statements
-- of bench/sql/board.sql in PostgreSQL's SQL. The paper, each list cut to its first 20 rows in the
-- board's order with a count of the whole list. The stage every innovation had on the day is read
-- once into a temporary table (analysed, so the planner knows its size); every list then joins
-- the active innovations by primary key, counts itself with a window, and reads text only for the
-- rows it shows. The temporary tables go with the session.
CREATE TEMP TABLE board_stages (id bigint PRIMARY KEY, ambition_id bigint, stage_on text NOT NULL);
INSERT INTO board_stages
SELECT i.id, i.ambition_id,
       COALESCE((SELECT sc.from_stage FROM stage_changes sc WHERE sc.innovation_id = i.id AND sc.changed_on > '2026-11-27'
                  ORDER BY sc.changed_on, sc.id LIMIT 1), i.stage)
  FROM innovations i;
CREATE TEMP TABLE board_active (id bigint PRIMARY KEY, priority integer NOT NULL);
INSERT INTO board_active
SELECT i.id, i.priority FROM board_stages b JOIN innovations i ON i.id = b.id
 WHERE b.stage_on NOT IN ('mainstreamed', 'stopped');
CREATE TEMP TABLE last_review AS
-- The last review held (closed with something recorded), and the audit entry that closed it: the
-- setbacks and lessons added after that entry are new (innotrack's tracker/new_since.hpp).
SELECT r.id, r.closed_on,
       COALESCE((SELECT max(a.id) FROM audit a WHERE a.entity = 'review' AND a.entity_id = r.id AND a.action = 'closed'), 0)
         AS closing_entry
  FROM reviews r WHERE r.closed_on <= '2026-11-27' AND EXISTS (SELECT 1 FROM review_entries e WHERE e.review_id = r.id)
 ORDER BY r.closed_on DESC, r.held_on DESC, r.id DESC LIMIT 1;
ANALYZE board_stages, board_active, last_review;
-- The first 20 active innovations by priority, with the facts the board's cards show.
WITH shown AS (SELECT a.id, a.priority, COUNT(*) OVER () AS total FROM board_active a ORDER BY a.priority, a.id LIMIT 20),
outstanding AS (
  SELECT m.id, m.innovation_id, m.title,
         COALESCE((SELECT mv.from_due FROM milestone_moves mv WHERE mv.milestone_id = m.id AND mv.moved_on > '2026-11-27'
                    ORDER BY mv.moved_on, mv.id LIMIT 1), m.due) AS due_on
    FROM shown s JOIN milestones m ON m.innovation_id = s.id
   WHERE m.completed_on IS NULL OR m.completed_on > '2026-11-27'),
next_milestone AS (
  SELECT innovation_id, id, title, due_on, ROW_NUMBER() OVER (PARTITION BY innovation_id ORDER BY due_on, id) AS rank
    FROM outstanding),
overdue AS (SELECT innovation_id, count(*) AS count FROM outstanding WHERE due_on < '2026-11-27' GROUP BY innovation_id),
top_risk AS (
  SELECT r.innovation_id, r.id,
         COALESCE(r.residual_likelihood * r.residual_impact, r.inherent_likelihood * r.inherent_impact) AS score,
         ROW_NUMBER() OVER (PARTITION BY r.innovation_id ORDER BY
           COALESCE(r.residual_likelihood * r.residual_impact, r.inherent_likelihood * r.inherent_impact) DESC, r.id) AS rank
    FROM shown s JOIN risks r ON r.innovation_id = s.id
   WHERE r.raised_on <= '2026-11-27' AND (r.status = 'open' OR r.closed_on > '2026-11-27')),
new_setbacks AS (
  SELECT x.innovation_id, count(*) AS count FROM shown s JOIN setbacks x ON x.innovation_id = s.id
   WHERE x.id IN (SELECT a.entity_id FROM audit a WHERE a.entity = 'setback' AND a.action = 'added'
                    AND a.id > (SELECT COALESCE(max(closing_entry), 0) FROM last_review)) AND x.occurred_on <= '2026-11-27' GROUP BY x.innovation_id),
new_lessons AS (
  SELECT l.innovation_id, count(*) AS count FROM shown s JOIN lessons l ON l.innovation_id = s.id
   WHERE l.id IN (SELECT a.entity_id FROM audit a WHERE a.entity = 'lesson' AND a.action = 'added'
                    AND a.id > (SELECT COALESCE(max(closing_entry), 0) FROM last_review)) AND l.recorded_on <= '2026-11-27' GROUP BY l.innovation_id)
SELECT s.total, i.id, i.title, b.stage_on, i.priority, i.confidence, p.name,
       (SELECT e.confidence FROM review_entries e JOIN reviews r ON r.id = e.review_id
         WHERE e.innovation_id = i.id AND r.held_on <= '2026-11-27' ORDER BY r.held_on DESC, r.id DESC LIMIT 1),
       (SELECT e.confidence FROM review_entries e JOIN reviews r ON r.id = e.review_id
         WHERE e.innovation_id = i.id AND r.closed_on <= '2026-11-27' ORDER BY r.closed_on DESC, r.held_on DESC, r.id DESC LIMIT 1),
       nm.id, nm.title, nm.due_on, COALESCE(od.count, 0), tr.id, tr.score, COALESCE(ns.count, 0), COALESCE(nl.count, 0)
  FROM shown s
  JOIN innovations i ON i.id = s.id
  JOIN board_stages b ON b.id = s.id
  LEFT JOIN people p ON p.id = i.cabinet_lead_id
  LEFT JOIN next_milestone nm ON nm.innovation_id = s.id AND nm.rank = 1
  LEFT JOIN overdue od ON od.innovation_id = s.id
  LEFT JOIN top_risk tr ON tr.innovation_id = s.id AND tr.rank = 1
  LEFT JOIN new_setbacks ns ON ns.innovation_id = s.id
  LEFT JOIN new_lessons nl ON nl.innovation_id = s.id
 ORDER BY s.priority, s.id;
-- Decisions at the last closed review.
SELECT COUNT(*) OVER (), i.id, i.title, e.confidence, e.decision
  FROM review_entries e JOIN board_active a ON a.id = e.innovation_id JOIN innovations i ON i.id = e.innovation_id
 WHERE e.review_id = (SELECT id FROM last_review) AND trim(e.decision) <> ''
 ORDER BY a.priority, a.id LIMIT 20;
-- Overdue milestones, the longest overdue first: those never moved after the day (the due date
-- stands), and those moved after it (the first such move's from-date was the due date then).
WITH moved_later AS (SELECT milestone_id FROM milestone_moves WHERE moved_on > '2026-11-27'),
overdue AS (
  SELECT m.id, m.innovation_id, m.due AS due_on
    FROM milestones m JOIN board_active a ON a.id = m.innovation_id
   WHERE m.completed_on IS NULL AND m.due < '2026-11-27' AND m.id NOT IN (SELECT milestone_id FROM moved_later)
  UNION ALL
  SELECT m.id, m.innovation_id, m.due AS due_on
    FROM milestones m JOIN board_active a ON a.id = m.innovation_id
   WHERE m.completed_on > '2026-11-27' AND m.due < '2026-11-27' AND m.id NOT IN (SELECT milestone_id FROM moved_later)
  UNION ALL
  SELECT m.id, m.innovation_id, later.from_due
    FROM (SELECT milestone_id, from_due, ROW_NUMBER() OVER (PARTITION BY milestone_id ORDER BY moved_on, id) AS rank
            FROM milestone_moves WHERE moved_on > '2026-11-27') later
    JOIN milestones m ON m.id = later.milestone_id JOIN board_active a ON a.id = m.innovation_id
   WHERE later.rank = 1 AND later.from_due < '2026-11-27' AND (m.completed_on IS NULL OR m.completed_on > '2026-11-27')),
shown AS (SELECT id, innovation_id, due_on, COUNT(*) OVER () AS total FROM overdue ORDER BY due_on, id LIMIT 20)
SELECT s.total, s.id, s.innovation_id, i.title, m.title, s.due_on, m.baseline_due
  FROM shown s JOIN milestones m ON m.id = s.id JOIN innovations i ON i.id = s.innovation_id
 ORDER BY s.due_on, s.id;
-- Critical risks, the highest score first: those open now, and those closed after the day.
WITH open_risks AS (
  SELECT r.id, r.innovation_id,
         COALESCE(r.residual_likelihood * r.residual_impact, r.inherent_likelihood * r.inherent_impact) AS score
    FROM risks r JOIN board_active a ON a.id = r.innovation_id
   WHERE r.status = 'open' AND r.raised_on <= '2026-11-27'
  UNION ALL
  SELECT r.id, r.innovation_id,
         COALESCE(r.residual_likelihood * r.residual_impact, r.inherent_likelihood * r.inherent_impact)
    FROM risks r JOIN board_active a ON a.id = r.innovation_id
   WHERE r.closed_on > '2026-11-27' AND r.raised_on <= '2026-11-27' AND r.status <> 'open'),
shown AS (SELECT id, innovation_id, score, COUNT(*) OVER () AS total FROM open_risks WHERE score >= 15
           ORDER BY score DESC, id LIMIT 20)
SELECT s.total, s.id, s.innovation_id, i.title, r.title, s.score, p.name, r.proximity
  FROM shown s JOIN risks r ON r.id = s.id JOIN innovations i ON i.id = s.innovation_id LEFT JOIN people p ON p.id = r.owner_id
 ORDER BY s.score DESC, s.id;
-- Setbacks and lessons since the last closed review, the earliest first.
WITH shown AS (
  SELECT x.id, COUNT(*) OVER () AS total FROM setbacks x JOIN board_active a ON a.id = x.innovation_id
   WHERE x.id IN (SELECT a.entity_id FROM audit a WHERE a.entity = 'setback' AND a.action = 'added'
                    AND a.id > (SELECT COALESCE(max(closing_entry), 0) FROM last_review)) AND x.occurred_on <= '2026-11-27'
   ORDER BY x.occurred_on, x.id LIMIT 20)
SELECT s.total, x.id, x.innovation_id, i.title, x.occurred_on, x.kind, x.what_happened
  FROM shown s JOIN setbacks x ON x.id = s.id JOIN innovations i ON i.id = x.innovation_id
 ORDER BY x.occurred_on, x.id;
WITH shown AS (
  SELECT l.id, COUNT(*) OVER () AS total FROM lessons l JOIN board_active a ON a.id = l.innovation_id
   WHERE l.id IN (SELECT a.entity_id FROM audit a WHERE a.entity = 'lesson' AND a.action = 'added'
                    AND a.id > (SELECT COALESCE(max(closing_entry), 0) FROM last_review)) AND l.recorded_on <= '2026-11-27'
   ORDER BY l.recorded_on, l.id LIMIT 20)
SELECT s.total, l.id, l.innovation_id, i.title, l.recorded_on, l.source, l.what_happened, l.recommendation
  FROM shown s JOIN lessons l ON l.id = s.id JOIN innovations i ON i.id = l.innovation_id
 ORDER BY l.recorded_on, l.id;
-- Ambitions no active innovation serves, council-wide.
WITH staged AS (
  SELECT ambition_id, count(*) FILTER (WHERE stage_on = 'mainstreamed') AS mainstreamed,
         count(*) FILTER (WHERE stage_on = 'stopped') AS stopped,
         count(*) FILTER (WHERE stage_on NOT IN ('mainstreamed', 'stopped')) AS active
    FROM board_stages WHERE ambition_id IS NOT NULL GROUP BY ambition_id)
SELECT am.id, am.title, am.horizon_year, COALESCE(s.mainstreamed, 0), COALESCE(s.stopped, 0)
  FROM ambitions am LEFT JOIN staged s ON s.ambition_id = am.id
 WHERE COALESCE(s.active, 0) = 0 ORDER BY am.id;
