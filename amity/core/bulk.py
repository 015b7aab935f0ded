"""Inserting many new rows of one model: what `QuerySet.bulk_create` does for plain rows,
at a fraction of its cost, for the bulk writers of imports.

`bulk_create` compiles every value of every row through the ORM's query compiler (an
expression check, `pre_save`, `get_db_prep_save` and a placeholder each): for an
import's hundred thousand rows that is more time than the database takes. Here each
field's handling is worked out once per model: a value already of the field's plain
Python type (str, int, Decimal, date, bool) goes to the driver as it is, which adapts
it as Django's backends have it do; anything else goes through the field's own
`get_db_prep_save`, as in `bulk_create`. Auto-now fields get one time for the whole
call. Rows go in multi-row `INSERT … VALUES` on SQLite and, on PostgreSQL, by
`COPY` (the new keys taken from the key's sequence beforehand). The primary keys come
back from `RETURNING` on SQLite (3.35+), in order, and are set on the objects, as
`bulk_create` sets them."""

import datetime
import functools
from decimal import Decimal
from enum import Enum

from django.db import connections, models, router
from django.utils import timezone
from psycopg.types.json import Jsonb

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
    connection = connections[router.db_for_write(model)]
    now = timezone.now()
    for field in _fields(model):
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            for obj in objs:
                setattr(obj, field.attname, now)
    pks = insert_values(model, [obj.__dict__ for obj in objs], now=now)
    for obj, pk in zip(objs, pks, strict=True):
        setattr(obj, meta.pk.attname, pk)
        obj._state.adding = False
        obj._state.db = connection.alias
    return objs


def insert_values(model, rows: list[dict], *, now=None, returning: bool = True) -> list:
    """Insert new rows of `model` given as plain values (a dict of attname → value a
    row, every concrete field but the primary key and the auto-now ones), with no model
    instance: for bulk writers that check their values themselves. Auto-now fields get
    `now` (one time for the call). The new rows' primary keys, in order, unless
    `returning` is False."""
    if not rows:
        return []
    connection = connections[router.db_for_write(model)]
    fields = _fields(model)
    now = now or timezone.now()
    plan = []
    for field in fields:
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            # Prepared once: every row has the same time.
            plan.append((None, (), field.get_db_prep_save(now, connection)))
        else:
            plan.append((field.attname, *_handling(field)))
    prepared = [_row(values, plan, connection) for values in rows]
    return insert_rows(model, fields, prepared, returning=model._meta.pk if returning else None)


def insert_rows(model, fields: list[models.Field], rows: list, returning=None) -> list:
    """Insert `rows` (sequences of values ready for the driver, in the order of
    `fields`) into `model`'s table; the new rows' primary keys, in order, when
    `returning` (the model's auto key) is given. For writers that build their rows
    themselves."""
    if not rows:
        return []
    connection = connections[router.db_for_write(model)]
    if returning is not None and not (
        returning is model._meta.pk and isinstance(returning, models.AutoField)
    ):
        raise ValueError("insert_rows reads back the model's auto primary key only")
    if connection.vendor == "postgresql":
        return _copied(connection, model, fields, rows, returning)
    if returning is not None and connection.vendor == "sqlite" and connection.in_atomic_block:
        return _keyed_here(connection, model, fields, rows, returning)
    quote = connection.ops.quote_name
    into = "INSERT INTO {} ({})".format(
        quote(model._meta.db_table), ", ".join(quote(field.column) for field in fields)
    )
    row_sql = "(" + ", ".join(["%s"] * len(fields)) + ")"
    found = []
    with connection.cursor() as cursor:
        if returning is None:
            # Nothing to read back: one statement, prepared once, run for every row.
            cursor.executemany(f"{into} VALUES {row_sql}", rows)
            return found
        tail = f" RETURNING {quote(returning.column)}"
        size = max(1, connection.ops.bulk_batch_size(fields, rows))
        for start in range(0, len(rows), size):
            batch = rows[start : start + size]
            params = [value for row in batch for value in row]
            cursor.execute(f"{into} VALUES {', '.join([row_sql] * len(batch))}{tail}", params)
            found.extend(pk for (pk,) in cursor.fetchall())
    return found


def _copied(connection, model, fields, rows, returning) -> list:
    """PostgreSQL: the rows by COPY, which psycopg writes in C (the arrays of an
    `UNNEST` insert, as bulk_create sends rows there, are quoted value by value in
    Python: most of the time an import's rows took), in the binary format where every
    column's type is one `_BINARY_TYPES` knows (the server then parses no text, and
    psycopg picks each column's writer once, not each value's). The keys to read back
    are taken from the key's sequence first, one a row, and written with the rows. A
    text in a `jsonb` column is JSON already written, as the text format reads it."""
    quote = connection.ops.quote_name
    table = model._meta.db_table
    columns = [quote(field.column) for field in fields]
    found = []
    with connection.cursor() as cursor:
        if returning is not None:
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                [table, returning.column, len(rows)],
            )
            found = sorted(pk for (pk,) in cursor.fetchall())
            columns.insert(0, quote(returning.column))
            rows = ([pk, *row] for pk, row in zip(found, rows, strict=True))
        types = _binary_types(tuple(([returning] if returning is not None else []) + fields))
        how = " (FORMAT BINARY)" if types is not None else ""
        sql = f"COPY {quote(table)} ({', '.join(columns)}) FROM STDIN{how}"
        with cursor.cursor.copy(sql) as copy:
            if types is None:
                for row in rows:
                    copy.write_row(row)
                return found
            copy.set_types(types)
            json_at = [i for i, name in enumerate(types) if name == "jsonb"]
            for row in rows:
                if json_at:
                    row = list(row)
                    for i in json_at:
                        if isinstance(row[i], str):
                            row[i] = Jsonb(row[i], dumps=str)  # JSON already
                copy.write_row(row)
    return found


# Django's PostgreSQL column types → psycopg's names of them, for binary COPY.
_BINARY_TYPES = {
    "bigint": "int8",
    "bigserial": "int8",
    "integer": "int4",
    "serial": "int4",
    "smallint": "int2",
    "boolean": "bool",
    "varchar": "varchar",
    "text": "text",
    "numeric": "numeric",
    "date": "date",
    "timestamp with time zone": "timestamptz",
    "jsonb": "jsonb",
    "double precision": "float8",
    "uuid": "uuid",
}


@functools.cache
def _binary_types(fields: tuple) -> list[str] | None:
    """psycopg's type name of each field's column (on PostgreSQL), or None if one is of
    a type binary COPY is not set up for here (the rows then go as text)."""
    connection = connections[router.db_for_write(fields[0].model)]
    types = []
    for field in fields:
        kind = (field.db_type(connection) or "").split("(")[0].strip()
        name = _BINARY_TYPES.get(kind)
        if name is None:
            return None
        types.append(name)
    return types


def _keyed_here(connection, model, fields, rows, returning) -> list:
    """SQLite, in a transaction: the new keys assigned here, after the largest the table
    ever gave (AUTOINCREMENT's `sqlite_sequence`, which the insert then moves on), and
    every row inserted by one prepared statement. A multi-row `INSERT … RETURNING` is
    compiled anew for each batch, and took twice as long. No other writer can take the
    keys in between: the transaction holds SQLite's write lock from its first write (at
    its start with BEGIN IMMEDIATE, as the settings have it), and in a transaction that
    began by reading, a write after another's commit fails rather than reuse a key."""
    quote = connection.ops.quote_name
    table = model._meta.db_table
    key = quote(returning.column)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = %s), 0), "
            f"coalesce((SELECT max({key}) FROM {quote(table)}), 0))",
            [table],
        )
        (last,) = cursor.fetchone()
        keys = list(range(last + 1, last + 1 + len(rows)))
        columns = ", ".join([key, *(quote(field.column) for field in fields)])
        marks = ", ".join(["%s"] * (len(fields) + 1))
        cursor.executemany(
            f"INSERT INTO {quote(table)} ({columns}) VALUES ({marks})",
            [(pk, *row) for pk, row in zip(keys, rows, strict=True)],
        )
    return keys


def _row(values: dict, plan, connection) -> list:
    """One new row's values (`values`: attname → value, e.g. an instance's __dict__,
    which holds every field's) in the statement's order, each ready for the driver."""
    row = []
    for attname, plain, prepare in plan:
        if attname is None:  # the same for every row, prepared already
            row.append(prepare)
            continue
        value = values[attname]
        if value is None or type(value) in plain:
            row.append(value)
        elif isinstance(value, Enum) and type(value.value) in plain:
            row.append(value.value)  # a TextChoices member: its code, as the field stores it
        else:
            row.append(prepare(value, connection))
    return row


@functools.cache
def _fields(model) -> list[models.Field]:
    """The columns a new row of `model` is written with: all but the key and generated."""
    meta = model._meta
    if meta.parents:
        raise ValueError("insert_all takes a model without parent models, as bulk_create")
    return [
        f
        for f in meta.local_concrete_fields
        if not f.primary_key and not getattr(f, "generated", False)
    ]


def _handling(field: models.Field) -> tuple[tuple[type, ...], object]:
    """How one field's values reach the driver: as they are when of its plain type
    exactly (a datetime is a date, an enum member a str, but neither is plain), else
    through the field's `get_db_prep_save`."""
    target = field.target_field if isinstance(field, models.ForeignKey) else field
    return PLAIN_TYPES.get(target.get_internal_type(), ()), field.get_db_prep_save
