"""Database triggers that make record tables append-only on PostgreSQL (M9, M10)."""

from __future__ import annotations

from django.db import migrations

FUNCTION = """
CREATE OR REPLACE FUNCTION chaperone_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'chaperone: % on % is refused: it is an append-only record (M9, M10)',
    TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END
$$;
"""


def append_only(*tables: str) -> migrations.RunPython:
    """A migration operation that installs the refusing trigger on each table."""

    def forwards(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        schema_editor.execute(FUNCTION, None)
        for table in tables:
            schema_editor.execute(f"DROP TRIGGER IF EXISTS chaperone_append_only ON {table}")
            schema_editor.execute(
                f"CREATE TRIGGER chaperone_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION chaperone_refuse_change()"
            )

    def backwards(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for table in tables:
            schema_editor.execute(f"DROP TRIGGER IF EXISTS chaperone_append_only ON {table}")

    return migrations.RunPython(forwards, backwards)
