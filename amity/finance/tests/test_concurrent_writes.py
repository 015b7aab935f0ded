"""Several processes writing money at once, on SQLite (WAL, the busy timeout) as on
PostgreSQL: every write is either stored or refused with a message, none is lost or
doubled, and the totals are the sum of what was stored. Bounded: four writers of
twenty transactions each, on a database of their own."""

import json
import subprocess
import sys

from amity.testing import OWN_DATABASE_SETUP, REPO, python

WRITERS = 4
WRITES = 20

ITEM = """
from amity.aid.models import AidItem, AidKind
from amity.aid.services import aid_item_save
from amity.tenancy.models import Union
aid_item_save(actor=None, item=AidItem(
    union=Union.objects.get(slug="dong-nai"), kind=AidKind.PROJECT, title="Giếng nước"))
"""

WRITER = """
import datetime, json, sys
from decimal import Decimal
import django
django.setup()
from django.db import OperationalError
from amity.aid.models import AidItem
from amity.finance.models import Transaction
from amity.finance.transactions import transaction_save

writer, writes = int(sys.argv[1]), int(sys.argv[2])
item = AidItem.objects.get()
stored, refused = [], []
for n in range(writes):
    amount = Decimal(writer * 1000 + n) + Decimal("0.25")
    try:
        transaction_save(actor=None, transaction=Transaction(
            item=item, type="disbursement", date=datetime.date(2023, 6, 1),
            amount=amount, currency_id="USD", description=f"writer {writer} #{n}"))
    except OperationalError as error:  # the busy timeout ran out: refused, said why
        refused.append(str(error))
    else:
        stored.append(str(amount))
print(json.dumps({"stored": stored, "refused": refused}))
"""

TOTALS = """
import json
from django.db.models import Count, Sum
from amity.finance.models import Transaction
from amity.history.models import Change
money = Transaction.objects.aggregate(n=Count("pk"), amount=Sum("amount"), vnd=Sum("amount_vnd"))
descriptions = sorted(Transaction.objects.values_list("description", flat=True))
history = Change.objects.filter(content_type__model="transaction").count()
print(json.dumps({"n": money["n"], "amount": str(money["amount"]), "vnd": str(money["vnd"]),
                  "history": history, "descriptions": descriptions}))
"""


def test_writers_at_once_lose_nothing_and_double_nothing(own_database):
    from decimal import Decimal

    env = own_database
    python(env, OWN_DATABASE_SETUP + ITEM)
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(writer), str(WRITES)],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for writer in range(1, WRITERS + 1)
    ]
    reports = []
    for process in writers:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err[-3000:]
        reports.append(json.loads(out.strip().splitlines()[-1]))
    stored = [Decimal(amount) for report in reports for amount in report["stored"]]
    refused = [message for report in reports for message in report["refused"]]
    assert len(stored) + len(refused) == WRITERS * WRITES  # each write is one or the other
    assert all(message for message in refused)
    totals = json.loads(python(env, TOTALS))
    assert totals["n"] == len(stored) == totals["history"]  # each stored once, with history
    assert Decimal(totals["amount"]) == sum(stored)
    assert Decimal(totals["vnd"]) == sum(stored) * 24000  # at the one rate, none converted twice
    assert len(set(totals["descriptions"])) == totals["n"]
