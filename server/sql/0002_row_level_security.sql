-- Row-level security: every request runs in a transaction that sets novamind.user_id (SET LOCAL via
-- set_config) to the authenticated user; the policies below decide what that user sees and writes.
-- Without the setting the functions return NULL and every policy denies (fail closed).

CREATE FUNCTION nm_user() RETURNS TEXT LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('novamind.user_id', true), '') $$;

-- Role and organisation of the current user; SECURITY DEFINER so that they read app_user, which the
-- application role cannot read except through the token lookup.
CREATE FUNCTION nm_role() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT role FROM app_user WHERE id = nm_user() AND NOT disabled $$;
CREATE FUNCTION nm_org() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT organization_id FROM app_user WHERE id = nm_user() AND NOT disabled $$;

-- Patients the current user is in active care of, now.
CREATE FUNCTION nm_my_patients() RETURNS SETOF TEXT LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT patient_id FROM care_relationship
   WHERE clinician_id = nm_user() AND valid_from <= now() AND (valid_to IS NULL OR now() < valid_to) $$;

-- The highest change sequence committed in the caller's snapshot, over every user's changes: a changes
-- request that has seen everything visible up to here may move its cursor here.
CREATE FUNCTION nm_high_water() RETURNS BIGINT LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT greatest(coalesce((SELECT max(seq) FROM document), 0), coalesce((SELECT max(seq) FROM revocation), 0)) $$;

-- Gives a patient's documents new sequence numbers (in their old order) so that a clinician whose cursor is
-- already past them receives them: used when a relationship starts.
CREATE FUNCTION nm_resequence_patient(p_patient TEXT) RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER
SET search_path = public AS
$$ UPDATE document d SET seq = s.next_seq
   FROM (SELECT entity, id, nextval('change_seq') AS next_seq
         FROM (SELECT entity, id FROM document WHERE patient_id = p_patient ORDER BY seq) ordered) s
   WHERE d.entity = s.entity AND d.id = s.id $$;

-- Applies the passage of time to the current user's relationships before a changes request: one that ended
-- without another active one for the same patient becomes a revocation, one that started re-sends its patient.
CREATE FUNCTION nm_refresh_access() RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = public AS
$$
DECLARE
    r RECORD;
BEGIN
    FOR r IN SELECT id, patient_id FROM care_relationship
             WHERE clinician_id = nm_user() AND NOT revoked AND valid_to IS NOT NULL AND valid_to <= now()
    LOOP
        PERFORM nm_change_lock();
        UPDATE care_relationship SET revoked = TRUE WHERE id = r.id;
        IF NOT EXISTS (SELECT 1 FROM nm_my_patients() p WHERE p = r.patient_id) THEN
            INSERT INTO revocation (seq, clinician_id, patient_id) VALUES (nextval('change_seq'), nm_user(), r.patient_id);
        END IF;
    END LOOP;
    FOR r IN SELECT id, patient_id FROM care_relationship
             WHERE clinician_id = nm_user() AND NOT activated AND valid_from <= now()
               AND (valid_to IS NULL OR now() < valid_to)
    LOOP
        PERFORM nm_change_lock();
        UPDATE care_relationship SET activated = TRUE WHERE id = r.id;
        PERFORM nm_resequence_patient(r.patient_id);
    END LOOP;
END
$$;

-- "In active care of document.patient_id now" is written out in each policy below rather than called as a function:
-- PostgreSQL does not inline a SQL function whose body holds a subquery, and a function call per row cost ~60 us
-- (5x the page read). Written out, the planner turns it into a hashed subplan for feed pages and an index probe on
-- care_relationship (clinician_id, patient_id) for single records. The user's own care_relationship rows are
-- readable through its policy, so no SECURITY DEFINER is needed.
ALTER TABLE document ENABLE ROW LEVEL SECURITY;
CREATE POLICY document_read ON document FOR SELECT TO novamind_app USING (
    organization_id = (SELECT nm_org())
    AND (
        (patient_id IS NULL)
        OR EXISTS (SELECT 1 FROM care_relationship c
                   WHERE c.clinician_id = nm_user() AND c.patient_id = document.patient_id
                     AND c.valid_from <= now() AND (c.valid_to IS NULL OR now() < c.valid_to))
    ));
CREATE POLICY document_insert ON document FOR INSERT TO novamind_app WITH CHECK (
    organization_id = (SELECT nm_org()) AND (SELECT nm_role()) <> 'admin'
    AND EXISTS (SELECT 1 FROM care_relationship c
                   WHERE c.clinician_id = nm_user() AND c.patient_id = document.patient_id
                     AND c.valid_from <= now() AND (c.valid_to IS NULL OR now() < c.valid_to)));
CREATE POLICY document_update ON document FOR UPDATE TO novamind_app
    USING (organization_id = (SELECT nm_org()) AND (SELECT nm_role()) <> 'admin'
           AND EXISTS (SELECT 1 FROM care_relationship c
                   WHERE c.clinician_id = nm_user() AND c.patient_id = document.patient_id
                     AND c.valid_from <= now() AND (c.valid_to IS NULL OR now() < c.valid_to)))
    WITH CHECK (organization_id = (SELECT nm_org()) AND EXISTS (SELECT 1 FROM care_relationship c
                   WHERE c.clinician_id = nm_user() AND c.patient_id = document.patient_id
                     AND c.valid_from <= now() AND (c.valid_to IS NULL OR now() < c.valid_to)));

-- Administrators see that their organisation's patients exist (id, MRN), never more: the policy above gives them no
-- patient rows at all, and this function hands out only that projection, so a mistake in the service cannot give an
-- administrator a patient's name, birth date or contact details.
CREATE FUNCTION nm_admin_patients(p_since BIGINT, p_limit INTEGER)
RETURNS TABLE (seq BIGINT, entity TEXT, id TEXT, version BIGINT, deleted BOOLEAN, doc TEXT)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT d.seq, d.entity, d.id, d.version, d.deleted,
          CASE WHEN d.deleted THEN NULL
               ELSE jsonb_build_object('id', d.doc -> 'id', 'mrn', d.doc -> 'mrn',
                                       'organization_id', d.doc -> 'organization_id')::text END
   FROM document d
   WHERE d.entity = 'patient' AND d.seq > p_since
     AND d.organization_id = (SELECT nm_org()) AND (SELECT nm_role()) = 'admin'
   ORDER BY d.seq LIMIT p_limit $$;
CREATE INDEX document_patient_seq ON document (seq) WHERE entity = 'patient';

ALTER TABLE change_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY change_log_insert ON change_log FOR INSERT TO novamind_app WITH CHECK (user_id = nm_user());
CREATE POLICY change_log_read ON change_log FOR SELECT TO novamind_app USING (user_id = nm_user());

ALTER TABLE care_relationship ENABLE ROW LEVEL SECURITY;
CREATE POLICY care_relationship_own ON care_relationship FOR SELECT TO novamind_app USING (clinician_id = nm_user());

ALTER TABLE revocation ENABLE ROW LEVEL SECURITY;
CREATE POLICY revocation_own ON revocation FOR SELECT TO novamind_app USING (clinician_id = nm_user());

ALTER TABLE idempotency ENABLE ROW LEVEL SECURITY;
CREATE POLICY idempotency_own ON idempotency FOR ALL TO novamind_app
    USING (user_id = nm_user()) WITH CHECK (user_id = nm_user());

ALTER TABLE audit_device ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_device_org ON audit_device FOR ALL TO novamind_app
    USING (organization_id = (SELECT nm_org())) WITH CHECK (organization_id = (SELECT nm_org()));
ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_event_insert ON audit_event FOR INSERT TO novamind_app WITH CHECK (received_by = nm_user());
CREATE POLICY audit_event_read ON audit_event FOR SELECT TO novamind_app
    USING (device_id IN (SELECT device_id FROM audit_device));

ALTER TABLE access_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY access_log_insert ON access_log FOR INSERT TO novamind_app WITH CHECK (user_id = nm_user());

-- The application role: no ownership, no BYPASSRLS, only the privileges the service uses.
GRANT SELECT ON server_info TO novamind_app;
GRANT SELECT, INSERT, UPDATE ON document TO novamind_app;
GRANT SELECT, INSERT ON change_log, revocation, audit_event, access_log TO novamind_app;
GRANT SELECT ON care_relationship TO novamind_app;
GRANT SELECT, INSERT ON idempotency TO novamind_app;
GRANT SELECT, INSERT, UPDATE ON audit_device TO novamind_app;
GRANT USAGE ON SEQUENCE change_seq, access_log_id_seq, login_failure_id_seq TO novamind_app;
-- Authentication happens before there is a user, so these tables carry no PHI and no policy.
GRANT SELECT (id, role, organization_id, password_hash, disabled) ON app_user TO novamind_app;
GRANT SELECT, INSERT, UPDATE ON access_token TO novamind_app;
GRANT SELECT, INSERT, DELETE ON login_failure TO novamind_app;
GRANT EXECUTE ON FUNCTION nm_change_lock(), nm_user(), nm_role(), nm_org(), nm_my_patients(), nm_refresh_access(),
    nm_high_water(), nm_admin_patients(BIGINT, INTEGER)
    TO novamind_app;
REVOKE EXECUTE ON FUNCTION nm_resequence_patient(TEXT) FROM PUBLIC;
