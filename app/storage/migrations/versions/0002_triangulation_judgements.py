"""triangulation judgements

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 13:36:31.071500
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('triangulation_judgements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code_id', sa.Integer(), nullable=False),
    sa.Column('layout', sa.String(length=20), nullable=False),
    sa.Column('judgement', sa.String(length=20), nullable=False),
    sa.Column('rationale', sa.Text(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['coders.id'], name=op.f('fk_triangulation_judgements_author_id_coders'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['code_id'], ['codes.id'], name=op.f('fk_triangulation_judgements_code_id_codes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_triangulation_judgements')),
    sa.UniqueConstraint('code_id', 'layout', name=op.f('uq_triangulation_judgements_code_id_layout'))
    )


def downgrade() -> None:
    op.drop_table('triangulation_judgements')
