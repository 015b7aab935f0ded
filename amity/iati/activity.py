"""One IATI activity read into plain data (no database): what the importer writes, and
every fault found, each with its line. A fault in one part (a sector without code, a
value without date) drops that part only; the rest of the activity still imports.

Versions 1.0x and 2.0x differ in a few places, all handled here: 1.0x writes text in
the element itself (`<title xml:lang="en">…</title>`) where 2.0x wraps it in
`<narrative>`, uses letter codes for transaction types and names for roles and date
types (`codes.py` maps them)."""

import datetime
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import NamedTuple

from django.utils.translation import gettext as _

from amity.core.i18n import format_number
from amity.core.textcheck import clean_imported
from amity.finance.models import TransactionType

from . import codes

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# IATI language codes (ISO 639-1) → Amity's languages; the others stay as they are.
LANGUAGES = {"vi": "vi", "en": "en", "zh": "zh-hans", "zh-cn": "zh-hans", "zh-hans": "zh-hans"}
TITLE_LENGTH = 500
HUNDRED = Decimal(100)
CENT = Decimal("0.01")
LARGEST_AMOUNT = Decimal(10) ** 18  # Transaction.amount holds 18 digits before the point


# Tuples, not dataclasses: the reading process sends tens of thousands of them to the
# importer, and a tuple is unpickled at a fraction of a dataclass's cost.
class Problem(NamedTuple):
    line: int | None
    field: str
    message: str

    def as_dict(self, activity: str) -> dict:
        return {
            "line": self.line,
            "activity": activity,
            "field": self.field,
            "message": self.message,
        }


class OrganizationRef(NamedTuple):
    ref: str
    names: dict[str, str]
    role: str | None
    type: str | None
    line: int

    @property
    def name(self) -> str:
        return next(iter(self.names.values()), "") if self.names else ""


class MoneyRow(NamedTuple):
    type: str
    date: datetime.date
    amount: Decimal
    currency: str
    description: str
    line: int


@dataclass
class ActivityData:
    identifier: str
    line: int
    digest: str
    language: str
    titles: dict[str, str] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)
    reporting: OrganizationRef | None = None
    participants: list[OrganizationRef] = field(default_factory=list)
    dates: dict[str, datetime.date] = field(default_factory=dict)
    sectors: list[tuple[str, Decimal]] = field(default_factory=list)
    transactions: list[MoneyRow] = field(default_factory=list)
    kind: str = codes.DEFAULT_KIND
    parent_ref: str = ""
    kept: dict = field(default_factory=dict)  # AidItem.iati_data
    problems: list[Problem] = field(default_factory=list)

    def problem(self, element, field_name: str, message: str) -> None:
        line = element.sourceline if element is not None else self.line
        self.problems.append(Problem(line, field_name, message))

    @property
    def title(self) -> str:
        return self.titles.get(self.language) or next(iter(self.titles.values()), "")


def language_code(value: str | None, default: str) -> str:
    code = (value or default or "en").strip().lower().replace("_", "-")
    return LANGUAGES.get(code, code)


def children(element) -> dict[str, list]:
    """The element's children by tag, read in one pass: each `find` or `findall` would
    walk them all again, which is most of what reading an activity costs."""
    found: dict[str, list] = {}
    for child in element:
        found.setdefault(child.tag, []).append(child)
    return found


def first(found: dict[str, list], tag: str):
    """The first child of `found` (from `children`) with the tag, or None."""
    elements = found.get(tag)
    return elements[0] if elements else None


def texts(elements, default: str, *, one_line: bool = False) -> dict[str, str]:
    """Text per language of IATI elements, 2.0x narratives or 1.0x plain text; several
    texts in one language are joined as paragraphs (`one_line`: titles and names, on
    one line). Control and bidirectional characters are dropped
    (`core.textcheck.clean_imported`): the records' text fields refuse them."""
    found: dict[str, list[str]] = {}
    for element in elements:
        narratives = [n for n in element if n.tag == "narrative"]
        parts = (
            [(n.get(XML_LANG), n.text) for n in narratives]
            if narratives
            else [(element.get(XML_LANG), element.text)]
        )
        for lang, text in parts:
            text = clean_imported(text or "", multiline=not one_line).strip()
            if text:
                found.setdefault(language_code(lang, default), []).append(text)
    joint = " " if one_line else "\n\n"
    return {lang: joint.join(parts) for lang, parts in found.items()}


def _day(value: str | None) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _decimal(value: str | None) -> Decimal | None:
    try:
        number = Decimal((value or "").strip().replace(",", ""))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _organization(element, default: str, role: str | None) -> OrganizationRef:
    return OrganizationRef(
        ref=(element.get("ref") or "").strip(),
        names=texts([element], default, one_line=True),
        role=role,
        type=(element.get("type") or "").strip() or None,
        line=element.sourceline,
    )


def parse_activity(raw, known_sectors=frozenset(), known_currencies=frozenset()) -> ActivityData:
    """Read `raw` (a reader.RawActivity). `known_sectors` and `known_currencies` are the
    codes Amity has; others are faults of the part that uses them."""
    element = raw.element
    found = children(element)
    is_v1 = (raw.version or "2").startswith("1")
    language = language_code(raw.default_language, "en")
    identifier = first(found, "iati-identifier")
    activity = ActivityData(
        identifier=((identifier.text if identifier is not None else None) or "").strip(),
        line=raw.line,
        digest=raw.digest,
        language=language,
    )
    activity.titles = texts(found.get("title", ()), language, one_line=True)
    activity.descriptions = texts(found.get("description", ()), language)
    if not activity.titles:
        activity.problem(element, "title", _("The activity has no title."))
    for lang, title in activity.titles.items():
        if len(title) > TITLE_LENGTH:
            activity.titles[lang] = title[: TITLE_LENGTH - 1] + "…"
            activity.problem(
                first(found, "title"),
                "title",
                _("The title is longer than %(n)s characters and was cut.") % {"n": TITLE_LENGTH},
            )

    reporting = first(found, "reporting-org")
    if reporting is not None:
        activity.reporting = _organization(reporting, language, None)
    for org in found.get("participating-org", ()):
        role = (org.get("role") or "").strip()
        if is_v1 or not role.isdigit():
            role = codes.V1_ORGANISATION_ROLES.get(role.lower(), role)
        if role not in codes.ORGANISATION_ROLES:
            activity.problem(
                org, "participating-org", _("Unknown role “%(role)s”: left out.") % {"role": role}
            )
            continue
        ref = _organization(org, language, codes.ORGANISATION_ROLES[role])
        if not ref.ref and not ref.names:
            activity.problem(
                org, "participating-org", _("An organisation without identifier or name.")
            )
            continue
        activity.participants.append(ref)

    _read_dates(activity, element, found)
    _read_sectors(activity, element, found, known_sectors)
    _read_transactions(activity, element, found, is_v1, known_currencies)
    _read_hierarchy(activity, found)
    _keep(activity, element, found)
    return activity


def _read_dates(activity: ActivityData, element, found) -> None:
    for date in found.get("activity-date", ()):
        kind = (date.get("type") or "").strip()
        kind = codes.V1_ACTIVITY_DATE_TYPES.get(kind.lower(), kind)
        name = codes.ACTIVITY_DATES.get(kind)
        if name is None:
            continue
        day = _day(date.get("iso-date")) or _day(date.text)
        if day is None:
            activity.problem(
                date,
                "activity-date",
                _("The date “%(value)s” is not a date (YYYY-MM-DD).")
                % {"value": date.get("iso-date") or date.text or ""},
            )
            continue
        activity.dates[name] = day
    for first, last in (("planned_start", "planned_end"), ("actual_start", "actual_end")):
        dates = activity.dates
        if first in dates and last in dates and dates[last] < dates[first]:
            activity.problem(
                element, "activity-date", _("The end is before the start: both left out.")
            )
            del dates[first], dates[last]


def _read_sectors(activity: ActivityData, element, found, known: frozenset) -> None:
    dac: list[tuple[str, Decimal | None, object]] = []
    other = []
    for sector in found.get("sector", ()):
        vocabulary = (sector.get("vocabulary") or codes.DAC_SECTORS).strip()
        code = (sector.get("code") or "").strip()
        percentage = _decimal(sector.get("percentage")) if sector.get("percentage") else None
        if not code:
            activity.problem(sector, "sector", _("A sector without code: left out."))
            continue
        # 1.0x files name the DAC list "DAC"; 2.0x number it 1.
        if vocabulary in (codes.DAC_SECTORS, "DAC"):
            if code not in known:
                activity.problem(
                    sector,
                    "sector",
                    _("Unknown DAC sector code “%(code)s”: left out.") % {"code": code},
                )
                continue
            dac.append((code, percentage, sector))
        else:
            other.append(
                {
                    "vocabulary": vocabulary,
                    "code": code,
                    "percentage": str(percentage) if percentage is not None else None,
                }
            )
    if other:
        activity.kept["sectors"] = other
    if not dac:
        return
    shares = [p for _c, p, _e in dac]
    if len(dac) == 1:
        activity.sectors = [(dac[0][0], HUNDRED)]
        return
    if any(p is None or p <= 0 for p in shares):
        activity.problem(
            element,
            "sector",
            _("Not every sector has a percentage: the activity's sectors share equally."),
        )
        shares = [Decimal(1)] * len(dac)
    total = sum(shares)
    if total != HUNDRED and any(p is not None for _c, p, _e in dac):
        activity.problem(
            element,
            "sector",
            _("The sector percentages add up to %(total)s, not 100: scaled to 100.")
            % {"total": format_number(total)},
        )
    scaled = [(p * HUNDRED / total).quantize(Decimal("0.01")) for p in shares]
    scaled[-1] += HUNDRED - sum(scaled)  # what rounding left over
    merged: dict[str, Decimal] = {}
    for (code, _p, _e), share in zip(dac, scaled, strict=True):
        merged[code] = merged.get(code, Decimal(0)) + share
    activity.sectors = list(merged.items())


def _read_transactions(activity: ActivityData, element, found, is_v1: bool, currencies) -> None:
    default_currency = (element.get("default-currency") or "").strip().upper()
    skipped_types: dict[str, int] = {}
    for tx in found.get("transaction", ()):
        parts = children(tx)
        type_element = first(parts, "transaction-type")
        code = (type_element.get("code") or "").strip() if type_element is not None else ""
        if is_v1 or not code.isdigit():
            code = codes.V1_TRANSACTION_TYPES.get(code.upper(), code)
        ours = codes.TRANSACTION_TYPES.get(code)
        if ours is None:
            skipped_types[code or "?"] = skipped_types.get(code or "?", 0) + 1
            continue
        date_element = first(parts, "transaction-date")
        row = _money_row(
            activity,
            tx,
            first(parts, "value"),
            ours,
            date_element.get("iso-date") if date_element is not None else None,
            default_currency,
            currencies,
        )
        if row is not None:
            # On one line: a transaction's description is a single-line field.
            description = texts(parts.get("description", ()), activity.language, one_line=True)
            text = description.get(activity.language) or next(iter(description.values()), "")
            activity.transactions.append(row._replace(description=text[:500]))
    # Planned disbursements are elements of their own, dated by their period's start.
    for planned in found.get("planned-disbursement", ()):
        parts = children(planned)
        start = first(parts, "period-start")
        row = _money_row(
            activity,
            planned,
            first(parts, "value"),
            TransactionType.PLANNED_DISBURSEMENT,
            start.get("iso-date") if start is not None else None,
            default_currency,
            currencies,
        )
        if row is not None:
            activity.transactions.append(row)
    if skipped_types:
        activity.kept["other_transactions"] = skipped_types


def _money_row(activity, element, value, type_, fallback_day, default_currency, currencies):
    """The element's `value` (its `<value>` child) as a row of money, or None (and a
    fault) when it cannot be."""
    amount = _decimal(value.text) if value is not None else None
    if amount is None:
        activity.problem(element, "transaction", _("A transaction without a value: left out."))
        return None
    day = _day(value.get("value-date")) or _day(fallback_day)
    if day is None:
        activity.problem(value, "transaction", _("A value without a date: left out."))
        return None
    currency = (value.get("currency") or default_currency).strip().upper()
    if not currency:
        activity.problem(
            value, "transaction", _("A value without currency, and no default: left out.")
        )
        return None
    if currency not in currencies:
        activity.problem(
            value,
            "transaction",
            _("Unknown currency “%(code)s”: the transaction is left out.") % {"code": currency},
        )
        return None
    if amount < 0:
        activity.problem(
            value,
            "transaction",
            _("A negative value (%(amount)s %(currency)s, a correction) is left out.")
            % {"amount": format_number(amount), "currency": currency},
        )
        return None
    cents = amount.quantize(CENT, ROUND_HALF_UP)
    if cents != amount:
        activity.problem(
            value,
            "transaction",
            _("%(amount)s %(currency)s has more than two decimals: kept as %(cents)s.")
            % {
                "amount": format_number(amount, exact=True),
                "currency": currency,
                "cents": format_number(cents),
            },
        )
        amount = cents
    if amount >= LARGEST_AMOUNT:
        activity.problem(
            value,
            "transaction",
            _("%(amount)s %(currency)s is too large to be a real amount: left out.")
            % {"amount": format_number(amount), "currency": currency},
        )
        return None
    return MoneyRow(
        type=type_,
        date=day,
        amount=amount,
        currency=currency,
        description="",
        line=element.sourceline,
    )


def _read_hierarchy(activity: ActivityData, found) -> None:
    has_children = False
    for related in found.get("related-activity", ()):
        kind = (related.get("type") or "").strip()
        ref = (related.get("ref") or "").strip()
        if kind == "1" and ref:
            activity.parent_ref = ref
        elif kind == "2" and ref:
            has_children = True
    aid_type = first(found, "default-aid-type")
    activity.kind = codes.kind_for(
        aid_type.get("code") if aid_type is not None else None,
        has_children=has_children,
        has_parent=bool(activity.parent_ref),
    )


def _keep(activity: ActivityData, element, found) -> None:
    """What has no field of its own: kept as read, for the item page and the export."""
    status = first(found, "activity-status")
    if status is not None and status.get("code"):
        activity.kept["status"] = status.get("code").strip()
    countries = [
        {"code": c.get("code", "").strip().upper(), "percentage": c.get("percentage")}
        for c in found.get("recipient-country", ())
        if c.get("code")
    ]
    if countries:
        activity.kept["countries"] = countries
    locations = []
    for location in found.get("location", ()):
        names = texts(location.findall("name"), activity.language)
        point = location.findtext("point/pos")
        if names or point:
            locations.append(
                {"name": next(iter(names.values()), ""), "point": (point or "").strip()}
            )
    if locations:
        activity.kept["locations"] = locations
    budgets = []
    for budget in found.get("budget", ()):
        parts = children(budget)
        value = first(parts, "value")
        amount = _decimal(value.text) if value is not None else None
        if amount is None:
            continue
        start, end = first(parts, "period-start"), first(parts, "period-end")
        budgets.append(
            {
                "start": start.get("iso-date") if start is not None else None,
                "end": end.get("iso-date") if end is not None else None,
                "amount": str(amount),
                "currency": (
                    value.get("currency") or element.get("default-currency") or ""
                ).upper(),
            }
        )
    if budgets:
        activity.kept["budgets"] = budgets
    if activity.language:
        activity.kept["language"] = activity.language
