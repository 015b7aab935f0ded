def only_amity_api(endpoints, **kwargs):
    """Keep Wagtail's internal admin API out of Amity's published schema."""
    return [e for e in endpoints if e[0].startswith("/api/")]


# The answers every endpoint may give besides its own, stated once for all of them.
ERROR_SCHEMAS = {
    "Error": {
        "type": "object",
        "description": "Why the request was refused, in the caller's language.",
        "properties": {"detail": {"type": "string"}},
        "required": ["detail"],
    },
    "ValidationError": {
        "type": "object",
        "description": "Each field named with its problems (`non_field_errors` for the "
        "record as a whole), in the caller's language.",
        "additionalProperties": {},
    },
}
WRITES = {"post", "put", "patch", "delete"}


def _error(description: str, schema: str) -> dict:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}},
    }


def document_errors(result, generator, request, public):
    """Add the errors DRF and our handler (`amity.api.errors`) answer with to every
    operation that can meet them, so that a client (and Schemathesis) knows each one:
    400 for a request whose body or query it reads; 401/403 where a caller must sign
    in; 404 for a record named in the path, a union in the query (another union's
    report reads as missing) or a page past the last; 409 for a change made after the
    caller read the record (aid items' `version`); 503 for a write the database is too
    busy to take. An answer an operation documents itself is kept."""
    result.setdefault("components", {}).setdefault("schemas", {}).update(ERROR_SCHEMAS)
    for path, operations in result.get("paths", {}).items():
        for method, operation in operations.items():
            responses = operation.setdefault("responses", {})
            errors = {}
            query = {p["name"]: p for p in operation.get("parameters", []) if p["in"] == "query"}
            if "requestBody" in operation or query or method in WRITES:
                errors["400"] = _error("Invalid input", "ValidationError")
            if any(requirement for requirement in operation.get("security", [])):
                errors["401"] = _error("Not signed in", "Error")
                errors["403"] = _error("Not allowed", "Error")
            names_union = query.get("union", {}).get("required", False)
            if "{" in path or names_union or "page" in query:
                errors["404"] = _error("Not found, or another union's", "Error")
            if method in {"put", "patch"} and path.startswith("/api/v1/aid-items/"):
                errors["409"] = _error(
                    "Changed by someone else since it was read", "ValidationError"
                )
            if method in WRITES:
                errors["503"] = _error("The database is busy: try again", "Error")
            for status, response in errors.items():
                responses.setdefault(status, response)
    return result
