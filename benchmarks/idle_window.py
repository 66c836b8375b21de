"""An idle workbench window on a team project: how many statements one minute of its polls
sends to the database (issue 24), and how long those polls take.

The window polls the change feed every ``POLL_INTERVAL_MS``; a minute of polls is replayed
with the clock the polls are given, so the row takes milliseconds, not a minute. On
PostgreSQL (``TELAAH_BENCH_POSTGRES_URL`` or ``TELAAH_TEST_POSTGRES_URL``: a role that may
create databases) the window LISTENs and asks only once a minute; on an SQLite file every
poll is one range scan of the change log's primary key. Before issue 24, the fingerprint
poll cost 140 statements a minute on PostgreSQL, each a scan of the segments table.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, event, make_url, text

from app.core.change_watch import current_mark, poll_changes
from app.core.project import Project
from app.core.project_copy import copy_project
from benchmarks.core_operations import Bench
from benchmarks.timing import Operation

POLL_INTERVAL_S = 3.0  # app.ui.shell.main_window.POLL_INTERVAL_MS (the core has no Qt)
MINUTE_OF_POLLS = int(60 / POLL_INTERVAL_S)


def idle_minute(project: Project) -> tuple[int, float]:
    """(statements sent, seconds spent) for one idle minute of a window's polls."""
    statements: list[str] = []

    def counted(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        statements.append(statement)

    mark = current_mark(project)
    start = mark.checked_at
    event.listen(project.engine, "before_cursor_execute", counted)
    started = time.perf_counter()
    try:
        for poll in range(1, MINUTE_OF_POLLS + 1):
            changes, mark = poll_changes(project, since=mark, now=start + poll * POLL_INTERVAL_S)
            assert changes.empty
    finally:
        spent = time.perf_counter() - started
        event.remove(project.engine, "before_cursor_execute", counted)
        if mark.listener is not None:
            mark.listener.close()
    return len(statements), spent


@contextmanager
def _postgres_copy(bench: Bench) -> Iterator[Project | None]:
    admin = os.environ.get("TELAAH_BENCH_POSTGRES_URL") or os.environ.get(
        "TELAAH_TEST_POSTGRES_URL")
    if not admin:
        yield None
        return
    url = make_url(admin).set(drivername="postgresql+psycopg")
    name = f"telaah_bench_{uuid.uuid4().hex[:10]}"
    server = create_engine(url, isolation_level="AUTOCOMMIT")
    with server.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    project = None
    try:
        project = copy_project(bench.generated.project_path,
                               url.set(database=name).render_as_string(hide_password=False))
        yield project
    finally:
        if project is not None:
            project.close()
        with server.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        server.dispose()


def idle_window_operation(bench: Bench) -> Operation:
    """Timed: one idle minute of polls on an SQLite copy; the notes count the statements
    on SQLite and on PostgreSQL."""
    project = Project.open(bench.copy_project("idle_window"))
    sqlite_count, _ = idle_minute(project)
    notes = [f"SQLite file: {sqlite_count} statements per idle minute (per "
             f"{POLL_INTERVAL_S:g} s poll its BEGIN and one range scan of the change log's "
             "key; the GUI polls only team projects)"]
    with _postgres_copy(bench) as shared:
        if shared is None:
            notes.append("PostgreSQL: not measured (set TELAAH_BENCH_POSTGRES_URL)")
        else:
            count, spent = idle_minute(shared)
            notes.append(f"PostgreSQL: {count} statement(s) per idle minute, "
                         f"{spent * 1000:.1f} ms of polls (LISTEN/NOTIFY; was 140 a minute)")

    def run(_number: int) -> None:
        idle_minute(project)

    close: Callable[[], None] = project.close
    return Operation(name="idle_window", run=run, close=close, notes=notes,
                     workload=f"{MINUTE_OF_POLLS} polls = one idle minute; "
                              f"{bench.segments_workload}")
