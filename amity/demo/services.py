"""Demo data: three unions, a user per role in each, real foreign NGOs and their
certificates in every status, the rate table and an aid portfolio (`aid.py`). Safe to run
again: it brings the data back to the demo state without duplicating anything."""

import datetime
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from amity.codelists.models import Country, OrganisationType, Sector
from amity.core.indexing import indexes_updated_once
from amity.geo.models import AdministrativeUnit, Level, Structure
from amity.registry import services as registry
from amity.registry.models import Organization, RegistrationCertificate
from amity.tenancy import services as tenancy
from amity.tenancy.models import Role

from . import data
from .aid import aid_demo_load
from .engagements import EngagementsDemoResult, engagements_demo_load
from .mobilization import MobilizationDemoResult, mobilization_demo_load
from .portal import PortalDemoResult, portal_demo_load

DEMO_PASSWORD = "amity-demo"  # noqa: S105 - printed for the demo, never used in production
ROLE_LANGUAGES = {Role.ADMIN: "vi", Role.STAFF: "vi", Role.EDITOR: "en", Role.VIEWER: "zh-hans"}


@dataclass
class DemoResult:
    logins: list[tuple[str, str, str]] = field(default_factory=list)  # username, union, role
    organizations: int = 0
    certificates: int = 0
    rates: int = 0
    aid_items: int = 0
    transactions: int = 0
    portal: PortalDemoResult | None = None
    mobilization: MobilizationDemoResult | None = None
    engagements: EngagementsDemoResult | None = None


def demo_username(union_slug: str, role: str) -> str:
    return f"{union_slug.replace('-', '')}-{role}"


def _province(code: int, structure: str = Structure.CURRENT) -> AdministrativeUnit:
    return AdministrativeUnit.objects.get(
        structure=structure, code=f"{code:02d}", level=Level.PROVINCE
    )


@transaction.atomic
def demo_load(today: datetime.date | None = None) -> DemoResult:
    # The demo saves each page several times over: index each once, at the end.
    with indexes_updated_once():
        return _load(today or timezone.localdate())


def _load(today: datetime.date) -> DemoResult:
    result = DemoResult()
    unions = {}
    for spec in data.UNIONS:
        unions[spec["slug"]] = tenancy.union_upsert(
            actor=None,
            slug=spec["slug"],
            province=_province(spec["province_code"]),
            is_national=spec["is_national"],
            acronym=spec.get("acronym", ""),
            name=spec["name_vi"],
            name_en=spec["name_en"],
            name_zh_hans=spec["name_zh_hans"],
        )
        for role in Role:
            username = demo_username(spec["slug"], role)
            user = tenancy.user_ensure(
                username=username, password=DEMO_PASSWORD, language=ROLE_LANGUAGES[role]
            )
            tenancy.membership_grant(actor=None, user=user, union=unions[spec["slug"]], role=role)
            result.logins.append((username, spec["slug"], role))

    organizations = {}
    for ngo in data.NGOS:
        for slug in ngo["unions"]:
            organizations[(ngo["key"], slug)] = _demo_organization(ngo, unions[slug])
    result.organizations = len(organizations)

    for spec in data.CERTIFICATES:
        org = organizations[(spec["ngo"], spec["union"])]
        _demo_certificate(spec, org, today)
        result.certificates += 1

    portfolio = aid_demo_load(unions=unions, organizations=organizations)
    result.organizations += portfolio.organizations
    result.rates = portfolio.rates
    result.aid_items = portfolio.items
    result.transactions = portfolio.transactions
    result.mobilization = mobilization_demo_load(unions=unions, today=today)
    result.portal = portal_demo_load(unions=unions)
    result.engagements = engagements_demo_load(
        unions=unions, organizations=organizations, today=today
    )
    return result


def _demo_organization(ngo: dict, union) -> Organization:
    org = Organization.objects.filter(union=union, name=ngo["name"]).first() or Organization()
    org.union = union
    for name in (
        "name",
        "acronym",
        "name_vi",
        "name_en",
        "name_zh_hans",
        "kind",
        "iati_identifier",
        "website",
    ):
        setattr(org, name, ngo.get(name, ""))
    org.country = Country.objects.filter(code=ngo["country"]).first()
    org.organisation_type = OrganisationType.objects.filter(code=ngo["organisation_type"]).first()
    contact = {k: v for k, v in ngo.get("contact", {}).items() if k != "locality"}
    existing_contact = org.contacts.first() if org.pk else None
    if existing_contact:
        contact["id"] = existing_contact.pk
    return registry.organization_save(
        actor=None,
        organization=org,
        aliases=ngo.get("aliases", []),
        contacts=[contact] if any(contact.values()) else [],
        fields_of_work=list(Sector.objects.filter(code__in=ngo["fields"])),
        # Demo names are known to be distinct organizations.
        allow_duplicate=True,
    )


def _demo_certificate(spec: dict, org: Organization, today: datetime.date):
    issue = today - datetime.timedelta(days=spec["issued_days_ago"])
    cert = (
        RegistrationCertificate.objects.filter(union=org.union, number=spec["number"]).first()
        or RegistrationCertificate()
    )
    cert.organization = org
    cert.type = spec["type"]
    cert.number = spec["number"]
    cert.legal_basis = spec["legal_basis"]
    cert.issue_date = issue
    cert.expiry_date = issue + datetime.timedelta(days=spec["valid_days"])
    if spec.get("revoked"):
        cert.revoked_on = min(today, issue + datetime.timedelta(days=spec["valid_days"] // 2))
        cert.revocation_note = spec.get("revocation_note", "")
    else:
        cert.revoked_on, cert.revocation_note = None, ""
    structure = spec.get("structure", Structure.CURRENT)
    return registry.certificate_save(
        actor=None,
        certificate=cert,
        provinces=[_province(code, structure) for code in spec["provinces"]],
        fields=list(Sector.objects.filter(code__in=spec["fields"])),
    )
