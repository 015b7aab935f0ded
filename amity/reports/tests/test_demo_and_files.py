"""The seed pages' figures from the demo data, in three languages, through the command
line, the API and the files (XLSX numbers as numbers; PDF text in Vietnamese and
Chinese, found by turning the PDF back into text)."""

import io
import json
import shutil
import subprocess
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from openpyxl import load_workbook
from pypdf import PdfReader

from amity.reports.models import Target

pytestmark = pytest.mark.django_db

SEED_SUMMARY = {
    "en": ["VND 109.84 billion", "up 70.8% on 2022", "158.0% of the year's target"],
    "vi": ["109,84 tỷ đồng", "tăng 70,8% so với năm 2022", "đạt 158,0% kế hoạch năm"],
    "zh-hans": ["1098.41亿越南盾", "比2022年增长70.8%", "完成年度计划的158.0%"],
}


def has_chinese_font() -> bool:
    if not shutil.which("fc-list"):
        return False
    fonts = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True).stdout
    return bool(fonts.strip())


def report(*args) -> bytes:
    out = io.StringIO()
    call_command("report", *args, stdout=out)
    return out.getvalue()


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def test_the_seed_figures_in_three_languages_and_files(api_client_for, make_member, tmp_path):
    call_command("demo", verbosity=0)
    # Dong Nai 2023: the three figures of the seed page, as numbers and in each language.
    data = json.loads(report("annual", "--union", "dong-nai", "--year", "2023", "--lang", "en"))
    assert (data["committed"], data["committed_previous"]) == ("109841000000", "64310000000")
    assert (data["committed_change_pct"], data["target_share_pct"]) == ("70.8", "158.0")
    assert data["currency"] == "VND" and data["definitions"]
    staff = make_member("dong-nai", "staff", username="reader")
    for language, phrases in SEED_SUMMARY.items():
        body = api_client_for(staff).get(
            f"/api/v1/reports/annual/?union=dong-nai&year=2023&lang={language}"
        )
        for phrase in phrases:
            assert phrase in body.json()["summary"], (language, body.json()["summary"])

    # Lao Cai (Yen Bai) 2022: 47 items active, disbursing USD 4.4 million.
    lao_cai = make_member("lao-cai", "staff", username="lao-cai-reader")
    body = (
        api_client_for(lao_cai)
        .get("/api/v1/reports/annual/?union=lao-cai&year=2022&currency=USD&lang=en")
        .json()
    )
    assert body["disbursed"] == "4400000.00" and body["items"]["active"]["total"] == 47
    # …and on 15 Aug 2023, 34 items under way with USD 15,297,070 committed.
    snapshot = (
        api_client_for(lao_cai)
        .get("/api/v1/reports/portfolio/?union=lao-cai&as_of=2023-08-15&currency=USD")
        .json()
    )
    assert snapshot["counts"]["total"] == 34 and snapshot["committed"] == "15297070.00"

    # XLSX: one sheet per breakdown, numbers stored as numbers with a format.
    path = tmp_path / "dong-nai.xlsx"
    call_command(
        "report",
        "annual",
        "--union",
        "dong-nai",
        "--year",
        "2023",
        "--lang",
        "vi",
        "--format",
        "xlsx",
        "--output",
        str(path),
    )
    book = load_workbook(path)
    assert len(book.sheetnames) == 6  # the summary and five breakdowns
    assert "By sector" not in book.sheetnames  # named in the report's language
    summary = book.worksheets[0]
    assert summary["B5"].value == 109841000000 and summary["B5"].number_format == "#,##0"
    assert summary["B8"].value == pytest.approx(70.8)
    sectors = book.worksheets[1]
    assert isinstance(sectors["B2"].value, int | float) and sectors["B2"].number_format == "#,##0"
    total = sum(row[1].value for row in sectors.iter_rows(min_row=2))
    assert abs(total - 109841000000) <= len(list(sectors.iter_rows(min_row=2)))  # rounding

    # PDF: Vietnamese for Dong Nai, Chinese for Lao Cai, read back as text.
    vi_pdf = tmp_path / "dong-nai.pdf"
    call_command(
        "report",
        "annual",
        "--union",
        "dong-nai",
        "--year",
        "2023",
        "--lang",
        "vi",
        "--format",
        "pdf",
        "--output",
        str(vi_pdf),
    )
    content = vi_pdf.read_bytes()
    assert content.startswith(b"%PDF")
    text = pdf_text(content)
    assert "109,84 tỷ đồng" in text and "Đồng Nai" in text
    if not has_chinese_font():
        pytest.skip("no font for Chinese on this machine (CI installs fonts-noto-cjk)")
    zh_pdf = tmp_path / "lao-cai.pdf"
    call_command(
        "report",
        "annual",
        "--union",
        "lao-cai",
        "--year",
        "2022",
        "--lang",
        "zh-hans",
        "--format",
        "pdf",
        "--output",
        str(zh_pdf),
    )
    text = pdf_text(zh_pdf.read_bytes())
    assert "老街省友好组织联合会" in text and "亿越南盾" in text


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
