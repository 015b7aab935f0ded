"""What the portal's public aid pages show, from published aid items only
(`AidItem.objects.published()`): the same figures as the reports, and the directory of
the foreign NGOs behind them. Nothing here reads a draft, an internal item or a contact."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.db.models.functions import ExtractYear
from django.utils import timezone
from django.utils.translation import get_language

from amity.aid.models import AidItem, AidItemDonor
from amity.finance.models import Transaction
from amity.finance.services import VND
from amity.registry.models import CertificateStatus, Organization, RegistrationCertificate
from amity.reports.annual import annual_report
from amity.reports.figures import COMMITMENT, item_money, rounded, transactions_of


def _published_years(unions) -> list[int]:
    years = (
        Transaction.objects.filter(union__in=unions, item__in=AidItem.objects.published())
        .annotate(year=ExtractYear("date"))
        .order_by("-year")
        .values_list("year", flat=True)
        .distinct()
    )
    return list(years)


def dashboard(section, year: str | None) -> dict:
    """The aid dashboard's context: the chosen year's report (public version), the years
    that have published figures, and the commitments of each of those years."""
    unions = section.unions()
    years = _published_years(unions) if unions else []
    try:
        chosen = int(year) if year else None
    except ValueError:
        chosen = None
    if chosen not in years:
        chosen = years[0] if years else timezone.localdate().year
    report = None
    if unions:
        report = annual_report(
            unions=unions,
            year=chosen,
            language=get_language(),
            national=section.union.is_national,
            public=True,
        )
    by_year = []
    for each in sorted(years):
        rows = transactions_of(
            unions,
            datetime.date(each, 1, 1),
            datetime.date(each, 12, 31),
            (COMMITMENT,),
            public=True,
        )
        by_year.append((each, rounded(item_money(rows, VND).total(COMMITMENT), VND)))
    return {"report": report, "years": years, "year": chosen, "by_year": by_year}


@dataclass
class DirectoryEntry:
    organization: Organization
    fields: list[str] = field(default_factory=list)
    provinces: list[str] = field(default_factory=list)
    items: list[AidItem] = field(default_factory=list)


def directory(section) -> list[DirectoryEntry]:
    """The foreign NGOs that fund or carry out the section's published aid items, with
    their fields of work, the provinces of their valid certificates and those items."""
    unions = section.unions()
    published = AidItem.objects.published().filter(union__in=unions)
    donors = (
        AidItemDonor.objects.filter(item__in=published)
        .select_related("item")
        .order_by("item__title")
    )
    items_of: dict[int, list[AidItem]] = {}
    for donor in donors:
        items = items_of.setdefault(donor.organization_id, [])
        if donor.item not in items:
            items.append(donor.item)
    valid = RegistrationCertificate.objects.with_status_in(
        (CertificateStatus.VALID, CertificateStatus.EXPIRING)
    ).prefetch_related("provinces")
    organizations = (
        Organization.objects.filter(pk__in=items_of)
        .select_related("country")
        .prefetch_related(
            "fields_of_work", Prefetch("certificates", queryset=valid, to_attr="valid")
        )
    )
    entries = []
    for org in organizations:
        provinces = {p.label for cert in org.valid for p in cert.provinces.all()}
        entries.append(
            DirectoryEntry(
                organization=org,
                fields=sorted(str(s) for s in org.fields_of_work.all()),
                provinces=sorted(provinces),
                items=items_of[org.pk],
            )
        )
    return sorted(entries, key=lambda e: e.organization.label.casefold())


def directory_search_parts(section) -> list[str]:
    """The directory's searchable text: the NGOs' names and fields, and their items."""
    parts = []
    for entry in directory(section):
        org = entry.organization
        parts += [org.name, org.name_vi, org.name_en, org.name_zh_hans, org.acronym]
        parts += entry.fields
        parts += [item.label for item in entry.items]
    return [p for p in parts if p]
