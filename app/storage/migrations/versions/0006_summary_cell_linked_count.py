"""summary cell linked count

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 15:14:09.717540
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('summary_cells', schema=None) as batch_op:
        batch_op.add_column(sa.Column('linked_count', sa.Integer(), server_default='0', nullable=False))



def downgrade() -> None:
    with op.batch_alter_table('summary_cells', schema=None) as batch_op:
        batch_op.drop_column('linked_count')

