"""Schemathesis against the schema the project serves at /api/schema/ (issue 8).

The schema is read through the WSGI application (no network) and every operation is
called with generated requests, as a Dong Nai staff member and as a national-union staff
member, over a small portfolio (unions, organizations, a certificate, aid items with
transactions, rates, a target, mobilization and engagement records). Each response must
not be a server error and must match the schema: its status code documented, its
content type and body those the schema gives.

The number of examples is fixed and derandomized (`AMITY_SCHEMATHESIS_EXAMPLES`, small by
default for CI; raise it to search harder). Each example runs in a savepoint that is
rolled back afterwards, so what one request writes (or deletes) never reaches the next:
every example starts from the same records. Then sequences of calls (stateful), chained
by the links Schemathesis infers from the schema, as drf-spectacular writes none.
"""

import os

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections, transaction
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from rest_framework.authtoken.models import Token
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from amity.engagements.tests.conftest import (  # noqa: F401 (fixtures)
    make_engagement,
    make_partnership,
    province,
)
from amity.mobilization.tests.conftest import (  # noqa: F401 (fixtures)
    dong_nai_commune,
    donors,
    make_appeal,
    make_call,
    make_pledge,
    make_program,
    make_receipt,
    rates,
)
from amity.registry.tests.factories import CertificateFactory
from amity.reports.tests.conftest import portfolio  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db

EXAMPLES = int(os.environ.get("AMITY_SCHEMATHESIS_EXAMPLES", "2"))
# Calls in one stateful sequence.
STEPS = int(os.environ.get("AMITY_SCHEMATHESIS_STEPS", "6"))

# Valid requests, then requests the schema says are invalid (which must be refused with
# a documented error, never a server error).
MODES = {GenerationMode.POSITIVE: EXAMPLES, GenerationMode.NEGATIVE: max(1, EXAMPLES // 2)}
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]

CONFIG = {
    "seed": 8,
    "generation": {
        "max-examples": EXAMPLES,
        "deterministic": True,
        "database": "none",
        # Credentials are the callers' own tokens, sent by the test.
        "with-security-parameters": False,
    },
}


@pytest.fixture
def wsgi_in_test_transaction():
    """Django closes a connection at the start and end of each request when it is not
    in autocommit mode; inside a test's transaction that would throw the test's records
    away. Django's own test client disconnects these handlers the same way."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def records(
    portfolio,  # noqa: F811
    unions,
    donors,  # noqa: F811
    make_call,  # noqa: F811
    make_pledge,  # noqa: F811
    make_appeal,  # noqa: F811
    make_receipt,  # noqa: F811
    make_program,  # noqa: F811
    dong_nai_commune,  # noqa: F811
    make_engagement,  # noqa: F811
    make_partnership,  # noqa: F811
):
    """A portfolio to read, change and delete: Dong Nai's and Lao Cai's records."""
    CertificateFactory(organization=portfolio["a"])
    call = make_call()
    make_pledge(call, donors["ngo"])
    appeal = make_appeal(localities=[dong_nai_commune])
    make_receipt(appeal, "1000000", donor=donors["ngo"])
    make_engagement(aid_items=[portfolio["project"]])
    make_partnership(union="dong-nai")
    make_program(aid_items=[portfolio["program"]])
    return portfolio


@pytest.fixture
def api_schema(records, wsgi_in_test_transaction):
    return schemathesis.openapi.from_wsgi(
        "/api/schema/?format=json",
        get_wsgi_application(),
        config=SchemathesisConfig.from_dict(CONFIG),
    )


@pytest.fixture(params=["dong-nai", "vufo"])
def token_union(request):
    return request.param


@pytest.fixture
def token(token_union, make_member):
    """A Dong Nai staff member's token, then a national-union staff member's."""
    user = make_member(token_union, "staff", username=f"{token_union}-fuzz")
    return Token.objects.create(user=user).key


def operation_answers_as_its_schema_says(operation, mode, examples: int, token: str):
    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    def check(case):
        # Each example in a savepoint rolled back after it: the next one starts from
        # the same records, whatever this one wrote or deleted.
        with transaction.atomic():
            case.call_and_validate(headers={"Authorization": f"Token {token}"}, checks=CHECKS)
            transaction.set_rollback(True)

    try:
        check()
    except Unsatisfiable:
        # Nothing in this operation's request can be made invalid (a path of free text,
        # no query, no body): there is no negative request to send.
        if mode is not GenerationMode.NEGATIVE:
            raise


def test_every_operation_answers_as_its_schema_says(api_schema, token, token_union, subtests):
    """Schemathesis's own pytest integration for a schema built in a fixture
    (`schemathesis.pytest.from_fixture`) fails on pytest 9 (it reads a node's `_nodeid`),
    and a test per operation would build the records once per operation: so each
    caller's records are built once, and each operation is a subtest of its own."""
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) > 100
    for operation in operations:
        for mode, examples in MODES.items():
            if mode is GenerationMode.NEGATIVE and token_union != "dong-nai":
                continue  # invalid input is refused alike whoever sends it: once is enough
            with subtests.test(operation=operation.label, mode=mode.value):
                operation_answers_as_its_schema_says(operation, mode, examples, token)


def test_sequences_of_calls_answer_as_the_schema_says(api_schema, token):
    """Stateful: drf-spectacular writes no OpenAPI links, but Schemathesis infers them
    from the schema (a record's `id` in a list or a creation, then the operations on
    `{id}`), so it chains calls: create, read, change, move through the workflow,
    delete. Each sequence runs in a savepoint rolled back after it."""
    headers = {"Authorization": f"Token {token}"}
    answered = []

    class Sequences(api_schema.as_state_machine()):
        def setup(self):
            self.savepoint = transaction.atomic()
            self.savepoint.__enter__()

        def teardown(self):
            transaction.set_rollback(True)
            self.savepoint.__exit__(None, None, None)

        def get_call_kwargs(self, case):
            return {"headers": headers}

        def validate_response(self, response, case, additional_checks=None, **kwargs):
            case.validate_response(response, checks=CHECKS, transport_kwargs=kwargs)
            answered.append((case.operation.label, response.status_code))

    Sequences.run(
        settings=settings(
            max_examples=EXAMPLES,
            stateful_step_count=STEPS,
            derandomize=True,
            database=None,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )
    )
    # Sequences ran, and not every call in them was refused.
    assert len(answered) >= EXAMPLES
    assert any(status < 300 for _, status in answered), answered


# What the runs above found, pinned down.


def test_an_address_under_the_api_that_nothing_serves_answers_in_json(api_client_for, callers):
    response = api_client_for(callers["own_staff"]).get("/api/v1/aid-items/1.5/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"detail": "Not found."}


@pytest.mark.parametrize(
    ("method", "url", "body", "field"),
    [
        ("get", "/api/v1/iati/export/?union=dong-nai%00", None, "union"),
        ("get", "/api/v1/transactions/totals/?in=US%00D", None, "in"),
        ("post", "/api/v1/rates/", {"currency": "US\x00D", "date": "2024-01-02"}, "currency"),
        ("patch", "/api/v1/rates/1/", {"source": ["SBV", "x\x00"]}, "source.1"),
    ],
)
def test_a_nul_character_is_refused_naming_the_field(
    method, url, body, field, api_client_for, callers
):
    """PostgreSQL's text cannot hold NUL: a lookup by such a value was a server error."""
    client = api_client_for(callers["national_staff"])
    response = getattr(client, method)(url, body, format="json")
    assert response.status_code == 400
    assert field in response.json()
    assert "NUL" in response.json()[field][0]


def test_a_nul_character_in_a_form_is_refused(api_client_for, callers):
    client = api_client_for(callers["national_staff"])
    for method in ("post", "put"):
        response = getattr(client, method)(
            "/api/v1/rates/1/" if method == "put" else "/api/v1/rates/",
            {"currency": "US\x00D", "date": "2024-01-02"},
            format="multipart",
        )
        assert response.status_code == 400, method
        assert "NUL" in response.json()["currency"][0]


def test_the_schema_documents_the_errors_and_the_rows_each_record_reads_back(
    api_client_for, callers
):
    body = (
        api_client_for(callers["own_staff"])
        .get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
        .json()
    )
    paths = body["paths"]
    assert set(paths["/api/v1/aid-items/{id}/"]["put"]["responses"]) == {
        *("200", "400", "401", "403", "404", "409", "503"),
    }
    assert "409" not in paths["/api/v1/rates/{id}/"]["put"]["responses"]
    assert "404" in paths["/api/v1/organizations/"]["get"]["responses"]  # a page past the last
    # 429: locked out after repeated failures, as on the sign-in page.
    assert set(paths["/api/v1/auth/token/"]["post"]["responses"]) == {"200", "400", "429", "503"}
    assert set(paths["/api/v1/reports/annual/"]["get"]["responses"]["200"]["content"]) == {
        "application/json",
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "text/html",
    }
    components = body["components"]["schemas"]
    for component, field in [
        ("AidItem", "donors"),
        ("AidItem", "sectors"),
        ("Organization", "contacts"),
        ("Certificate", "provinces"),
        ("Appeal", "localities"),
        ("CoordinationPlan", "tasks"),
    ]:
        # Sent and answered: not write-only, which says no response carries it.
        assert not components[component]["properties"][field].get("writeOnly"), field


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/mobilization/calls/?program=-7.1e232",  # overflowed SQLite's integer
        "/api/v1/aid-items/?donor=1.5",
        "/api/v1/transactions/?year=100000",
        "/api/v1/mobilization/programs/?year=0",
    ],
)
def test_an_id_or_a_year_that_cannot_be_one_is_refused(url, api_client_for, callers):
    response = api_client_for(callers["own_staff"]).get(url)
    assert response.status_code == 400
    name = url.split("?")[1].split("=")[0]
    assert list(response.json()) == [name]
