// Schema 17 on a server, beside the file's storage/src/migrations/0017_undoing_more_additions.cpp:
// undoing the addition of a person, an ambition, an engagement, an idea or a decision
// (Portfolio::undoAddition) removes its row. Who may add such a row may remove it, whatever program
// they use: a person or an ambition, the leader; an engagement, the innovation's lead officer or
// cabinet lead (or the leader); a decision, the innovation's cabinet lead (or the leader); an idea,
// the person who submitted it. A trigger refuses anyone else with the reason. Self-contained: it
// adds its own function rather than replace schema 16's.
#pragma once

namespace innotrack::storage_pg {

inline constexpr const char* kUndoMoreAdditions = R"sql(
-- As schema 16's innotrack_refuse_removal_unless, for the rules that are not judged by an innovation:
-- 'leader' (the leader only) and 'submitter' (the row's submitted_by_id is the login's person).
CREATE FUNCTION innotrack_refuse_removal_by_others() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    allowed boolean := CASE TG_ARGV[0]
        WHEN 'leader' THEN innotrack_is('{leader}')
        WHEN 'submitter' THEN innotrack_is_administrator()
                              OR (to_jsonb(OLD) ->> 'submitted_by_id')::bigint = innotrack_me()
    END;
BEGIN
    IF NOT coalesce(allowed, false) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('the login %s may not remove this row of %s: only %s may', session_user, TG_TABLE_NAME,
                             CASE TG_ARGV[0] WHEN 'leader' THEN 'the leader' ELSE 'the person who submitted it' END);
    END IF;
    RETURN OLD;
END;
$$;

-- A person removed takes their desk with them: their login leaves the desk's role (the login itself
-- stays, as a server's logins are its administrator's).
CREATE FUNCTION innotrack_unsync_login() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
DECLARE
    db text := (SELECT role_prefix FROM innotrack_schema);
    t text;
BEGIN
    IF OLD.login <> '' AND EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = OLD.login) THEN
        FOREACH t IN ARRAY ARRAY['viewer', 'officer', 'cabinet', 'leader'] LOOP
            IF pg_has_role(OLD.login, db || '_' || t, 'MEMBER') THEN
                EXECUTE format('REVOKE %I FROM %I', db || '_' || t, OLD.login);
            END IF;
        END LOOP;
    END IF;
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    db text := (SELECT role_prefix FROM innotrack_schema);
BEGIN
    EXECUTE format('GRANT DELETE ON people, ambitions TO %I', db || '_leader');
    EXECUTE format('GRANT DELETE ON engagements TO %I, %I, %I', db || '_officer', db || '_cabinet', db || '_leader');
    EXECUTE format('GRANT DELETE ON decisions TO %I, %I', db || '_cabinet', db || '_leader');
    EXECUTE format('GRANT DELETE ON ideas TO %I, %I, %I, %I', db || '_viewer', db || '_officer', db || '_cabinet',
                   db || '_leader');
END;
$$;
CREATE POLICY the_leader_undoes_adding ON people FOR DELETE USING (true);
CREATE TRIGGER only_the_leader_undoes_adding BEFORE DELETE ON people FOR EACH ROW
    EXECUTE FUNCTION innotrack_refuse_removal_by_others('leader');
CREATE TRIGGER removed_people_leave_their_desks AFTER DELETE ON people FOR EACH ROW
    EXECUTE FUNCTION innotrack_unsync_login();
CREATE POLICY the_leader_undoes_adding ON ambitions FOR DELETE USING (true);
CREATE TRIGGER only_the_leader_undoes_adding BEFORE DELETE ON ambitions FOR EACH ROW
    EXECUTE FUNCTION innotrack_refuse_removal_by_others('leader');
CREATE POLICY its_submitter_undoes_submitting ON ideas FOR DELETE USING (true);
CREATE TRIGGER only_its_submitter_undoes_submitting BEFORE DELETE ON ideas FOR EACH ROW
    EXECUTE FUNCTION innotrack_refuse_removal_by_others('submitter');
CREATE POLICY its_leads_undo_adding ON engagements FOR DELETE USING (true);
CREATE TRIGGER only_its_leads_undo_adding BEFORE DELETE ON engagements FOR EACH ROW
    EXECUTE FUNCTION innotrack_refuse_removal_unless('deliver', 'innovation_id');
CREATE POLICY its_cabinet_lead_undoes_adding ON decisions FOR DELETE USING (true);
CREATE TRIGGER only_its_cabinet_lead_undoes_adding BEFORE DELETE ON decisions FOR EACH ROW
    EXECUTE FUNCTION innotrack_refuse_removal_unless('lead', 'innovation_id');
-- A viewer may submit an idea, so may undo submitting it: the audit entry saying so must be theirs to write.
DROP POLICY changes_are_recorded ON audit;
CREATE POLICY changes_are_recorded ON audit FOR INSERT
    WITH CHECK (innotrack_is_administrator()
                OR (actor_id = innotrack_me()
                    AND (innotrack_my_role() IN ('officer', 'cabinet', 'leader')
                         OR (innotrack_my_role() = 'viewer' AND entity = 'idea'
                             AND action IN ('added', 'changed', 'addition undone')))));
)sql";

}  // namespace innotrack::storage_pg
