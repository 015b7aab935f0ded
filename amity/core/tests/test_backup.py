"""`amity backup` and `amity restore`: a backup taken, the data changed (rows added,
changed and deleted, a media file replaced and one added), the backup restored: every
table's row count, the annual report's figures and the media files are as they were.
In processes of their own, on a database of their own (SQLite or PostgreSQL, as the
suite runs)."""

import json

from amity.testing import OWN_DATABASE_SETUP, amity, python

MAKE = """
import datetime
from decimal import Decimal
from pathlib import Path
from django.conf import settings
from amity.aid.models import AidItem, AidKind
from amity.aid.services import aid_item_save
from amity.finance.models import Transaction
from amity.finance.transactions import transaction_save
from amity.tenancy.models import Union

union = Union.objects.get(slug="dong-nai")
for n, amount in enumerate(("1000", "2500.50")):
    item = aid_item_save(actor=None, item=AidItem(
        union=union, kind=AidKind.PROJECT, title=f"Trường học {n} · 学校", title_zh_hans="学校"))
    transaction_save(actor=None, transaction=Transaction(
        item=item, type="commitment", date=datetime.date(2023, 5, 2),
        amount=Decimal(amount), currency_id="USD"))
media = Path(settings.MEDIA_ROOT) / "aid" / "1"
media.mkdir(parents=True, exist_ok=True)
(media / "hồ sơ.pdf").write_bytes(b"%PDF-1.4 the dossier")
"""

CHANGE = """
import datetime
from decimal import Decimal
from pathlib import Path
from django.conf import settings
from amity.aid.models import AidItem, AidKind
from amity.aid.services import aid_item_save
from amity.finance.models import Transaction
from amity.finance.transactions import transaction_delete, transaction_save

first, second = AidItem.objects.order_by("pk")
first.title = "Đổi tên"
aid_item_save(actor=None, item=first)
transaction_delete(actor=None, transaction=second.transactions.get())
third = aid_item_save(actor=None, item=AidItem(
    union=first.union, kind=AidKind.PROGRAM, title="Chương trình mới"))
transaction_save(actor=None, transaction=Transaction(
    item=third, type="commitment", date=datetime.date(2023, 6, 1),
    amount=Decimal("99"), currency_id="USD"))
media = Path(settings.MEDIA_ROOT)
(media / "aid" / "1" / "hồ sơ.pdf").write_bytes(b"replaced")
(media / "new.txt").write_text("new")
"""

STATE = """
import io, json
from pathlib import Path
from django.conf import settings
from django.core.management import call_command
from amity.core.backup import table_counts

report = io.StringIO()
call_command("report", "annual", "--union", "dong-nai", "--year", "2023", "--format", "json",
             stdout=report)
media = Path(settings.MEDIA_ROOT)
files = {str(p.relative_to(media)): p.read_bytes().hex() for p in media.rglob("*") if p.is_file()}
print(json.dumps({"tables": table_counts(), "report": json.loads(report.getvalue()),
                  "media": files}))
"""


def state(env) -> dict:
    found = json.loads(python(env, STATE))
    found["report"].pop("generated_at", None)  # when the report was drawn
    return found


def test_a_restored_backup_gives_back_every_row_the_report_and_the_media(own_database, tmp_path):
    env = own_database
    python(env, OWN_DATABASE_SETUP + MAKE)
    before = state(env)
    assert before["media"] and before["tables"]["finance_transaction"] == 2
    backup = tmp_path / "backups" / "amity.tar"
    made = amity(env, "backup", "--output", str(backup))
    assert made.returncode == 0, made.stderr
    assert "media files" in made.stdout and backup.is_file()

    python(env, CHANGE)
    changed = state(env)
    assert changed["tables"] != before["tables"] and changed["media"] != before["media"]
    assert changed["report"] != before["report"]

    # Asked to be sure, and a file that is not a backup: refused, nothing changes.
    unsure = amity(env, "restore", str(backup))
    assert unsure.returncode == 1 and "--yes" in unsure.stderr
    not_a_backup = tmp_path / "notes.tar"
    not_a_backup.write_bytes(b"just some bytes")
    wrong = amity(env, "restore", str(not_a_backup), "--yes")
    assert wrong.returncode == 1 and "not an Amity backup" in wrong.stderr
    assert "Traceback" not in unsure.stderr + wrong.stderr
    assert state(env) == changed

    restored = amity(env, "restore", str(backup), "--yes")
    assert restored.returncode == 0, restored.stderr
    assert state(env) == before
