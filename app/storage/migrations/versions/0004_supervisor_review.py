"""supervisor review

Revision ID: 0004
Revises: 0002
Create Date: 2026-11-28 13:30:36.389190
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('review_comments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('segment_id', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['coders.id'], name=op.f('fk_review_comments_author_id_coders'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['segment_id'], ['coded_segments.id'], name=op.f('fk_review_comments_segment_id_coded_segments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_comments'))
    )
    with op.batch_alter_table('review_comments', schema=None) as batch_op:
        batch_op.create_index('ix_review_comments_segment', ['segment_id', 'created_at'], unique=False)

    with op.batch_alter_table('coded_segments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('review_status', sa.String(length=20), nullable=False,
                                      server_default='pending'))
        batch_op.create_index(batch_op.f('ix_coded_segments_review_status'), ['review_status'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('coded_segments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_coded_segments_review_status'))
        batch_op.drop_column('review_status')

    with op.batch_alter_table('review_comments', schema=None) as batch_op:
        batch_op.drop_index('ix_review_comments_segment')

    op.drop_table('review_comments')
