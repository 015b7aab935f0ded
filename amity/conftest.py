"""Fixtures shared by every app's tests: reference data loaded once per session, the
three demo unions, and users in each role."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from amity.codelists.services import codelists_load
from amity.geo.models import AdministrativeUnit
from amity.geo.services import admin_units_load
from amity.tenancy.models import Role
from amity.tenancy.services import membership_grant, union_upsert


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    # Reference data is read-only for the tests: load it once, outside the per-test
    # transactions.
    with django_db_blocker.unblock():
        admin_units_load()
        codelists_load()


@pytest.fixture
def reference_data(transactional_db):
    """For tests outside a transaction (`django_db(transaction=True)`): pytest-django
    runs them last, each after the flush that ended the one before, which empties the
    reference data too. Loaded again where it is gone."""
    if not AdministrativeUnit.objects.exists():
        admin_units_load()
        codelists_load()


@pytest.fixture(autouse=True)
def english():
    """Service tests read messages in English; HTTP tests choose their language per
    request (Accept-Language, or the user's back-office language)."""
    with translation.override("en"):
        yield


def _province(code):
    return AdministrativeUnit.objects.get(structure="2025", code=code)


@pytest.fixture
def unions(db):
    return {
        "vufo": union_upsert(
            actor=None,
            slug="vufo",
            province=_province("01"),
            is_national=True,
            name="Liên hiệp các tổ chức hữu nghị Việt Nam",
            name_en="Viet Nam Union of Friendship Organizations",
        ),
        "dong-nai": union_upsert(
            actor=None,
            slug="dong-nai",
            province=_province("75"),
            name="Liên hiệp các tổ chức hữu nghị tỉnh Đồng Nai",
            name_en="Dong Nai Union of Friendship Organizations",
            name_zh_hans="同奈省友好组织联合会",
        ),
        "lao-cai": union_upsert(
            actor=None,
            slug="lao-cai",
            province=_province("15"),
            name="Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai",
            name_en="Lao Cai Union of Friendship Organizations",
        ),
    }


@pytest.fixture
def make_member(unions):
    def make(union_slug: str, role: str, username: str | None = None, language: str = "en"):
        user = get_user_model().objects.create_user(
            username=username or f"{union_slug}-{role}", password="pw"
        )
        membership_grant(actor=None, user=user, union=unions[union_slug], role=Role(role))
        from wagtail.users.models import UserProfile

        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        return get_user_model().objects.get(pk=user.pk)

    return make


@pytest.fixture
def callers(make_member):
    """The callers every protected page and endpoint is tried with. Dong Nai owns the
    records under test."""
    return {
        "anonymous": None,
        "other_staff": make_member("lao-cai", "staff"),
        "own_viewer": make_member("dong-nai", "viewer"),
        "own_staff": make_member("dong-nai", "staff"),
        "national_staff": make_member("vufo", "staff"),
    }


@pytest.fixture
def api_client_for():
    def make(user, language: str = "en"):
        client = APIClient(HTTP_ACCEPT_LANGUAGE=language)
        if user is not None:
            token, _ = Token.objects.get_or_create(user=user)
            client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
        return client

    return make


OWN_DATABASE = "amity_test_own_database"


@pytest.fixture
def own_database(tmp_path):
    """Settings for processes of their own (`amity.testing.python`, `amity`): a new
    SQLite file, or a new PostgreSQL database on the tests' server, and media files in
    a folder of the test's."""
    import os
    from urllib.parse import urlsplit

    url = os.environ.get("DATABASE_URL", "")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "AMITY_LANGUAGE": "en",
        "AMITY_MEDIA_ROOT": str(tmp_path / "media"),
    }
    if not url.startswith(("postgres://", "postgresql://")):
        env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'own.sqlite3'}"
        yield env
        return
    import psycopg

    server = urlsplit(url)
    maintenance = server._replace(path="/postgres").geturl()

    def execute(sql):
        with psycopg.connect(maintenance, autocommit=True) as connection:
            connection.execute(sql)

    execute(f"DROP DATABASE IF EXISTS {OWN_DATABASE} WITH (FORCE)")
    execute(f"CREATE DATABASE {OWN_DATABASE}")
    env["DATABASE_URL"] = server._replace(path=f"/{OWN_DATABASE}").geturl()
    try:
        yield env
    finally:
        execute(f"DROP DATABASE IF EXISTS {OWN_DATABASE} WITH (FORCE)")
