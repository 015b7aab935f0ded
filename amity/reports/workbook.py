"""A report as an XLSX workbook: a summary sheet, one sheet per breakdown, numbers
stored as numbers with a number format (never as text)."""

import io

from django.utils import translation
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from amity.aid.models import AidKind

from .annual import AnnualReport
from .render import breakdown_tables

BOLD = Font(bold=True)


def money_format(currency: str) -> str:
    return "#,##0" if currency == "VND" else "#,##0.00"


PERCENT = '0.0"%"'
# Sheet names: at most 31 characters, none of []:*?/\ (Excel's rules).
FORBIDDEN = str.maketrans(dict.fromkeys("[]:*?/\\", " "))


def _sheet_title(title: str) -> str:
    return title.translate(FORBIDDEN)[:31]


def _safe(value):
    """Text that a spreadsheet would run as a formula is stored as text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def _write(sheet, rows, formats: dict[int, str] | None = None, header: bool = True) -> None:
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c, value=_safe(value))
            if header and r == 1:
                cell.font = BOLD
            elif formats and c in formats and value is not None:
                cell.number_format = formats[c]
    for c in range(1, max((len(row) for row in rows), default=0) + 1):
        width = max((len(str(row[c - 1])) for row in rows if len(row) >= c), default=8)
        sheet.column_dimensions[get_column_letter(c)].width = min(max(width + 2, 10), 60)


def workbook(report) -> bytes:
    with translation.override(report.language):
        book = Workbook()
        if isinstance(report, AnnualReport):
            _annual(book, report)
        else:
            _portfolio(book, report)
        out = io.BytesIO()
        book.save(out)
        return out.getvalue()


def _annual(book, report: AnnualReport) -> None:
    money = money_format(report.currency)
    summary = book.active
    summary.title = _sheet_title(_("Summary"))
    rows = [
        [_("Report"), _("Annual report")],
        [_("Union"), report.scope_label],
        [_("Period"), f"{report.period.start.isoformat()} – {report.period.end.isoformat()}"],
        [_("Currency"), report.currency],
        [_("Committed"), report.committed],
        [_("Disbursed"), report.disbursed],
        [_("Committed a year earlier"), report.committed_previous],
        [_("Change on a year earlier (%)"), report.committed_change_pct],
        [_("Target"), report.target],
        [_("Share of the target (%)"), report.target_share_pct],
    ]
    _write(summary, rows, header=False)
    for r in range(5, 11):
        cell = summary.cell(row=r, column=2)
        cell.number_format = PERCENT if r in (8, 10) else money
    summary.cell(row=12, column=1, value=report.summary).alignment = Alignment(wrap_text=True)
    line = 14
    summary.cell(row=line, column=1, value=_("Aid items")).font = BOLD
    summary.cell(row=line, column=2, value=_("Approved")).font = BOLD
    summary.cell(row=line, column=3, value=_("Active")).font = BOLD
    for kind, label in [*AidKind.choices, ("total", _("Total"))]:
        line += 1
        summary.cell(row=line, column=1, value=str(label))
        summary.cell(row=line, column=2, value=report.items["approved"][kind])
        summary.cell(row=line, column=3, value=report.items["active"][kind])
    line += 2
    for note in [*report.notes, *report.definitions]:
        summary.cell(row=line, column=1, value=note)
        line += 1

    heading = [_("Name"), _("Committed"), _("Disbursed"), _("Share of committed (%)")]
    for _name, title, rows in breakdown_tables(report):
        sheet = book.create_sheet(_sheet_title(title))
        _write(
            sheet,
            [heading, *[[r.label, r.committed, r.disbursed, r.share_pct] for r in rows]],
            {2: money, 3: money, 4: PERCENT},
        )
    if report.by_union:
        sheet = book.create_sheet(_sheet_title(_("By union")))
        _write(
            sheet,
            [
                [
                    _("Union"),
                    _("Committed"),
                    _("Disbursed"),
                    _("Committed a year earlier"),
                    _("Change on a year earlier (%)"),
                    _("Target"),
                    _("Share of the target (%)"),
                ],
                *[
                    [
                        u.label,
                        u.committed,
                        u.disbursed,
                        u.committed_previous,
                        u.committed_change_pct,
                        u.target,
                        u.target_share_pct,
                    ]
                    for u in report.by_union
                ],
            ],
            {2: money, 3: money, 4: money, 5: PERCENT, 6: money, 7: PERCENT},
        )
    if report.unconverted:
        _unconverted_sheet(book, report)


def _unconverted_sheet(book, report) -> None:
    sheet = book.create_sheet(_sheet_title(_("Not converted")))
    _write(
        sheet,
        [
            [_("Transaction"), _("Aid item"), _("Type"), _("Date"), _("Amount"), _("Currency")],
            *[
                [t.id, t.item, t.type_label, t.date, t.amount, t.currency]
                for t in report.unconverted
            ],
        ],
        {4: "yyyy-mm-dd", 5: "#,##0.00"},
    )


def _portfolio(book, snapshot) -> None:
    money = money_format(snapshot.currency)
    sheet = book.active
    sheet.title = _sheet_title(_("Portfolio"))
    rows = [
        [_("Report"), _("Portfolio snapshot")],
        [_("Union"), snapshot.scope_label],
        [_("As of"), snapshot.as_of],
        [_("Currency"), snapshot.currency],
        [_("Items under way"), snapshot.counts["total"]],
        [_("Committed"), snapshot.committed],
        [_("Disbursed"), snapshot.disbursed],
    ]
    _write(sheet, rows, header=False)
    sheet.cell(row=3, column=2).number_format = "yyyy-mm-dd"
    sheet.cell(row=6, column=2).number_format = money
    sheet.cell(row=7, column=2).number_format = money
    sheet.cell(row=9, column=1, value=snapshot.summary)
    items = book.create_sheet(_sheet_title(_("Aid items")))
    _write(
        items,
        [
            [
                _("Union"),
                _("Title"),
                _("Kind"),
                _("Status"),
                _("Start"),
                _("End"),
                _("Committed"),
                _("Disbursed"),
            ],
            *[
                [
                    i.union,
                    i.title,
                    i.kind_label,
                    i.status_label,
                    i.start,
                    i.end,
                    i.committed,
                    i.disbursed,
                ]
                for i in snapshot.items
            ],
        ],
        {5: "yyyy-mm-dd", 6: "yyyy-mm-dd", 7: money, 8: money},
    )
    if snapshot.unconverted:
        _unconverted_sheet(book, snapshot)
