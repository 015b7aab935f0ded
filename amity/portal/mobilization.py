"""What the portal's mobilization pages show: a section's open calls for sponsorship
(`Call.objects.published()`, through `mobilization.selectors.published_calls`) and its
published appeals with their progress (`selectors.appeal_progress`). Texts in the
reader's language, amounts through Babel (`reports.money_words`). Nothing here reads a
pledge, a donor's name or a draft: a call's page shows the need and whom to contact, an
appeal's what it has received and from how many donors."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.http import Http404
from django.utils import timezone

from amity.mobilization.models import Appeal, Call
from amity.mobilization.selectors import (
    AppealProgress,
    appeal_progress,
    appeals_progress,
    published_calls,
)
from amity.reports import money_words


def money(value: Decimal | None, currency: str) -> str:
    """'50.000,00 USD' / '50,000.00 USD' / '2.000.000.000 VND': the amount in full as the
    reader's language writes it, then the currency's code."""
    if value is None:
        return "—"
    return f"{money_words.amount(value, currency)} {currency}"


def province_of(unit):
    """The province (of today's structure when known) a locality lies in."""
    if unit is None:
        return None
    if unit.current_province_id:
        return unit.current_province
    return unit if unit.level == "province" else None


def place(unit) -> str:
    """A locality as readers know it: 'Xã Phú Lý, Đồng Nai' (the province once)."""
    if unit is None:
        return ""
    province = province_of(unit)
    if province is None or province.pk == unit.pk:
        return unit.label
    return f"{unit.label}, {province.label}"


@dataclass
class Option:
    value: str
    label: str
    selected: bool = False
    # 1 for a sector listed under its DAC category (shown indented), else 0.
    level: int = 0


@dataclass
class CallEntry:
    call: Call
    url: str
    amount: str
    place: str


def _open_calls(section, today):
    unions = section.unions()
    if not unions:
        return Call.objects.none()
    return published_calls(unions, today=today).select_related(
        "sector__category", "locality__current_province"
    )


def _by_label(pairs: dict[str, str]) -> list[tuple[str, str]]:
    return sorted(pairs.items(), key=lambda kv: (kv[1].casefold(), kv[0]))


def _options(calls) -> tuple[list[Option], list[Option]]:
    """The sectors and the provinces the section's open calls have, in the reader's
    language, alphabetically: each DAC category (a choice of its own, its 3-digit code)
    followed by its sectors."""
    categories, sectors_in, loose, provinces = {}, {}, {}, {}
    for call in calls:
        sector = call.sector
        if sector is not None and sector.category_id:
            categories[sector.category_id] = sector.category.label
            sectors_in.setdefault(sector.category_id, {})[sector.code] = sector.label
        elif sector is not None:
            loose[sector.code] = sector.label
        province = province_of(call.locality)
        if province is not None:
            provinces[province.key] = province.label
    sectors = []
    for code, label in _by_label({**categories, **loose}):
        sectors.append(Option(code, label))
        if code in categories:
            sectors += [Option(c, lab, level=1) for c, lab in _by_label(sectors_in[code])]
    return sectors, [Option(key, label) for key, label in _by_label(provinces)]


def _chosen(options: list[Option], value: str | None) -> str | None:
    """The option asked for, when it is one offered (anything else shows every call)."""
    for option in options:
        if value and option.value == value:
            option.selected = True
            return value
    return None


def calls_index(page, request, today: datetime.date | None = None) -> dict:
    """The calls page's context: the section's open calls, filtered by `sector` and
    `province` from the query string, and the choices of both filters."""
    today = today or timezone.localdate()
    section = page.section()
    open_calls = list(_open_calls(section, today))
    sectors, provinces = _options(open_calls)
    sector = _chosen(sectors, request.GET.get("sector"))
    province = _chosen(provinces, request.GET.get("province"))
    calls = open_calls
    if (sector or province) and section.unions():
        calls = published_calls(
            section.unions(), sector=sector, province=province, today=today
        ).select_related("locality__current_province")
    base = page.get_url(request)
    entries = [
        CallEntry(
            call=call,
            url=base + page.reverse_subpage("call", args=[call.pk]),
            amount=money(call.amount_sought, call.currency_id),
            place=place(call.locality),
        )
        for call in calls
    ]
    return {
        "calls": entries,
        "sectors": sectors,
        "provinces": provinces,
        "filtered": bool(sector or province),
    }


def call_detail(page, pk: int, today: datetime.date | None = None) -> dict:
    """One open call of the section's unions; anything else (a draft, a closed or taken
    up call, one past its deadline, another section's) is not found."""
    call = _open_calls(page.section(), today or timezone.localdate()).filter(pk=pk).first()
    if call is None:
        raise Http404
    return {
        "call": call,
        "amount": money(call.amount_sought, call.currency_id),
        "place": place(call.locality),
    }


@dataclass
class AppealEntry:
    appeal: Appeal
    url: str
    progress: AppealProgress
    received: str
    target: str
    share: str
    # The <progress> element's value: the share, at most 100 (None without a target).
    bar: Decimal | None
    places: list[str] = field(default_factory=list)
    by_currency: list[str] = field(default_factory=list)


def _entry(page, request, appeal: Appeal, progress: AppealProgress) -> AppealEntry:
    share = progress.share_received
    return AppealEntry(
        appeal=appeal,
        url=page.get_url(request) + page.reverse_subpage("appeal", args=[appeal.pk]),
        progress=progress,
        received=money(progress.received, progress.currency),
        target=money(progress.target, progress.currency),
        share=money_words.percent(share),
        bar=None if share is None else min(share, Decimal(100)),
        places=[place(unit) for unit in appeal.localities.all()],
        by_currency=[money(amount, code) for code, amount in progress.by_currency.items()],
    )


def _published_appeals(section):
    unions = section.unions()
    if not unions:
        return Appeal.objects.none()
    return (
        Appeal.objects.published()
        .filter(union__in=unions)
        .with_related()
        .prefetch_related("localities__current_province")
        .order_by("-start_date", "pk")
    )


def appeals_index(page, request) -> dict:
    appeals = list(_published_appeals(page.section()))
    progress = appeals_progress(appeals)
    return {"appeals": [_entry(page, request, a, progress[a.pk]) for a in appeals]}


def appeal_detail(page, request, pk: int) -> dict:
    """One published appeal of the section's unions with its progress; else not found."""
    appeal = _published_appeals(page.section()).filter(pk=pk).first()
    if appeal is None:
        raise Http404
    return {"entry": _entry(page, request, appeal, appeal_progress(appeal)), "appeal": appeal}
