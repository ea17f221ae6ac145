-- Hand-written equivalent of `innotrack report board` on 2026-11-27: the innovations active that
-- day (by the stage they had then), their overdue milestones, the open Critical risks, and the
-- setbacks and lessons since the last closed review.
CREATE TEMP TABLE last_review AS
SELECT id, closed_on FROM reviews WHERE closed_on <= '2026-11-27' ORDER BY closed_on DESC, held_on DESC, id DESC LIMIT 1;
CREATE TEMP TABLE active AS
SELECT * FROM (
  SELECT i.id, i.title, i.priority, i.confidence, i.cabinet_lead_id, i.ambition_id,
         COALESCE((SELECT sc.to_stage FROM stage_changes sc WHERE sc.innovation_id = i.id AND sc.changed_on <= '2026-11-27'
                    ORDER BY sc.changed_on DESC, sc.id DESC LIMIT 1),
                  (SELECT sc.from_stage FROM stage_changes sc WHERE sc.innovation_id = i.id
                    ORDER BY sc.changed_on, sc.id LIMIT 1), i.stage) AS stage_on
    FROM innovations i)
 WHERE stage_on NOT IN ('mainstreamed', 'stopped');
SELECT a.id, a.title, a.priority, a.confidence, p.name FROM active a LEFT JOIN people p ON p.id = a.cabinet_lead_id
 ORDER BY a.priority, a.id;
SELECT e.innovation_id, e.decision FROM review_entries e JOIN active a ON a.id = e.innovation_id
 WHERE e.review_id = (SELECT id FROM last_review);
SELECT m.id, m.innovation_id, m.title, due_on FROM (
  SELECT m.*, COALESCE((SELECT mv.from_due FROM milestone_moves mv WHERE mv.milestone_id = m.id AND mv.moved_on > '2026-11-27'
                         ORDER BY mv.moved_on, mv.id LIMIT 1), m.due) AS due_on
    FROM milestones m JOIN active a ON a.id = m.innovation_id
   WHERE m.completed_on IS NULL OR m.completed_on > '2026-11-27') m
 WHERE due_on < '2026-11-27' ORDER BY due_on, m.id;
SELECT r.id, r.innovation_id, r.title,
       COALESCE(r.residual_likelihood * r.residual_impact, r.inherent_likelihood * r.inherent_impact) AS score
  FROM risks r JOIN active a ON a.id = r.innovation_id
 WHERE r.raised_on <= '2026-11-27' AND (r.status = 'open' OR r.closed_on > '2026-11-27') AND
       COALESCE(r.residual_likelihood * r.residual_impact, r.inherent_likelihood * r.inherent_impact) >= 15
 ORDER BY score DESC, r.id;
SELECT s.id, s.innovation_id, s.occurred_on, s.kind, s.what_happened FROM setbacks s JOIN active a ON a.id = s.innovation_id
 WHERE s.occurred_on > (SELECT closed_on FROM last_review) AND s.occurred_on <= '2026-11-27' ORDER BY s.occurred_on, s.id;
SELECT l.id, l.innovation_id, l.recorded_on, l.what_happened FROM lessons l JOIN active a ON a.id = l.innovation_id
 WHERE l.recorded_on > (SELECT closed_on FROM last_review) AND l.recorded_on <= '2026-11-27' ORDER BY l.recorded_on, l.id;
SELECT am.id, am.title FROM ambitions am WHERE NOT EXISTS (SELECT 1 FROM active a WHERE a.ambition_id = am.id);
-- Per active innovation, the facts the board's table shows: its next outstanding milestone, how
-- many are overdue, its top open risk, and its setbacks and lessons since the last closed review.
WITH outstanding AS (
  SELECT m.id, m.innovation_id, m.title,
         COALESCE((SELECT mv.from_due FROM milestone_moves mv WHERE mv.milestone_id = m.id AND mv.moved_on > '2026-11-27'
                    ORDER BY mv.moved_on, mv.id LIMIT 1), m.due) AS due_on
    FROM milestones m JOIN active a ON a.id = m.innovation_id
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
    FROM risks r JOIN active a ON a.id = r.innovation_id
   WHERE r.raised_on <= '2026-11-27' AND (r.status = 'open' OR r.closed_on > '2026-11-27')),
new_setbacks AS (
  SELECT innovation_id, count(*) AS count FROM setbacks
   WHERE occurred_on > (SELECT closed_on FROM last_review) AND occurred_on <= '2026-11-27' GROUP BY innovation_id),
new_lessons AS (
  SELECT innovation_id, count(*) AS count FROM lessons
   WHERE recorded_on > (SELECT closed_on FROM last_review) AND recorded_on <= '2026-11-27' GROUP BY innovation_id)
SELECT a.id, a.title, a.stage_on, a.priority, a.confidence, p.name,
       (SELECT e.confidence FROM review_entries e JOIN reviews r ON r.id = e.review_id
         WHERE e.innovation_id = a.id AND r.held_on <= '2026-11-27' ORDER BY r.held_on DESC, r.id DESC LIMIT 1),
       nm.id, nm.title, nm.due_on, COALESCE(od.count, 0), tr.id, tr.score, COALESCE(ns.count, 0), COALESCE(nl.count, 0)
  FROM active a
  LEFT JOIN people p ON p.id = a.cabinet_lead_id
  LEFT JOIN next_milestone nm ON nm.innovation_id = a.id AND nm.rank = 1
  LEFT JOIN overdue od ON od.innovation_id = a.id
  LEFT JOIN top_risk tr ON tr.innovation_id = a.id AND tr.rank = 1
  LEFT JOIN new_setbacks ns ON ns.innovation_id = a.id
  LEFT JOIN new_lessons nl ON nl.innovation_id = a.id
 ORDER BY a.priority, a.id;
