// Schema 16 on a server, beside the file's storage/src/migrations/0016_undoing_additions.cpp:
// undoing an addition, or a milestone's move, just made (Portfolio::undoAddition,
// undoMilestoneMove) removes its row. Who may add a row may remove it, whatever program they use:
// a milestone, a move of one, a risk, a setback, a lesson or a benefit, the innovation's lead
// officer or cabinet lead (or the leader); an innovation, a cabinet member or the leader. A
// trigger refuses anyone else with the reason; a viewer is granted no DELETE at all.
#pragma once

namespace innotrack::storage_pg {

inline constexpr const char* kUndoAdditions = R"sql(
-- Schema 14's function, with the rules of the rows this step lets be removed: 'deliver' (judged by
-- the row's innovation), 'deliver milestone' (by its milestone's innovation) and 'add innovations'.
-- An innovation's arrival at the stage it was entered at goes with it under 'lead': only its cabinet
-- lead (or the leader) may add one on a server, so whoever added it may remove it.
CREATE OR REPLACE FUNCTION innotrack_refuse_removal_unless() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    judged bigint := (to_jsonb(OLD) ->> TG_ARGV[1])::bigint;
    allowed boolean := CASE TG_ARGV[0]
        WHEN 'lead' THEN innotrack_may_lead(judged)
        WHEN 'chair' THEN innotrack_may_chair(judged)
        WHEN 'deliver' THEN innotrack_may_deliver(judged)
        WHEN 'deliver milestone' THEN innotrack_may_deliver((SELECT m.innovation_id FROM milestones m WHERE m.id = judged))
        WHEN 'add innovations' THEN innotrack_is('{cabinet,leader}')
    END;
BEGIN
    IF NOT coalesce(allowed, false) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('the login %s may not remove this row of %s: only %s may', session_user, TG_TABLE_NAME,
                             CASE TG_ARGV[0]
                                 WHEN 'lead' THEN 'the cabinet lead of innovation ' || judged || ', or the leader,'
                                 WHEN 'chair' THEN 'the chair of review ' || judged || ', or the leader,'
                                 WHEN 'deliver' THEN 'the lead officer or cabinet lead of innovation ' || judged ||
                                                     ', or the leader,'
                                 WHEN 'deliver milestone' THEN 'the lead officer or cabinet lead of milestone ' ||
                                                               judged || '''s innovation, or the leader,'
                                 ELSE 'a cabinet member or the leader'
                             END);
    END IF;
    RETURN OLD;
END;
$$;

DO $$
DECLARE
    db text := (SELECT role_prefix FROM innotrack_schema);
    t text;
BEGIN
    EXECUTE format('GRANT DELETE ON milestones, milestone_moves, risks, setbacks, lessons, benefits TO %I, %I, %I',
                   db || '_officer', db || '_cabinet', db || '_leader');
    EXECUTE format('GRANT DELETE ON innovations TO %I, %I', db || '_cabinet', db || '_leader');
    FOREACH t IN ARRAY ARRAY['milestones', 'risks', 'setbacks', 'lessons', 'benefits'] LOOP
        EXECUTE format('CREATE POLICY its_leads_undo_adding ON %I FOR DELETE USING (true)', t);
        EXECUTE format('CREATE TRIGGER only_its_leads_undo_adding BEFORE DELETE ON %I FOR EACH ROW '
                       'EXECUTE FUNCTION innotrack_refuse_removal_unless(''deliver'', ''innovation_id'')', t);
    END LOOP;
END;
$$;
CREATE POLICY its_leads_undo_moving ON milestone_moves FOR DELETE USING (true);
CREATE TRIGGER only_its_leads_undo_moving BEFORE DELETE ON milestone_moves FOR EACH ROW
    EXECUTE FUNCTION innotrack_refuse_removal_unless('deliver milestone', 'milestone_id');
CREATE POLICY cabinet_undoes_adding ON innovations FOR DELETE USING (true);
CREATE TRIGGER only_cabinet_undoes_adding BEFORE DELETE ON innovations FOR EACH ROW
    EXECUTE FUNCTION innotrack_refuse_removal_unless('add innovations', 'id');
)sql";

}  // namespace innotrack::storage_pg
