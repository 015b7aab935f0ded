"""Inserting many new rows of one model: what `QuerySet.bulk_create` does for plain rows,
at a fraction of its cost, for the bulk writers of imports.

`bulk_create` compiles every value of every row through the ORM's query compiler (an
expression check, `pre_save`, `get_db_prep_save` and a placeholder each): for an
import's hundred thousand rows that is more time than the database takes. Here each
field's handling is worked out once per model: a value already of the field's plain
Python type (str, int, Decimal, date, bool) goes to the driver as it is, which adapts
it as Django's backends have it do; anything else goes through the field's own
`get_db_prep_save`, as in `bulk_create`. Auto-now fields get one time for the whole
call. The primary keys come back from `INSERT … RETURNING` (SQLite 3.35+, PostgreSQL),
in order, and are set on the objects, as `bulk_create` sets them."""

import datetime
from decimal import Decimal

from django.db import connections, models, router
from django.utils import timezone

# Internal types whose plain Python values the drivers take as they are.
PLAIN_TYPES = {
    "CharField": (str,),
    "TextField": (str,),
    "SlugField": (str,),
    "EmailField": (str,),
    "URLField": (str,),
    "IntegerField": (int,),
    "BigIntegerField": (int,),
    "SmallIntegerField": (int,),
    "PositiveIntegerField": (int,),
    "PositiveBigIntegerField": (int,),
    "PositiveSmallIntegerField": (int,),
    "DecimalField": (Decimal,),
    "DateField": (datetime.date,),
    "BooleanField": (bool,),
}


def insert_all(objs: list[models.Model]) -> list[models.Model]:
    """Insert `objs` (new instances of one model, no primary key set) and set their
    primary keys. No signals are sent and `save()` is not called, as with bulk_create."""
    if not objs:
        return objs
    model = type(objs[0])
    meta = model._meta
    if meta.parents:
        raise ValueError("insert_all takes a model without parent models, as bulk_create")
    connection = connections[router.db_for_write(model)]
    fields = [
        f
        for f in meta.local_concrete_fields
        if not f.primary_key and not getattr(f, "generated", False)
    ]
    now = timezone.now()
    for field in fields:
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            for obj in objs:
                setattr(obj, field.attname, now)
    plan = [(field.attname, *_handling(field)) for field in fields]
    quote = connection.ops.quote_name
    head = "INSERT INTO {} ({}) VALUES ".format(
        quote(meta.db_table), ", ".join(quote(field.column) for field in fields)
    )
    tail = f" RETURNING {quote(meta.pk.column)}"
    row_sql = "(" + ", ".join(["%s"] * len(fields)) + ")"
    size = max(1, connection.ops.bulk_batch_size(fields, objs))
    with connection.cursor() as cursor:
        for start in range(0, len(objs), size):
            batch = objs[start : start + size]
            params = []
            add = params.append
            for obj in batch:
                values = obj.__dict__  # a new instance holds every field's value there
                for attname, plain, prepare in plan:
                    value = values[attname]
                    add(
                        value
                        if value is None or type(value) in plain
                        else prepare(value, connection)
                    )
            cursor.execute(head + ", ".join([row_sql] * len(batch)) + tail, params)
            for obj, (pk,) in zip(batch, cursor.fetchall(), strict=True):
                setattr(obj, meta.pk.attname, pk)
                obj._state.adding = False
                obj._state.db = connection.alias
    return objs


def _handling(field: models.Field) -> tuple[tuple[type, ...], object]:
    """How one field's values reach the driver: as they are when of its plain type
    exactly (a datetime is a date, an enum member a str, but neither is plain), else
    through the field's `get_db_prep_save`."""
    target = field.target_field if isinstance(field, models.ForeignKey) else field
    return PLAIN_TYPES.get(target.get_internal_type(), ()), field.get_db_prep_save
