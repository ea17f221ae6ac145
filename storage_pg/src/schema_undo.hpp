// Schema 14 on a server, beside the file's storage/src/migrations/0014_undo.cpp: undoing a stage
// change just made (Portfolio::undoStageChange) removes it, so the cabinet lead of its innovation
// (or the leader) may delete a row of stage_changes, as they may add one. A trigger refuses anyone
// else with the reason, as for changing a row; the audit trail, which keeps the change and its
// undoing, stays append-only.
#pragma once

namespace innotrack::storage_pg {

inline constexpr const char* kUndo = R"sql(
-- As innotrack_refuse_unless('lead', …) words it, but a BEFORE DELETE trigger returns OLD: NEW is
-- null there, and returning it would silently keep the row.
CREATE FUNCTION innotrack_refuse_removal_unless_lead() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT coalesce(innotrack_may_lead(OLD.innovation_id), false) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('the login %s may not change this row of %s: only the cabinet lead of innovation %s, '
                             'or the leader, may', session_user, TG_TABLE_NAME, OLD.innovation_id);
    END IF;
    RETURN OLD;
END;
$$;

DO $$
DECLARE
    db text := (SELECT role_prefix FROM innotrack_schema);
BEGIN
    EXECUTE format('GRANT DELETE ON stage_changes TO %I, %I', db || '_cabinet', db || '_leader');
END;
$$;
CREATE POLICY its_cabinet_lead_undoes_moves ON stage_changes FOR DELETE USING (true);
CREATE TRIGGER only_its_cabinet_lead_undoes_moves BEFORE DELETE ON stage_changes FOR EACH ROW
    EXECUTE FUNCTION innotrack_refuse_removal_unless_lead();
)sql";

}  // namespace innotrack::storage_pg
