"""Many rows per INSERT statement, written as they are."""

from django.db import connections, router


def rows_insert(model, objects, *, fields, returning=False):
    """Insert `objects` into `model`'s own table, many rows per statement, values
    as they are (as `Model.save()` writes each table of a multi-table model, and
    unlike `bulk_create()`, which refuses those and overwrites `auto_now_add`
    dates); the new primary keys, as 1-tuples, if `returning`.

    The SQL is built from the model's public `_meta` and each field's
    `get_db_prep_save()`, what Django's own insert compiler runs for each value."""
    connection = connections[router.db_for_write(model)]
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    row = f"({', '.join(['%s'] * len(fields))})"
    suffix = f" RETURNING {quote(model._meta.pk.column)}" if returning else ""
    size = max(connection.ops.bulk_batch_size(fields, objects), 1)
    keys = []
    with connection.cursor() as cursor:
        for start in range(0, len(objects), size):
            batch = objects[start : start + size]
            cursor.execute(
                f"INSERT INTO {quote(model._meta.db_table)} ({columns}) "
                f"VALUES {', '.join([row] * len(batch))}{suffix}",
                [
                    field.get_db_prep_save(getattr(obj, field.attname), connection)
                    for obj in batch
                    for field in fields
                ],
            )
            if returning:
                keys += cursor.fetchall()
    return keys
