// Schema 14 on a server, beside the file's storage/src/migrations/0014_undo.cpp: undoing a stage
// change or a review entry just made (Portfolio::undoStageChange, undoReviewEntry) removes its row,
// so the cabinet lead of the innovation may delete a row of stage_changes, and the chair of the
// review one of review_entries (the leader either), as they may add one. A trigger refuses anyone
// else with the reason, as for changing a row; the audit trail, which keeps the change and its
// undoing, stays append-only.
#pragma once

namespace innotrack::storage_pg {

inline constexpr const char* kUndo = R"sql(
-- As innotrack_refuse_unless words it ('lead': the cabinet lead of the row's innovation; 'chair': the
-- chair of the row's review; the leader either way), but a BEFORE DELETE trigger returns OLD: NEW is
-- null there, and returning it would silently keep the row.
CREATE FUNCTION innotrack_refuse_removal_unless() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    judged bigint := (to_jsonb(OLD) ->> TG_ARGV[1])::bigint;
    allowed boolean := CASE TG_ARGV[0]
        WHEN 'lead' THEN innotrack_may_lead(judged)
        WHEN 'chair' THEN innotrack_may_chair(judged)
    END;
BEGIN
    IF NOT coalesce(allowed, false) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('the login %s may not change this row of %s: only %s may', session_user, TG_TABLE_NAME,
                             CASE TG_ARGV[0]
                                 WHEN 'lead' THEN 'the cabinet lead of innovation ' || judged || ', or the leader,'
                                 ELSE 'the chair of review ' || judged || ', or the leader,'
                             END);
    END IF;
    RETURN OLD;
END;
$$;

DO $$
DECLARE
    db text := (SELECT role_prefix FROM innotrack_schema);
BEGIN
    EXECUTE format('GRANT DELETE ON stage_changes, review_entries TO %I, %I', db || '_cabinet', db || '_leader');
END;
$$;
CREATE POLICY its_cabinet_lead_undoes_moves ON stage_changes FOR DELETE USING (true);
CREATE TRIGGER only_its_cabinet_lead_undoes_moves BEFORE DELETE ON stage_changes FOR EACH ROW
    EXECUTE FUNCTION innotrack_refuse_removal_unless('lead', 'innovation_id');
CREATE POLICY its_chair_undoes_entries ON review_entries FOR DELETE USING (true);
CREATE TRIGGER only_its_chair_undoes_entries BEFORE DELETE ON review_entries FOR EACH ROW
    EXECUTE FUNCTION innotrack_refuse_removal_unless('chair', 'review_id');
)sql";

}  // namespace innotrack::storage_pg
