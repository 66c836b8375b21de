"""row versions and change log: optimistic concurrency and a change feed for team projects

Every editable row gets a version that each UPDATE checks and bumps (SQLAlchemy's
version_id_col), so an update based on a stale row is a conflict, never a silent overwrite.
change_log receives an entry per write, in commit order; open windows ask for the entries
after the last one they saw. A review verdict keeps the text and code path it judged.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 20:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

VERSIONED = ('codes', 'coded_segments', 'memos', 'code_summaries', 'summary_cells',
             'conclusions', 'informants', 'sources', 'triangulation_judgements')


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('row_version', sa.Integer(), server_default='1',
                                          nullable=False))
    with op.batch_alter_table('review_comments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reviewed_text', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('reviewed_code', sa.String(length=600), nullable=True))
    op.create_table('change_log',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('object_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_change_log')),
    sqlite_autoincrement=True,
    )
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index('ix_change_log_object', ['kind', 'object_id', 'seq'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index('ix_change_log_object')
    op.drop_table('change_log')
    with op.batch_alter_table('review_comments', schema=None) as batch_op:
        batch_op.drop_column('reviewed_code')
        batch_op.drop_column('reviewed_text')
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('row_version')
