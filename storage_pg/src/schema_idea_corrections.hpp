// Schema 15 on a server, beside the file's storage/src/migrations/0015_idea_corrections.cpp:
// correcting an idea (Portfolio::updateIdea). The person who submitted an idea, a viewer or an
// officer too, may change its title, problem, proposal, source, reference and ambition while it is
// not decided, and add the audit entries that say so; cabinet members and the leader may already
// change ideas (schema 10). A trigger refuses a submitter's change to anything else with the reason.
#pragma once

namespace innotrack::storage_pg {

inline constexpr const char* kIdeaCorrections = R"sql(
CREATE OR REPLACE FUNCTION innotrack_refuse_idea_change_unless_assessor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF innotrack_is_administrator() OR innotrack_my_role() IN ('cabinet', 'leader') THEN
        RETURN NEW;
    END IF;
    IF OLD.submitted_by_id IS DISTINCT FROM innotrack_me() THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('the login %s may not change idea %s: only the person who submitted it, cabinet members '
                             'and the leader may', session_user, OLD.id);
    END IF;
    IF OLD.status IN ('promoted', 'declined') THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('the login %s may not change idea %s: it is decided', session_user, OLD.id);
    END IF;
    IF (NEW.id, NEW.submitted_by_id, NEW.submitted_on, NEW.status, NEW.assessed_from, NEW.parked_on,
        NEW.look_again_on, NEW.decided_on, NEW.decided_by_id, NEW.decision_reason, NEW.innovation_id)
       IS DISTINCT FROM
       (OLD.id, OLD.submitted_by_id, OLD.submitted_on, OLD.status, OLD.assessed_from, OLD.parked_on,
        OLD.look_again_on, OLD.decided_on, OLD.decided_by_id, OLD.decision_reason, OLD.innovation_id) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('the login %s may change only the wording, source and ambition of idea %s: '
                             'only cabinet members and the leader assess and decide ideas', session_user, OLD.id);
    END IF;
    RETURN NEW;
END;
$$;

DO $$
DECLARE
    db text := (SELECT role_prefix FROM innotrack_schema);
BEGIN
    EXECUTE format('GRANT UPDATE ON ideas TO %I, %I', db || '_viewer', db || '_officer');
END;
$$;
-- Every row is in reach, so that changing another's idea is refused aloud by the trigger rather
-- than matching no row.
CREATE POLICY its_submitter_corrects ON ideas FOR UPDATE USING (true) WITH CHECK (submitted_by_id = innotrack_me());
CREATE TRIGGER only_assessors_decide_ideas BEFORE UPDATE ON ideas FOR EACH ROW
    EXECUTE FUNCTION innotrack_refuse_idea_change_unless_assessor();

DROP POLICY changes_are_recorded ON audit;
CREATE POLICY changes_are_recorded ON audit FOR INSERT
    WITH CHECK (innotrack_is_administrator()
                OR (actor_id = innotrack_me()
                    AND (innotrack_my_role() IN ('officer', 'cabinet', 'leader')
                         OR (innotrack_my_role() = 'viewer' AND entity = 'idea' AND action IN ('added', 'changed')))));
)sql";

}  // namespace innotrack::storage_pg
