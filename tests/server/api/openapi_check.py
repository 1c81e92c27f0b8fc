"""Checks HTTP responses against an OpenAPI 3.0 document and keeps score of which operation answered which status.

Only what a conformance test of a JSON API needs: path templates, per-status response schemas and headers,
local $refs, and the OpenAPI 3.0 `nullable` keyword (JSON Schema has no such keyword, so it is rewritten
as a union with null before jsonschema sees the schema).
"""

import datetime
import json
import re
from collections import defaultdict

import jsonschema
import yaml

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
UNROUTED = "(unrouted)"

# OpenAPI 3.0 keywords that JSON Schema draft 4 does not know; dropped so that they cannot be misread.
_OPENAPI_ONLY = ("nullable", "discriminator", "readOnly", "writeOnly", "xml", "externalDocs", "example", "deprecated")

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def _format_checker():
    # Our own checks: which formats jsonschema checks by itself depends on optional packages.
    checker = jsonschema.FormatChecker(formats=())

    @checker.checks("date")
    def _is_date(value):
        if not isinstance(value, str):
            return True
        if not _DATE.match(value):
            return False
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            return False
        return True

    @checker.checks("date-time")
    def _is_date_time(value):
        return not isinstance(value, str) or bool(_DATE_TIME.match(value))

    @checker.checks("uuid")
    def _is_uuid(value):
        return not isinstance(value, str) or bool(_UUID.match(value))

    return checker


class Operation:
    def __init__(self, method, template, operation):
        self.method = method.upper()
        self.template = template
        self.operation_id = operation.get("operationId") or f"{self.method} {template}"
        self.responses = operation.get("responses", {})
        self.request_body = operation.get("requestBody")

    def success_statuses(self):
        return sorted(s for s in self.responses if s.startswith("2"))


class Spec:
    """The OpenAPI document, with its operations indexed by method and path template."""

    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self.doc = yaml.safe_load(f)
        if not str(self.doc.get("openapi", "")).startswith("3.0"):
            raise ValueError(f"{path}: not an OpenAPI 3.0 document")
        self.paths = []  # (regex, template, {METHOD: Operation}); literal paths before templated ones
        for template, item in self.doc.get("paths", {}).items():
            ops = {m.upper(): Operation(m, template, item[m]) for m in METHODS if m in item}
            pattern = "^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)) + "$"
            self.paths.append((re.compile(pattern), template, ops))
        self.paths.sort(key=lambda p: p[1].count("{"))
        self.unrouted = self.doc.get("x-novamind-unrouted-responses", {})
        self._checker = _format_checker()
        self._validators = {}

    def operations(self):
        return [op for _, _, ops in self.paths for op in ops.values()]

    def match(self, method, path):
        """The operation for a request, or None when the server cannot route it (404 or 405)."""
        for regex, _, ops in self.paths:
            if regex.match(path):
                return ops.get(method.upper())
        return None

    def resolve(self, node):
        """Follows a local $ref (possibly a chain of them)."""
        seen = set()
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not ref.startswith("#/") or ref in seen:
                raise ValueError(f"unsupported or circular $ref {ref}")
            seen.add(ref)
            node = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def json_schema(self, schema, depth=0):
        """A self-contained JSON Schema (draft 4) equivalent of an OpenAPI 3.0 schema object."""
        if depth > 64:
            raise ValueError("schema nests too deeply (a recursive $ref?)")
        schema = self.resolve(schema)
        if isinstance(schema, list):
            return [self.json_schema(s, depth + 1) for s in schema]
        if not isinstance(schema, dict):
            return schema
        out = {}
        for key, value in schema.items():
            if key in _OPENAPI_ONLY:
                continue
            if key in ("properties", "patternProperties"):
                out[key] = {k: self.json_schema(v, depth + 1) for k, v in value.items()}
            elif key in ("items", "additionalProperties", "not") and isinstance(value, dict):
                out[key] = self.json_schema(value, depth + 1)
            elif key in ("allOf", "anyOf", "oneOf"):
                out[key] = [self.json_schema(v, depth + 1) for v in value]
            else:
                out[key] = value
        if schema.get("nullable") is True:
            # OpenAPI 3.0.3: nullable adds null to the allowed values, enum or not.
            out = {"anyOf": [out, {"type": "null"}]}
        return out

    def validator(self, schema):
        key = id(schema)
        if key not in self._validators:
            resolved = self.json_schema(schema)
            jsonschema.Draft4Validator.check_schema(resolved)
            self._validators[key] = (schema, jsonschema.Draft4Validator(resolved, format_checker=self._checker))
        return self._validators[key][1]

    def schema_errors(self, schema, instance, limit=5):
        """Readable errors of `instance` against an OpenAPI schema ([] when valid), the first `limit` of them."""
        errors = sorted(self.validator(schema).iter_errors(instance), key=lambda e: [str(p) for p in e.absolute_path])
        described = [_describe(e) for e in errors[:limit]]
        if len(errors) > limit:
            described.append(f"... and {len(errors) - limit} more errors")
        return described

    def component_schema(self, name):
        return self.doc["components"]["schemas"][name]


def _describe(error):
    where = "$" + "".join(f"[{p!r}]" if isinstance(p, str) else f"[{p}]" for p in error.absolute_path)
    if error.validator in ("oneOf", "anyOf") and error.context:
        # Say what is wrong with the branch the instance meant to match: drop the branches that failed on their
        # discriminating enum (entity, op, status) or that only allow null (nullable), keep the closest one.
        branches = defaultdict(list)
        for e in error.context:
            branches[e.relative_schema_path[0]].append(e)
        meant = [errs for errs in branches.values() if not any(_discriminates(e) for e in errs)]
        if meant:
            # max by relevance without best_match's own descent into nested oneOf branches, which would pick any.
            best = max(min(meant, key=len), key=jsonschema.exceptions.relevance)
            return f"{where}: no {error.validator} branch matches; {_describe(best)}"
    message = error.message if len(error.message) < 300 else error.message[:300] + "..."
    return f"{where}: {message}"


# The properties whose single-valued enum tells the branches of a oneOf apart in sync.yaml.
_DISCRIMINATORS = ("entity", "op", "status")


def _discriminates(error):
    path = list(error.relative_path)
    single_enum = error.validator == "enum" and len(error.validator_value) == 1
    return (single_enum and len(path) == 1 and path[0] in _DISCRIMINATORS) or (
        error.validator == "type" and error.validator_value == "null")


class Conformance:
    """Validates responses, records failures and the operation x status coverage."""

    def __init__(self, spec):
        self.spec = spec
        self.failures = []
        self.seen = defaultdict(lambda: defaultdict(lambda: [0, 0]))  # op id -> status -> [valid, invalid]

    def fail(self, label, problem):
        self.failures.append(f"{label}: {problem}")

    def check_response(self, label, method, path, status, headers, body):
        """Checks one response; returns its parsed JSON body (None when there is none or it is not JSON)."""
        op = self.spec.match(method, path)
        status_key = str(status)
        if op is not None:
            row, declared = op.operation_id, op.responses.get(status_key)
        else:
            row, declared = UNROUTED, self.spec.unrouted.get(status_key)
        problems = []
        parsed = None
        if declared is None:
            problems.append(f"status {status} is not declared for {row}")
        else:
            declared = self.spec.resolve(declared)
            problems += self._check_headers(declared, headers)
            parsed, body_problems = self._check_body(declared, headers, body)
            problems += body_problems
        if declared is None and body:
            parsed = _try_json(body)
        for problem in problems:
            self.fail(label, f"{method} {path} -> {status}: {problem}")
        self.seen[row][status_key][1 if problems else 0] += 1
        return parsed

    def _check_headers(self, declared, headers):
        problems = []
        for name, header in declared.get("headers", {}).items():
            header = self.spec.resolve(header)
            value = headers.get(name)
            if value is None:
                if header.get("required"):
                    problems.append(f"required header {name} is missing")
                continue
            schema = header.get("schema", {})
            instance = value
            if self.spec.resolve(schema).get("type") == "integer":
                try:
                    instance = int(value)
                except ValueError:
                    problems.append(f"header {name} is not an integer: {value!r}")
                    continue
            problems += [f"header {name}: {e}" for e in self.spec.schema_errors(schema, instance)]
        return problems

    def _check_body(self, declared, headers, body):
        content = declared.get("content")
        if not content:
            return None, ([] if not body else [f"undeclared body of {len(body)} bytes"])
        media_type = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media_type not in content:
            return _try_json(body), [f"Content-Type {media_type or '(none)'} is not one of {sorted(content)}"]
        try:
            parsed = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as e:
            return None, [f"body is not JSON: {e}"]
        schema = content[media_type].get("schema")
        if schema is None:
            return parsed, []
        return parsed, [f"body {e}" for e in self.spec.schema_errors(schema, parsed)]

    def check_request(self, label, method, path, media_type, instance):
        """Our own supposedly valid request against the declared request body (a check of the test and the spec)."""
        op = self.spec.match(method, path)
        body = self.spec.resolve(op.request_body) if op and op.request_body else None
        if body is None or media_type not in body.get("content", {}):
            self.fail(label, f"request body {media_type} of {method} {path} is not declared")
            return
        schema = body["content"][media_type]["schema"]
        for e in self.spec.schema_errors(schema, instance):
            self.fail(label, f"the test's own request does not match the declared request body: {e}")

    def coverage_failures(self):
        problems = []
        for op in self.spec.operations():
            statuses = self.seen.get(op.operation_id, {})
            if not any(statuses.get(s, [0, 0])[0] for s in op.success_statuses()):
                problems.append(f"{op.operation_id}: never exercised with a valid success response "
                                f"({', '.join(op.success_statuses()) or 'none declared'})")
        for status in self.spec.unrouted:
            if not self.seen.get(UNROUTED, {}).get(status, [0, 0])[0]:
                problems.append(f"{UNROUTED}: status {status} never exercised")
        return problems

    def table(self):
        rows = [(op.operation_id, set(op.responses)) for op in self.spec.operations()]
        rows.append((UNROUTED, set(self.spec.unrouted)))
        statuses = sorted({s for _, declared in rows for s in declared} |
                          {s for r in self.seen.values() for s in r})
        width = max(len(r[0]) for r in rows) + 2
        lines = ["operation".ljust(width) + "".join(s.rjust(6) for s in statuses),
                 "  (ok = answered and valid, BAD = answered but invalid or undeclared, -- = declared, not exercised)"]
        for name, declared in rows:
            cells = []
            for s in statuses:
                valid, invalid = self.seen.get(name, {}).get(s, [0, 0])
                if invalid:
                    cells.append("BAD")
                elif valid:
                    cells.append("ok")
                elif s in declared:
                    cells.append("--")
                else:
                    cells.append("")
            lines.append(name.ljust(width) + "".join(c.rjust(6) for c in cells))
        return "\n".join(lines)


def _try_json(body):
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
