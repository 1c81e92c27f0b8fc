#!/usr/bin/env python3
"""Conformance of the live novamind-syncd with docs/api/sync.yaml.

Drives real requests through every operation and every status it can provoke cheaply, and checks each answer
against the document: the status is declared for the operation, the body matches the declared schema, the
declared headers are there. Also checks the semantics the contract states plainly (idempotent replays,
conflicts, revocations, re-scoring, admin redaction). Fails on any undeclared or invalid answer, on any
unexpected status, and when an operation of the document was never exercised with a valid success answer.

Runs against the ctest fixture `syncd` (NOVAMIND_SERVER_ENV, see cmake/NovamindServerTest.cmake); it creates
its own organisations, users and patients with unique names, because other tests share the server.
"""

import argparse
import datetime
import hashlib
import http.client
import json
import os
import secrets
import ssl
import subprocess
import sys
import tempfile
import traceback
import urllib.parse
import uuid

sys.dont_write_bytecode = True  # run from the source tree: leave no __pycache__ there
from openapi_check import Conformance, Spec  # noqa: E402

GENESIS = "0" * 64
FORM = "application/x-www-form-urlencoded"
JSON = "application/json"


class Setup(Exception):
    """A precondition the remaining checks cannot do without (no server, no token): stop at once."""


class Response:
    def __init__(self, status, headers, body, data):
        self.status = status
        self.headers = headers
        self.body = body
        self.data = data  # parsed JSON, or None


class Client:
    """One fresh connection per request, so that a refused oversized body cannot disturb the next request."""

    def __init__(self, base_url, ca_file, conformance):
        url = urllib.parse.urlsplit(base_url)
        self.https = url.scheme == "https"
        self.host = url.hostname
        self.port = url.port or (443 if self.https else 80)
        self.context = ssl.create_default_context(cafile=ca_file) if self.https else None
        self.conformance = conformance

    def request(self, label, method, path, body=None, content_type=None, token=None, headers=None, expect=None):
        sent = dict(headers or {})
        if content_type:
            sent["Content-Type"] = content_type
        if token:
            sent["Authorization"] = f"Bearer {token}"
        if self.https:
            conn = http.client.HTTPSConnection(self.host, self.port, timeout=60, context=self.context)
        else:
            conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
        try:
            try:
                conn.request(method, path, body=body, headers=sent)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the server may answer and close before reading all of an oversized body
            raw = conn.getresponse()
            payload = raw.read()
            status, response_headers = raw.status, raw.headers
        except (OSError, http.client.HTTPException) as e:
            self.conformance.fail(label, f"{method} {path}: no answer ({e.__class__.__name__}: {e})")
            return Response(0, {}, b"", None)
        finally:
            conn.close()
        data = self.conformance.check_response(label, method, path.split("?")[0], status, response_headers, payload)
        response = Response(status, response_headers, payload, data)
        if expect is not None:
            expected = expect if isinstance(expect, (tuple, list, set)) else (expect,)
            if status not in expected:
                self.conformance.fail(label, f"{method} {path}: expected {'/'.join(map(str, expected))}, got "
                                             f"{status} {summary(data, payload)}")
        return response

    def form(self, label, path, fields, expect, raw=None):
        body = raw if raw is not None else urllib.parse.urlencode(fields).encode()
        return self.request(label, "POST", path, body=body, content_type=FORM, expect=expect)

    def post_json(self, label, path, document, token, expect, validate_request=False):
        if validate_request:
            self.conformance.check_request(label, "POST", path, JSON, document)
        body = document if isinstance(document, bytes) else json.dumps(document).encode()
        return self.request(label, "POST", path, body=body, content_type=JSON, token=token, expect=expect)


def summary(data, payload):
    if isinstance(data, dict) and "error" in data:
        return f"({data.get('error')}: {data.get('message')})"
    return f"({len(payload)} bytes)"


def now_ts(offset_seconds=0):
    t = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=offset_seconds)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def load_env(path):
    """The fixture's env file as the shell would see it when sourcing it."""
    if not path or not os.path.isfile(path):
        raise Setup(f"NOVAMIND_SERVER_ENV does not name a file ({path!r}); run through ctest (fixture syncd)")
    out = subprocess.run(["bash", "-c", 'set -a; . "$1"; env -0', "bash", path], check=True, capture_output=True)
    env = {}
    for item in out.stdout.split(b"\0"):
        key, _, value = item.decode().partition("=")
        if key.startswith("NOVAMIND_"):
            env[key] = value
    for required in ("NOVAMIND_SERVER_URL", "NOVAMIND_ADMIN_DB_URL"):
        if not env.get(required):
            raise Setup(f"{path} does not set {required}")
    return env


class Admin:
    """`novamind-syncd admin ...` against the fixture's database, as the owner role."""

    def __init__(self, syncd, db_url, workdir):
        self.syncd = syncd
        self.db_url = db_url
        self.workdir = workdir

    def run(self, *args):
        cmd = [self.syncd, "admin", *args, "--db-url", self.db_url]
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if out.returncode != 0:
            raise Setup(f"novamind-syncd admin {args[0]} failed ({out.returncode}): {out.stderr.strip()}")
        return out.stdout

    def add_user(self, user, role, org):
        password = secrets.token_urlsafe(18)
        password_file = os.path.join(self.workdir, f"{user}.pw")
        with open(os.open(password_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as f:
            f.write(password)
        self.run("add-user", "--user", user, "--password-file", password_file, "--role", role, "--org", org)
        return password


def audit_entry(seq, prev_hash, user, entity_id):
    entry = {"seq": seq, "ts": now_ts(), "user_id": user, "action": "read", "entity": "patient",
             "entity_id": entity_id, "purpose": "treatment"}
    canonical = json.dumps([entry[k] for k in ("seq", "ts", "user_id", "action", "entity", "entity_id", "purpose")],
                           separators=(",", ":"), ensure_ascii=False)
    entry["prev_hash"] = prev_hash
    entry["hash"] = hashlib.sha256(prev_hash.encode() + canonical.encode()).hexdigest()
    return entry


def audit_chain(start_seq, prev_hash, count, user, entity_id):
    entries = []
    for seq in range(start_seq, start_seq + count):
        entries.append(audit_entry(seq, prev_hash, user, entity_id))
        prev_hash = entries[-1]["hash"]
    return entries


class ApiConformance:
    def __init__(self, spec_path):
        self.spec = Spec(spec_path)
        self.c = Conformance(self.spec)
        self.run_id = secrets.token_hex(4)
        self.tokens = {}
        self.entities_seen = set()

    # ----- helpers ---------------------------------------------------------------------------------------------

    def require(self, condition, label, problem):
        if not condition:
            self.c.fail(label, problem)
        return condition

    def token(self, label, user, password):
        r = self.http.form(label, "/v1/auth/token", {"grant_type": "password", "username": user, "password": password},
                           expect=200)
        if r.status != 200 or not isinstance(r.data, dict) or "access_token" not in r.data:
            raise Setup(f"{label}: no token for a freshly created user; cannot go on")
        return r.data["access_token"]

    def changes(self, label, token, since=None, limit=None, expect=200):
        query = {}
        if since is not None:
            query["since"] = since
        if limit is not None:
            query["limit"] = limit
        path = "/v1/changes" + ("?" + urllib.parse.urlencode(query) if query else "")
        return self.http.request(label, "GET", path, token=token, expect=expect)

    def drain(self, label, token, since=None, limit=None):
        """Every page after `since`: (changes, revocations, last cursor)."""
        changes, revocations, cursor = [], [], since
        for _ in range(1000):
            r = self.changes(label, token, since=cursor, limit=limit)
            if r.status != 200 or not isinstance(r.data, dict):
                raise Setup(f"{label}: the change feed does not answer; cannot go on")
            changes += r.data.get("changes", [])
            self.entities_seen.update(ch.get("entity") for ch in r.data.get("changes", []) if ch.get("op") == "upsert")
            revocations += r.data.get("revocations", [])
            cursor = r.data.get("cursor", cursor)
            if not r.data.get("has_more"):
                return changes, revocations, cursor
        raise Setup(f"{label}: the change feed never ends (has_more stays true)")

    def push(self, label, token, mutations, expect=200, validate_request=True):
        r = self.http.post_json(label, "/v1/push", {"mutations": mutations}, token, expect,
                                validate_request=validate_request)
        results = r.data.get("results") if r.status == 200 and isinstance(r.data, dict) else None
        if r.status == 200 and self.require(isinstance(results, list) and len(results) == len(mutations), label,
                                            "push: not one result per mutation"):
            for m, res in zip(mutations, results):
                key = m.get("idempotency_key") if isinstance(m, dict) else None
                self.require(isinstance(res, dict) and res.get("idempotency_key") == key, label,
                             f"push: results are not in mutation order (key {key})")
            return results
        return [None] * len(mutations)

    def expect_result(self, label, result, status, error=None, http_status=None):
        if not isinstance(result, dict):
            return self.require(False, label, "no result")
        ok = result.get("status") == status
        if error is not None:
            ok = ok and result.get("error") == error
        if http_status is not None:
            ok = ok and result.get("http_status") == http_status
        want = status + (f" {error}/{http_status}" if error else "")
        return self.require(ok, label, f"expected {want}, got {json.dumps(result)[:300]}")

    def key(self, name):
        return f"api-{self.run_id}-{name}-{secrets.token_hex(4)}"

    # ----- the run -------------------------------------------------------------------------------------------

    def run(self):
        env = load_env(os.environ.get("NOVAMIND_SERVER_ENV"))
        syncd = os.environ.get("NOVAMIND_SYNCD") or env.get("NOVAMIND_SYNCD")
        if not syncd:
            raise Setup("neither the environment nor the env file names NOVAMIND_SYNCD")
        self.http = Client(env["NOVAMIND_SERVER_URL"], env.get("NOVAMIND_CA_FILE"), self.c)
        with tempfile.TemporaryDirectory(prefix="nm-api-") as workdir:
            self.admin = Admin(syncd, env["NOVAMIND_ADMIN_DB_URL"], workdir)
            self.check_health_and_routing()
            self.create_users()
            self.check_token_errors()
            self.check_authentication()
            self.check_changes()
            self.check_records()
            self.check_push()
            self.check_push_envelope()
            self.check_audit()
            self.check_revocation()
            self.check_revoke()
            self.check_throttle()
        # Informational: a type that never arrived had its schema left unchecked by this run.
        unseen = set(self.spec.component_schema("EntityName")["enum"]) - self.entities_seen
        if unseen:
            print(f"note: no {', '.join(sorted(unseen))} document arrived; their schemas were not checked live")

    def check_health_and_routing(self):
        r = self.http.request("health", "GET", "/v1/health", expect=200)
        if r.status != 200:
            raise Setup("the server's health endpoint does not answer 200; cannot go on")
        self.server_id = r.data.get("server_id") if isinstance(r.data, dict) else None
        self.http.request("unknown path", "GET", "/v1/no-such-endpoint", expect=404)
        self.http.request("unknown path", "GET", "/v1/records/patient", expect=404)
        self.http.request("wrong method", "GET", "/v1/push", expect=405)
        self.http.request("wrong method", "DELETE", "/v1/changes", expect=405)
        self.http.request("wrong method", "POST", "/v1/health", body=b"{}", content_type=JSON, expect=405)

    def create_users(self):
        org, other_org = f"api-org-{self.run_id}", f"api-org2-{self.run_id}"
        self.users = {
            "psy": (f"api-{self.run_id}-psy", "psychiatrist", org),
            "cln": (f"api-{self.run_id}-cln", "clinician", org),
            "adm": (f"api-{self.run_id}-adm", "admin", org),
            "oth": (f"api-{self.run_id}-oth", "psychiatrist", other_org),
        }
        self.passwords = {}
        for name, (user, role, organization) in self.users.items():
            self.passwords[name] = self.admin.add_user(user, role, organization)
        # Three patients in the psychiatrist's care; a random seed keeps them apart from other tests' patients.
        self.admin.run("seed-demo", "--patients", "3", "--states-per-patient", "3", "--seed",
                       str(secrets.randbelow(2**31)), "--assign-to", self.users["psy"][0])
        for name in self.users:
            self.tokens[name] = self.token(f"token {name}", self.users[name][0], self.passwords[name])

    def check_token_errors(self):
        user = self.users["psy"][0]
        r = self.http.form("token: missing password", "/v1/auth/token", {"grant_type": "password", "username": user},
                           expect=400)
        self.expect_error("token: missing password", r, "invalid_request")
        r = self.http.form("token: not form-encoded", "/v1/auth/token", None, expect=400,
                           raw=json.dumps({"grant_type": "password", "username": user, "password": "x"}).encode())
        self.expect_error("token: not form-encoded", r, "invalid_request")
        r = self.http.form("token: grant type", "/v1/auth/token",
                           {"grant_type": "client_credentials", "username": user, "password": "x"}, expect=400)
        self.expect_error("token: grant type", r, "unsupported_grant_type")
        nobody = f"api-{self.run_id}-nobody"
        r = self.http.form("token: unknown user", "/v1/auth/token",
                           {"grant_type": "password", "username": nobody, "password": "wrong"}, expect=400)
        self.expect_error("token: unknown user", r, "invalid_grant")
        big = b"grant_type=password&username=x&password=" + b"a" * (4 * 1024 * 1024 + 16)
        self.http.form("token: body over the limit", "/v1/auth/token", None, expect=413, raw=big)

    def expect_error(self, label, response, code):
        if response.status and isinstance(response.data, dict):
            self.require(response.data.get("error") == code, label,
                         f"expected error {code}, got {response.data.get('error')}")

    def check_authentication(self):
        for method, path in (("GET", "/v1/changes"), ("GET", "/v1/records/patient/x"), ("POST", "/v1/push"),
                             ("POST", "/v1/audit")):
            body = b"{}" if method == "POST" else None
            r = self.http.request("no token", method, path, body=body, content_type=JSON if body else None,
                                  expect=401)
            self.require(r.headers.get("WWW-Authenticate") == 'Bearer realm="novamind"', "no token",
                         f"{method} {path}: WWW-Authenticate is {r.headers.get('WWW-Authenticate')!r}")
        bad = secrets.token_urlsafe(32)
        r = self.http.request("unknown token", "GET", "/v1/changes", token=bad, expect=401)
        self.require(r.headers.get("WWW-Authenticate") == 'Bearer realm="novamind", error="invalid_token"',
                     "unknown token", f"WWW-Authenticate is {r.headers.get('WWW-Authenticate')!r}")
        self.http.request("malformed authorization", "GET", "/v1/changes", headers={"Authorization": "Basic eDp5"},
                          expect=401)

    def check_changes(self):
        label = "changes"
        psy = self.tokens["psy"]
        # Small pages so that paging (has_more, cursor) is exercised.
        changes, revocations, self.cursor = self.drain(label, psy, limit=7)
        r = self.changes(label, psy, since="0", limit=99999)
        if r.status == 200 and isinstance(r.data, dict):
            self.require(len(r.data.get("changes", [])) <= 5000, label, "limit above 5000 was not clamped")
            self.require(r.data.get("server_id") == self.server_id, label, "server_id differs from /v1/health")
        self.docs = {}
        for change in changes:
            if change.get("op") == "upsert":
                self.docs[(change["entity"], change["id"])] = change
        entities = {e for e, _ in self.docs}
        self.patients = sorted(i for e, i in self.docs if e == "patient")
        if not self.require(len(self.patients) >= 3, label,
                            f"expected the 3 seeded patients, got {len(self.patients)}"):
            raise Setup("the seeded patients are not in the psychiatrist's change feed; cannot go on")
        for entity in ("patient", "clinical_relationship", "assessment", "twin_state"):
            self.require(entity in entities, label, f"no {entity} documents in a seeded patient's feed")
        self.require(not revocations, label, "revocations for a psychiatrist who lost no patient")
        # Cursors: absent/0 means the start, the last cursor answers an empty page, others are unknown.
        r = self.changes(label, psy, since=self.cursor)
        if r.status == 200 and isinstance(r.data, dict):
            self.require(not r.data.get("changes") and not r.data.get("has_more"), label,
                         "the last cursor does not answer an empty page")
        self.changes("changes: limit 0", psy, limit=0, expect=400)
        self.changes("changes: limit not a number", psy, limit="ten", expect=400)
        self.changes("changes: cursor never issued", psy, since=str(10**15), expect=410)
        self.changes("changes: malformed cursor", psy, since="abc", expect=410)
        # Admins: the organisation's patients, reduced to their identity, and nothing clinical.
        adm_changes, _, _ = self.drain("changes: admin", self.tokens["adm"])
        org = self.users["adm"][2]
        seen = set()
        for change in adm_changes:
            entity, data = change.get("entity"), change.get("data", {})
            self.require(entity in ("organization", "clinician", "patient"), "changes: admin",
                         f"an admin received a {entity} document")
            if entity == "patient" and change.get("op") == "upsert":
                seen.add(change.get("id"))
                self.require(set(data) <= {"id", "mrn", "organization_id"}, "changes: admin",
                             "an admin received more of a patient than id, mrn and organization_id")
                self.require(data.get("organization_id") == org, "changes: admin",
                             "an admin received a patient of another organisation")
        ours = {p for p in self.patients if self.docs[("patient", p)]["data"].get("organization_id") == org}
        self.require(ours <= seen, "changes: admin", "an admin does not see the organisation's patients")
        # A clinician without relationships sees no patient of the organisation.
        cln_changes, _, _ = self.drain("changes: no relationship", self.tokens["cln"])
        self.require(not any(ch.get("entity") == "patient" for ch in cln_changes), "changes: no relationship",
                     "a clinician without relationships received patients")

    def check_records(self):
        psy = self.tokens["psy"]
        # One record of each entity type the feed delivered: it must equal the feed's version.
        by_entity = {}
        for (entity, _), change in self.docs.items():
            by_entity.setdefault(entity, change)
        for entity, change in sorted(by_entity.items()):
            label = f"record {entity}"
            r = self.http.request(label, "GET", f"/v1/records/{entity}/{urllib.parse.quote(change['id'], safe='')}",
                                  token=psy, expect=200)
            if r.status == 200 and isinstance(r.data, dict):
                self.require(r.data.get("data") == change.get("data") and r.data.get("version") == change["version"],
                             label, "the record differs from the change feed's latest version")
        patient = self.patients[0]
        self.http.request("record: not visible", "GET", f"/v1/records/patient/{patient}", token=self.tokens["cln"],
                          expect=404)
        self.http.request("record: other organisation", "GET", f"/v1/records/patient/{patient}",
                          token=self.tokens["oth"], expect=404)
        self.http.request("record: absent", "GET", f"/v1/records/patient/{uuid.uuid4()}", token=psy, expect=404)
        r = self.http.request("record: unknown entity", "GET", f"/v1/records/spaceship/{uuid.uuid4()}", token=psy,
                              expect=400)
        self.expect_error("record: unknown entity", r, "unknown_entity")

    # ----- push ------------------------------------------------------------------------------------------------

    def mutation(self, entity, op, data, base_version=0, doc_id=None, key=None):
        m = {"idempotency_key": key or self.key(entity), "entity": entity, "id": doc_id or data["id"],
             "base_version": base_version, "op": op}
        if data is not None:
            m["data"] = data
        return m

    def note(self, patient, body="Reviewed sleep diary; plan unchanged."):
        return {"id": str(uuid.uuid4()), "patient_id": patient, "author_id": self.users["psy"][0],
                "created_at": now_ts(), "kind": "progress", "title": "Follow-up", "body": body}

    def phq2(self, patient, answers, total, band):
        return {"id": str(uuid.uuid4()), "patient_id": patient, "clinician_id": self.users["psy"][0],
                "instrument": "phq2", "status": "completed", "started_at": now_ts(-120), "completed_at": now_ts(),
                "answers": answers, "total": total, "band": band}

    def check_push(self):
        psy = self.tokens["psy"]
        p1 = self.patients[0]
        note = self.note(p1)
        today = datetime.date.today().isoformat()
        diagnosis = {"id": str(uuid.uuid4()), "patient_id": p1, "system": "icd10cm", "code": "F32.1",
                     "display": "Major depressive disorder, single episode, moderate", "severity": "moderate",
                     "status": "active", "onset_date": today, "diagnosed_by": self.users["psy"][0]}
        medication = {"id": str(uuid.uuid4()), "patient_id": p1, "name": "sertraline", "dose": 50, "dose_unit": "mg",
                      "frequency": "once daily", "route": "oral", "status": "active", "start_date": today}
        treatment = {"id": str(uuid.uuid4()), "patient_id": p1, "type": "psychotherapy", "name": "CBT",
                     "status": "active", "start_date": today,
                     "responses": [{"id": str(uuid.uuid4()), "assessed_at": now_ts(), "response": "partial"}]}
        observation = {"id": str(uuid.uuid4()), "patient_id": p1, "observed_at": now_ts(), "type": "sleep_hours",
                       "numeric_value": 6.5, "unit": "h", "source": "patient_reported", "reliability": 0.8}
        assessment = self.phq2(p1, [2, 2], 4, "positive")
        patient = dict(self.docs[("patient", p1)]["data"])
        patient["contact"] = dict(patient.get("contact", {}), phone="+1 555 0100")
        patient_version = self.docs[("patient", p1)]["version"]

        batch = [self.mutation("clinical_note", "create", note),
                 self.mutation("diagnosis", "create", diagnosis),
                 self.mutation("medication", "create", medication),
                 self.mutation("treatment", "create", treatment),
                 self.mutation("clinical_observation", "create", observation),
                 self.mutation("assessment", "create", assessment),
                 self.mutation("patient", "update", patient, base_version=patient_version)]
        created = batch
        results = self.push("push: creates", psy, batch)
        for m, res in zip(batch, results):
            self.expect_result(f"push: {m['op']} {m['entity']}", res, "applied")
        self.require(results[0] is None or results[0].get("version") == 1, "push: create", "a new document's version "
                     "is not 1")
        self.require(results[6] is None or results[6].get("version") == patient_version + 1, "push: update",
                     "an update did not add 1 to the version")

        # Replaying a key changes nothing and answers the original result.
        replay = self.push("push: replay", psy, [batch[0]])[0]
        if self.expect_result("push: replay", replay, "duplicate"):
            self.require(replay.get("original") == results[0], "push: replay", "original is not the first result")

        # A stale base version is a conflict carrying the server's document.
        edited = dict(note, body="Edited twice.")
        conflict = self.push("push: conflict", psy, [self.mutation("clinical_note", "update", edited, 0)])[0]
        if self.expect_result("push: conflict", conflict, "conflict"):
            self.require(conflict.get("server_version") == 1 and conflict.get("server_data") == note, "push: conflict",
                         "the conflict does not carry the server's version and document")
            for e in self.spec.schema_errors(self.spec.component_schema("ClinicalNote"), conflict.get("server_data")):
                self.c.fail("push: conflict", f"server_data {e}")

        # Update, then delete: the feed shows the delete (without data).
        updated = self.push("push: update", psy, [self.mutation("clinical_note", "update", edited, 1)])[0]
        self.expect_result("push: update", updated, "applied")
        deleted = self.push("push: delete", psy, [self.mutation("clinical_note", "delete", None, 2, doc_id=note["id"])])
        self.expect_result("push: delete", deleted[0], "applied")
        gone = self.push("push: edit of a deleted document", psy,
                         [self.mutation("clinical_note", "update", edited, 3)])[0]
        if self.expect_result("push: edit of a deleted document", gone, "conflict"):
            self.require(gone.get("server_version") == 3 and "server_data" not in gone,
                         "push: edit of a deleted document", "the conflict does not show the deletion")

        # Per-mutation rejections, all in one batch: each rejects only itself.
        signed_update = dict(assessment, notes="changed after signing")
        stranger_note = self.note(str(uuid.uuid4()))
        mismatched = self.note(p1)
        bad_diagnosis = dict(diagnosis, id=str(uuid.uuid4()), system="made-up")
        twin_state = {"id": str(uuid.uuid4()), "patient_id": p1}
        fresh_note = self.note(p1, "Still fine.")
        rejections = [
            (self.phq2(p1, [2, 2], 3, "positive"), "assessment", "create", 0, "invalid_score", 422),
            (signed_update, "assessment", "update", 1, "immutable", 409),
            (twin_state, "twin_state", "create", 0, "read_only", 403),
            (stranger_note, "clinical_note", "create", 0, "not_found", 404),
            (bad_diagnosis, "diagnosis", "create", 0, "invalid_content", 422),
            (dict(patient, id=str(uuid.uuid4())), "patient", "create", 0, "forbidden", 403),
        ]
        batch = [self.mutation(entity, op, data, base) for data, entity, op, base, _, _ in rejections]
        batch.append(self.mutation("clinical_note", "create", mismatched, doc_id=str(uuid.uuid4())))
        batch.append({"idempotency_key": self.key("unknown"), "entity": "spaceship", "id": str(uuid.uuid4()),
                      "base_version": 0, "op": "create", "data": {"id": "x"}})
        batch.append(self.mutation("clinical_note", "create", self.note(p1), key=created[0]["idempotency_key"]))
        batch.append(self.mutation("clinical_note", "create", fresh_note))
        results = self.push("push: rejections", psy, batch, validate_request=False)
        for (_, entity, op, _, error, http_status), res in zip(rejections, results):
            self.expect_result(f"push: {op} {entity} ({error})", res, "rejected", error, http_status)
        n = len(rejections)
        self.expect_result("push: data id differs from mutation id", results[n], "rejected", "invalid_content", 422)
        self.expect_result("push: unknown entity", results[n + 1], "rejected", "unknown_entity", 422)
        self.expect_result("push: key of another mutation", results[n + 2], "rejected", "idempotency_key_reused", 422)
        self.expect_result("push: valid after rejections", results[n + 3], "applied")

        # Admins cannot push clinical data.
        res = self.push("push: admin", self.tokens["adm"], [self.mutation("clinical_note", "create", self.note(p1))])
        self.expect_result("push: admin", res[0], "rejected", "forbidden", 403)

        # Everything applied flows out through the feed, with the derived twin state after the assessment.
        changes, _, self.cursor = self.drain("changes after push", psy, since=self.cursor)
        by_id = {(ch.get("entity"), ch.get("id")): ch for ch in changes}
        pushed = [("diagnosis", diagnosis), ("medication", medication), ("treatment", treatment),
                  ("clinical_observation", observation), ("assessment", assessment), ("clinical_note", fresh_note)]
        for entity, data in pushed:
            ch = by_id.get((entity, data["id"]))
            self.require(ch is not None and ch.get("data") == data, "changes after push",
                         f"the pushed {entity} is not in the feed as pushed")
        ch = by_id.get(("clinical_note", note["id"]))
        self.require(ch is not None and ch.get("op") == "delete" and ch.get("version") == 3, "changes after push",
                     "the deleted note is not in the feed as a delete of version 3")
        ch = by_id.get(("patient", p1))
        self.require(ch is not None and ch.get("data") == patient, "changes after push",
                     "the updated patient is not in the feed as pushed")
        # The seeded states are all before the cursor, so a new state of this patient is the derived one.
        derived = [ch for ch in changes
                   if ch.get("entity") == "twin_state" and ch.get("data", {}).get("patient_id") == p1]
        self.require(len(derived) == 1, "changes after push",
                     f"expected one twin state derived from the pushed assessment, found {len(derived)}")

    def check_push_envelope(self):
        psy = self.tokens["psy"]
        r = self.http.post_json("push: not JSON", "/v1/push", b"{mutations:", psy, 400)
        self.expect_error("push: not JSON", r, "invalid_json")
        for label, doc in (("push: no mutations", {}), ("push: mutations not an array", {"mutations": {}}),
                           ("push: mutation without key", {"mutations": [{"entity": "clinical_note", "op": "create",
                                                                          "id": "x", "base_version": 0}]})):
            r = self.http.post_json(label, "/v1/push", doc, psy, 422)
            self.expect_error(label, r, "invalid_request")
        r = self.http.request("push: wrong content type", "POST", "/v1/push", body=b'{"mutations": []}',
                              content_type="text/plain", token=psy, expect=415)
        self.expect_error("push: wrong content type", r, "unsupported_media_type")
        many = [self.mutation("clinical_note", "create", self.note(self.patients[0])) for _ in range(501)]
        self.http.post_json("push: 501 mutations", "/v1/push", {"mutations": many}, psy, 413)
        huge = {"mutations": [self.mutation("clinical_note", "create",
                                            self.note(self.patients[0], "x" * (4 * 1024 * 1024 + 16)))]}
        self.http.post_json("push: body over the limit", "/v1/push", huge, psy, 413)
        r = self.changes("push: rejected envelopes applied nothing", psy, since=self.cursor)
        if r.status == 200 and isinstance(r.data, dict):
            self.require(not r.data.get("changes"), "push: rejected envelopes applied nothing",
                         "a rejected envelope changed documents")

    # ----- audit -----------------------------------------------------------------------------------------------

    def check_audit(self):
        psy, user = self.tokens["psy"], self.users["psy"][0]
        device = f"api-{self.run_id}-replica"
        first = audit_chain(1, GENESIS, 3, user, self.patients[0])
        r = self.http.post_json("audit: first batch", "/v1/audit", {"device_id": device, "entries": first}, psy, 200,
                                validate_request=True)
        if r.status == 200 and isinstance(r.data, dict):
            receipt = {"accepted": 3, "checkpoint": {"seq": 3, "hash": first[-1]["hash"]}}
            self.require(r.data == receipt, "audit: first batch", f"unexpected receipt {r.data}")
        r = self.http.post_json("audit: resent", "/v1/audit", {"device_id": device, "entries": first}, psy, 200)
        if r.status == 200 and isinstance(r.data, dict):
            self.require(r.data.get("accepted") == 0, "audit: resent", "stored entries were counted again")
        second = audit_chain(4, first[-1]["hash"], 2, user, self.patients[0])
        r = self.http.post_json("audit: continued", "/v1/audit", {"device_id": device, "entries": second}, psy, 200,
                                validate_request=True)
        head = {"seq": 5, "hash": second[-1]["hash"]}
        if r.status == 200 and isinstance(r.data, dict):
            self.require(r.data.get("checkpoint") == head, "audit: continued", f"unexpected receipt {r.data}")
        gap = audit_chain(7, second[-1]["hash"], 1, user, self.patients[0])
        r = self.http.post_json("audit: gap", "/v1/audit", {"device_id": device, "entries": gap}, psy, 409)
        if r.status == 409 and isinstance(r.data, dict):
            self.require(r.data.get("error") == "chain_broken" and r.data.get("checkpoint") == head, "audit: gap",
                         f"unexpected answer {r.data}")
        altered = audit_chain(1, GENESIS, 2, user, self.patients[1])  # seq 2 stored with another hash
        self.http.post_json("audit: rewritten history", "/v1/audit", {"device_id": device, "entries": altered}, psy,
                            409)
        tampered = audit_chain(6, second[-1]["hash"], 1, user, self.patients[0])
        tampered[0]["hash"] = "f" * 64
        self.http.post_json("audit: bad hash", "/v1/audit", {"device_id": device, "entries": tampered}, psy, 409)
        other = audit_chain(6, second[-1]["hash"], 1, self.users["oth"][0], self.patients[0])
        r = self.http.post_json("audit: another organisation's device", "/v1/audit",
                                {"device_id": device, "entries": other}, self.tokens["oth"], 403)
        self.expect_error("audit: another organisation's device", r, "forbidden")
        self.http.post_json("audit: not JSON", "/v1/audit", b"[1,", psy, 400)
        self.http.post_json("audit: bad shape", "/v1/audit", {"device_id": 5, "entries": "none"}, psy, (400, 422))
        self.http.post_json("audit: entry without hash", "/v1/audit",
                            {"device_id": device, "entries": [{"seq": 6, "ts": now_ts()}]}, psy, (400, 422))
        big = {"device_id": device, "entries": audit_chain(6, head["hash"], 1, user, "x" * (4 * 1024 * 1024 + 16))}
        self.http.post_json("audit: body over the limit", "/v1/audit", big, psy, 413)
        r = self.http.request("audit: wrong content type", "POST", "/v1/audit", body=b"{}", content_type="text/plain",
                              token=psy, expect=415)
        self.expect_error("audit: wrong content type", r, "unsupported_media_type")

    # ----- access ending, tokens ending, throttling --------------------------------------------------------------

    def check_revocation(self):
        psy = self.tokens["psy"]
        patient = self.patients[1]
        self.admin.run("end-relationship", "--clinician", self.users["psy"][0], "--patient", patient)
        changes, revocations, self.cursor = self.drain("revocation", psy, since=self.cursor)
        self.require(patient in revocations, "revocation", "the ended relationship's patient was not revoked")
        self.require(not any(ch.get("data", {}).get("patient_id") == patient for ch in changes), "revocation",
                     "documents of a revoked patient were sent")
        self.http.request("revocation: record", "GET", f"/v1/records/patient/{patient}", token=psy, expect=404)

    def check_revoke(self):
        user, password = self.users["cln"][0], self.passwords["cln"]
        token = self.token("revoke: token", user, password)
        self.http.request("revoke: token works", "GET", "/v1/changes", token=token, expect=200)
        self.http.form("revoke", "/v1/auth/revoke", {"token": token}, expect=200)
        r = self.http.request("revoke: revoked token", "GET", "/v1/changes", token=token, expect=401)
        self.require(r.headers.get("WWW-Authenticate") == 'Bearer realm="novamind", error="invalid_token"',
                     "revoke: revoked token", f"WWW-Authenticate is {r.headers.get('WWW-Authenticate')!r}")
        self.http.form("revoke: again", "/v1/auth/revoke", {"token": token}, expect=200)
        self.http.form("revoke: unknown token", "/v1/auth/revoke", {"token": secrets.token_urlsafe(32)}, expect=200)
        r = self.http.form("revoke: no token field", "/v1/auth/revoke", {"token_type_hint": "access_token"}, expect=400)
        self.expect_error("revoke: no token field", r, "invalid_request")
        self.http.form("revoke: body over the limit", "/v1/auth/revoke", None, expect=413,
                       raw=b"token=" + b"a" * (4 * 1024 * 1024 + 16))

    def check_throttle(self):
        # Per user name: 5 failures, then slow_down. An unknown name counts like a known one, and using one of
        # our own keeps the shared address budget (20) mostly untouched for the other tests.
        name = f"api-{self.run_id}-throttled"
        label = "token: throttled"
        for attempt in range(6):
            r = self.http.request(label, "POST", "/v1/auth/token", content_type=FORM,
                                  body=urllib.parse.urlencode({"grant_type": "password", "username": name,
                                                               "password": "wrong"}).encode(),
                                  expect=(400, 429))
            # Earlier than the 6th attempt only when other tests spent the shared per-address budget.
            if r.status == 429:
                self.expect_error(label, r, "slow_down")
                return
        self.c.fail(label, "the 6th sign-in after 5 failures for one user name was not throttled")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", required=True, help="docs/api/sync.yaml")
    args = parser.parse_args()
    test = ApiConformance(args.spec)
    stopped = None
    try:
        test.run()
    except Setup as e:
        stopped = str(e)
    except (OSError, subprocess.SubprocessError) as e:
        stopped = f"{e.__class__.__name__}: {e}"
    except Exception:  # an answer shaped so unexpectedly that a check tripped over it: still print what was seen
        stopped = "the test tripped over an unexpected answer:\n" + traceback.format_exc()
    print(test.c.table())
    problems = list(test.c.failures)
    if stopped:
        problems.append(f"stopped early: {stopped}")
    else:
        problems += test.c.coverage_failures()
    if problems:
        print(f"\nFAIL: {len(problems)} problem(s)")
        for p in problems[:200]:
            print(f"  - {p}")
        if len(problems) > 200:
            print(f"  ... and {len(problems) - 200} more")
        return 1
    print("\nPASS: every answer is declared and valid, and every operation answered its success status")
    return 0


if __name__ == "__main__":
    sys.exit(main())
