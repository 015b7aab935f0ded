"""Exporting a union's published aid items as an IATI 2.03 activity file.

What is exported is what the public portal shows: `AidItem.objects.published()` of the
one union (the national union exports only its own items too). The file is written
activity by activity (`lxml.etree.xmlfile`) and the items are read in chunks with their
donors, sectors, transactions and published projects prefetched, so memory and the
number of queries stay the same however large the portfolio.

The export is written so that `services.iati_import` reads the same items back (see
`activity.py`). Choices the standard leaves open, and what they mean:

- Identifiers. The union publishes under `Union.iati_identifier`; a union without one
  uses ``XI-AMITY-<SLUG>`` until it registers (not a registered agency prefix: set the
  union's identifier before publishing for real). An item keeps the identifier it was
  imported with; an item made by hand is ``<prefix>-<pk>``. Such identifiers change if
  the union's identifier is set later, so set it first.
- The reporting organisation is the union, type 15 (other public sector): a friendship
  union is a mass organization funded by the state, not an NGO.
- Languages. The activity's language is the one it was imported in, else the language
  whose title field holds the original title, else Vietnamese. The original text is
  the narrative without xml:lang; each other language with a text gets a narrative of
  its own (ISO 639-1: Chinese is "zh"). The activity's own language is written once:
  the importer joins two narratives of one language into one text.
- Status: identified, proposed, under appraisal → 1 (pipeline); approved, under way →
  2 (implementation); completed → 4 (closed); rejected, cancelled → 5 (cancelled).
- Dates: each date the item has. IATI needs a start: an item without any start date
  gets a planned start on the day it was recorded (or its earliest end, if earlier).
- Kind: `default-aid-type` B03 for programs, C01 for projects, D02 (technical
  assistance, outside projects) for non-project aid, the codes whose category
  `codes.kind_for` reads back as the same kind.
- Parents and children (`related-activity` 1 and 2) only among exported items, so an
  unpublished item is never named.
- An item without donors names the union as accountable participant, since a
  participating organisation is required.
- An empty description is an empty narrative (the schema requires the element).
- Planned disbursements are `planned-disbursement` elements dated by their start;
  every value carries its currency, so there is no default currency.
- What an import kept without a field of its own (countries, other sector vocabularies,
  locations, budgets) is written back when complete; Viet Nam is the recipient country
  otherwise.
"""

import datetime
import tempfile
from decimal import Decimal, InvalidOperation
from typing import BinaryIO

from django.db.models import Prefetch
from django.http import FileResponse
from django.utils import timezone
from lxml import etree

from amity.aid.models import AidItem, AidItemDonor, AidItemSector, AidKind
from amity.aid.workflow import PUBLISHABLE, AidStatus
from amity.core.i18n import field_suffix
from amity.finance.models import Transaction, TransactionType
from amity.tenancy.permissions import Action, check_actor

from . import codes

VERSION = "2.03"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# Items read per query; their related rows come in one query per relation per chunk.
CHUNK_SIZE = 200

# Amity's languages and the IATI (ISO 639-1) code each is written with.
IATI_LANGUAGES = {"vi": "vi", "en": "en", "zh-hans": "zh"}
DEFAULT_LANGUAGE = "vi"

REPORTING_ORG_TYPE = "15"  # IATI OrganisationType: other public sector
ACCOUNTABLE = "2"  # IATI OrganisationRole
VIET_NAM = "VN"
WGS84 = "http://www.opengis.net/def/crs/EPSG/0/4326"

S = AidStatus
ACTIVITY_STATUSES = {
    S.IDENTIFIED: "1",
    S.PROPOSED: "1",
    S.UNDER_APPRAISAL: "1",
    S.APPROVED: "2",
    S.UNDER_WAY: "2",
    S.COMPLETED: "4",
    S.REJECTED: "5",
    S.CANCELLED: "5",
}
AID_TYPES = {AidKind.PROGRAM: "B03", AidKind.PROJECT: "C01", AidKind.NON_PROJECT: "D02"}
TRANSACTION_CODES = {ours: code for code, ours in codes.TRANSACTION_TYPES.items()}
ROLE_CODES = {ours: code for code, ours in codes.ORGANISATION_ROLES.items()}
START_DATES = ("planned_start", "actual_start")
END_DATES = ("planned_end", "actual_end")


def publisher_prefix(union) -> str:
    """The union's IATI organisation identifier, or a stand-in until it has one."""
    return union.iati_identifier.strip() or f"XI-AMITY-{union.slug.upper()}"


def activity_identifier(item: AidItem, prefix: str) -> str:
    return item.iati_identifier or f"{prefix}-{item.pk}"


def activity_language(item: AidItem) -> str:
    """The activity's language, as Amity codes it (see the module's docstring)."""
    kept = (item.iati_data or {}).get("language")
    if kept:
        return kept
    for code in IATI_LANGUAGES:
        if getattr(item, f"title_{field_suffix(code)}") == item.title:
            return code
    return DEFAULT_LANGUAGE


def exported_items(union):
    """The union's published items, oldest first, with what each activity needs."""
    return (
        AidItem.objects.published()
        .filter(union=union)
        .select_related("parent")
        .prefetch_related(
            Prefetch(
                "donors",
                queryset=AidItemDonor.objects.select_related("organization").order_by("pk"),
            ),
            Prefetch("sectors", queryset=AidItemSector.objects.order_by("pk")),
            Prefetch("transactions", queryset=Transaction.objects.order_by("date", "pk")),
            Prefetch(
                "projects",
                queryset=AidItem.objects.published()
                .only("pk", "iati_identifier", "parent_id")
                .order_by("pk"),
                to_attr="published_projects",
            ),
        )
        .order_by("pk")
    )


def iati_export(*, union, stream: BinaryIO, actor=None) -> int:
    """Write `union`'s published aid items to the binary `stream` as an IATI 2.03
    activity file (UTF-8); return how many activities were written."""
    check_actor(actor, Action.VIEW, union=union)
    prefix = publisher_prefix(union)
    count = 0
    with etree.xmlfile(stream, encoding="utf-8") as xf:
        xf.write_declaration()
        generated = timezone.now().replace(microsecond=0).isoformat()
        with xf.element("iati-activities", {"version": VERSION, "generated-datetime": generated}):
            xf.write("\n")
            for item in exported_items(union).iterator(chunk_size=CHUNK_SIZE):
                xf.write(_activity(item, union, prefix), pretty_print=True)
                count += 1
    return count


def _activity(item: AidItem, union, prefix: str) -> etree._Element:
    """One item as an `iati-activity`, its elements in the order the schema requires."""
    language = activity_language(item)
    kept = item.iati_data or {}
    parent = item.parent if _is_published(item.parent) else None
    activity = etree.Element(
        "iati-activity",
        {
            "last-updated-datetime": item.updated_at.replace(microsecond=0).isoformat(),
            XML_LANG: IATI_LANGUAGES.get(language, language),
            "hierarchy": "2" if parent is not None else "1",
        },
    )
    etree.SubElement(activity, "iati-identifier").text = activity_identifier(item, prefix)
    _union_org(activity, "reporting-org", union, prefix)
    _narratives(
        etree.SubElement(activity, "title"), language, item.title, _translations(item, "title")
    )
    _narratives(
        etree.SubElement(activity, "description"),
        language,
        item.description,
        _translations(item, "description"),
    )
    _participants(activity, item, union, prefix, language)
    etree.SubElement(activity, "activity-status", code=ACTIVITY_STATUSES[item.status])
    _dates(activity, item)
    _countries(activity, kept)
    _locations(activity, kept, language)
    _sectors(activity, item, kept)
    etree.SubElement(activity, "default-aid-type", code=AID_TYPES[item.kind], vocabulary="1")
    _budgets(activity, kept)
    money = list(item.transactions.all())
    for tx in money:
        if tx.type == TransactionType.PLANNED_DISBURSEMENT:
            _planned_disbursement(activity, tx)
    for tx in money:
        if tx.type != TransactionType.PLANNED_DISBURSEMENT:
            _transaction(activity, tx, language)
    if parent is not None:
        etree.SubElement(
            activity, "related-activity", ref=activity_identifier(parent, prefix), type="1"
        )
    for project in item.published_projects:
        etree.SubElement(
            activity, "related-activity", ref=activity_identifier(project, prefix), type="2"
        )
    return activity


def _is_published(item: AidItem | None) -> bool:
    return item is not None and item.is_public and item.status in PUBLISHABLE


def _translations(obj, field: str) -> dict[str, str]:
    return {code: getattr(obj, f"{field}_{field_suffix(code)}", "") for code in IATI_LANGUAGES}


def _narratives(
    parent: etree._Element, language: str, original: str, translations: dict[str, str]
) -> None:
    """The original text without xml:lang (it is in the activity's language), then each
    other language's text. Always at least one narrative, empty if there is no text."""
    original = original or translations.get(language, "")
    others = [(code, text) for code, text in translations.items() if text and code != language]
    if original or not others:
        etree.SubElement(parent, "narrative").text = original
    for code, text in others:
        narrative = etree.SubElement(parent, "narrative")
        narrative.set(XML_LANG, IATI_LANGUAGES.get(code, code))
        narrative.text = text


def _union_org(parent: etree._Element, tag: str, union, prefix: str, **attributes) -> None:
    """The union as an organisation: its names carry their languages explicitly."""
    org = etree.SubElement(parent, tag, ref=prefix, type=REPORTING_ORG_TYPE, **attributes)
    for code, name in (("vi", union.name), ("en", union.name_en), ("zh", union.name_zh_hans)):
        if name:
            narrative = etree.SubElement(org, "narrative")
            narrative.set(XML_LANG, code)
            narrative.text = name


def _participants(activity, item: AidItem, union, prefix: str, language: str) -> None:
    donors = list(item.donors.all())
    if not donors:
        _union_org(activity, "participating-org", union, prefix, role=ACCOUNTABLE)
        return
    for donor in donors:
        organization = donor.organization
        org = etree.SubElement(activity, "participating-org")
        if organization.iati_identifier:
            org.set("ref", organization.iati_identifier)
        if organization.organisation_type_id:
            org.set("type", organization.organisation_type_id)
        org.set("role", ROLE_CODES[donor.role])
        _narratives(
            org,
            language,
            organization.name,
            {"en": organization.name_en, "zh-hans": organization.name_zh_hans},
        )


def _dates(activity, item: AidItem) -> None:
    days = {name: getattr(item, name) for name in codes.ACTIVITY_DATES.values()}
    if not any(days[name] for name in START_DATES):
        ends = [days[name] for name in END_DATES if days[name]]
        days["planned_start"] = min([timezone.localdate(item.created_at), *ends])
    for code, name in codes.ACTIVITY_DATES.items():
        if days[name]:
            etree.SubElement(activity, "activity-date", type=code, **{"iso-date": _iso(days[name])})


def _countries(activity, kept: dict) -> None:
    countries = [c for c in kept.get("countries") or [] if c.get("code")]
    if not countries:
        countries = [{"code": VIET_NAM, "percentage": "100"}]
    for country in countries:
        element = etree.SubElement(activity, "recipient-country", code=country["code"])
        _set_decimal(element, "percentage", country.get("percentage"))


def _locations(activity, kept: dict, language: str) -> None:
    for place in kept.get("locations") or []:
        name = (place.get("name") or "").strip()
        point = _point(place.get("point"))
        if not name and point is None:
            continue
        location = etree.SubElement(activity, "location")
        if name:
            _narratives(etree.SubElement(location, "name"), language, name, {})
        if point is not None:
            etree.SubElement(etree.SubElement(location, "point", srsName=WGS84), "pos").text = point


def _point(value: str | None) -> str | None:
    """`value` if it is "latitude longitude", as GML's pos is written; else None."""
    parts = (value or "").split()
    if len(parts) != 2:
        return None
    try:
        latitude, longitude = (float(part) for part in parts)
    except ValueError:
        return None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    return " ".join(parts)


def _sectors(activity, item: AidItem, kept: dict) -> None:
    for sector in item.sectors.all():
        etree.SubElement(
            activity,
            "sector",
            vocabulary=codes.DAC_SECTORS,
            code=sector.sector_id,
            percentage=_decimal_text(sector.share),
        )
    for sector in kept.get("sectors") or []:
        if not sector.get("code") or not sector.get("vocabulary"):
            continue
        element = etree.SubElement(
            activity, "sector", vocabulary=sector["vocabulary"], code=sector["code"]
        )
        _set_decimal(element, "percentage", sector.get("percentage"))


def _budgets(activity, kept: dict) -> None:
    for budget in kept.get("budgets") or []:
        start, end = _day(budget.get("start")), _day(budget.get("end"))
        amount = _decimal(budget.get("amount"))
        currency = (budget.get("currency") or "").strip()
        if start is None or end is None or amount is None or not currency:
            continue
        element = etree.SubElement(activity, "budget")
        etree.SubElement(element, "period-start", {"iso-date": _iso(start)})
        etree.SubElement(element, "period-end", {"iso-date": _iso(end)})
        _value(element, amount, currency, start)


def _planned_disbursement(activity, tx: Transaction) -> None:
    element = etree.SubElement(activity, "planned-disbursement")
    etree.SubElement(element, "period-start", {"iso-date": _iso(tx.date)})
    _value(element, tx.amount, tx.currency_id, tx.date)


def _transaction(activity, tx: Transaction, language: str) -> None:
    element = etree.SubElement(activity, "transaction")
    etree.SubElement(element, "transaction-type", code=TRANSACTION_CODES[tx.type])
    etree.SubElement(element, "transaction-date", {"iso-date": _iso(tx.date)})
    _value(element, tx.amount, tx.currency_id, tx.date)
    if tx.description:
        _narratives(etree.SubElement(element, "description"), language, tx.description, {})


def _value(parent, amount: Decimal, currency: str, day: datetime.date) -> None:
    value = etree.SubElement(parent, "value", currency=currency, **{"value-date": _iso(day)})
    value.text = _decimal_text(amount)


def _iso(day: datetime.date) -> str:
    return day.isoformat()


def _day(value) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(str(value or "").strip())
    except ValueError:
        return None


def _decimal(value) -> Decimal | None:
    try:
        number = Decimal(str(value if value is not None else "").strip())
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _decimal_text(number: Decimal) -> str:
    """As xsd:decimal is written: never in exponent form."""
    return format(number, "f")


def _set_decimal(element, attribute: str, value) -> None:
    """Set `attribute` when `value` (as an import kept it) is a number; else leave it out."""
    number = _decimal(value)
    if number is not None:
        element.set(attribute, _decimal_text(number))


def export_response(union, *, actor):
    """The export as a download: written to a temporary file first (in memory while
    small), so an error shows as an error, never as half a file."""
    # FileResponse closes the file once it is sent.
    spool = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)  # noqa: SIM115
    iati_export(union=union, stream=spool, actor=actor)
    spool.seek(0)
    name = f"iati-{union.slug}-{timezone.localdate().isoformat()}.xml"
    return FileResponse(spool, as_attachment=True, filename=name, content_type="application/xml")
