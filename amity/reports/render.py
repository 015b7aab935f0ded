"""A report as JSON data, an XLSX workbook, an HTML document or a PDF, in the report's
language (the one it was built in)."""

from dataclasses import asdict
from decimal import Decimal

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from amity.aid.models import AidKind

from . import charts
from .annual import AnnualReport
from .figures import Row
from .portfolio import PortfolioSnapshot

FORMATS = ("json", "xlsx", "pdf", "html")
CONTENT_TYPES = {
    "json": "application/json",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
    "html": "text/html; charset=utf-8",
}


def _plain(value):
    """JSON: amounts as decimal strings, dates ISO, nested rows as dicts."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def annual_data(report: AnnualReport) -> dict:
    breakdowns = {name: [asdict(row) for row in getattr(report, name)] for name in BREAKDOWNS}
    return _plain(
        {
            "report": "annual",
            "union": report.union.slug if report.union else "all",
            "unions": [u.slug for u in report.unions],
            "year": report.period.year,
            "half": report.period.half,
            "period": {"start": report.period.start, "end": report.period.end},
            "currency": report.currency,
            "language": report.language,
            "committed": report.committed,
            "disbursed": report.disbursed,
            "committed_previous": report.committed_previous,
            "committed_change_pct": report.committed_change_pct,
            "target": report.target,
            "target_share_pct": report.target_share_pct,
            "items": report.items,
            **breakdowns,
            "by_union": [asdict(row) for row in report.by_union],
            "unconverted": [asdict(row) for row in report.unconverted],
            "notes": report.notes,
            "summary": report.summary,
            "definitions": report.definitions,
        }
    )


def portfolio_data(snapshot: PortfolioSnapshot) -> dict:
    return _plain(
        {
            "report": "portfolio",
            "union": snapshot.union.slug if snapshot.union else "all",
            "unions": [u.slug for u in snapshot.unions],
            "as_of": snapshot.as_of,
            "currency": snapshot.currency,
            "language": snapshot.language,
            "counts": snapshot.counts,
            "committed": snapshot.committed,
            "disbursed": snapshot.disbursed,
            "items": [asdict(item) for item in snapshot.items],
            "unconverted": [asdict(row) for row in snapshot.unconverted],
            "summary": snapshot.summary,
            "definitions": snapshot.definitions,
        }
    )


def data(report) -> dict:
    return annual_data(report) if isinstance(report, AnnualReport) else portfolio_data(report)


# Labels of the breakdowns, in the order the files show them.
BREAKDOWNS = {
    "by_sector": gettext_lazy("By sector"),
    "by_province": gettext_lazy("By province"),
    "by_locality": gettext_lazy("By locality"),
    "by_donor_country": gettext_lazy("By donor country"),
    "by_donor": gettext_lazy("By donor"),
}


def breakdown_tables(report: AnnualReport) -> list[tuple[str, str, list[Row]]]:
    return [(name, str(title), getattr(report, name)) for name, title in BREAKDOWNS.items()]


def _committed_and_disbursed(title: str, rows, currency: str) -> str:
    return charts.bars(
        title,
        [row.label for row in rows],
        {
            "committed": (_("Committed"), [row.committed for row in rows]),
            "disbursed": (_("Disbursed"), [row.disbursed for row in rows]),
        },
        currency,
    )


def sector_chart(report: AnnualReport) -> str:
    return _committed_and_disbursed(
        _("Committed and disbursed by sector"), report.by_sector[:8], report.currency
    )


def union_chart(report: AnnualReport) -> str:
    return _committed_and_disbursed(_("Committed by union"), report.by_union, report.currency)


def context(report, *, with_charts: bool = True) -> dict:
    """What the report's templates (the document and the back-office page) show."""
    with translation.override(report.language):
        if isinstance(report, PortfolioSnapshot):
            return {"snapshot": report, "kind_labels": dict(AidKind.choices)}
        chart_svgs = []
        if with_charts and (report.committed or report.disbursed):
            chart_svgs.append(sector_chart(report))
            if report.by_union:
                chart_svgs.append(union_chart(report))
        return {
            "report": report,
            "tables": breakdown_tables(report),
            "kinds": [(kind, label) for kind, label in AidKind.choices],
            "charts": chart_svgs,
        }


def html(report) -> str:
    with translation.override(report.language):
        template = (
            "reports/portfolio_document.html"
            if isinstance(report, PortfolioSnapshot)
            else "reports/annual_document.html"
        )
        return render_to_string(template, context(report))


def pdf(report) -> bytes:
    from weasyprint import HTML  # loaded on first use
    from weasyprint.urls import URLFetcher

    # The report carries all it shows (its charts are data: URLs); nothing a record's
    # text names is fetched from the network or the disk.
    fetcher = URLFetcher(allowed_protocols=["data"])
    return HTML(string=html(report), url_fetcher=fetcher).write_pdf()


def render(report, format: str) -> bytes:
    if format == "json":
        import json

        return json.dumps(data(report), ensure_ascii=False, indent=2).encode()
    if format == "xlsx":
        from .workbook import workbook

        return workbook(report)
    if format == "pdf":
        return pdf(report)
    return html(report).encode()


def file_response(report, format: str):
    """The report as a download."""
    response = HttpResponse(render(report, format), content_type=CONTENT_TYPES[format])
    response["Content-Disposition"] = f'attachment; filename="{filename(report, format)}"'
    return response


def filename(report, format: str) -> str:
    if isinstance(report, PortfolioSnapshot):
        scope = report.union.slug if report.union else "all"
        return f"amity-portfolio-{scope}-{report.as_of.isoformat()}-{report.language}.{format}"
    scope = report.union.slug if report.union else "all"
    half = f"-h{report.period.half}" if report.period.half else ""
    return (
        f"amity-annual-{scope}-{report.period.year}{half}-{report.currency.lower()}"
        f"-{report.language}.{format}"
    )
