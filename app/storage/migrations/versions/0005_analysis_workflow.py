"""analysis workflow

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 13:33:19.910269
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('code_summaries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code_id', sa.Integer(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['code_id'], ['codes.id'], name=op.f('fk_code_summaries_code_id_codes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_code_summaries')),
    sa.UniqueConstraint('code_id', name=op.f('uq_code_summaries_code_id'))
    )
    op.create_table('conclusions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code_id', sa.Integer(), nullable=True),
    sa.Column('research_question_id', sa.Integer(), nullable=True),
    sa.Column('statement', sa.Text(), nullable=False),
    sa.Column('verdict', sa.String(length=60), nullable=True),
    sa.Column('override_reason', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('tactics', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('(code_id IS NOT NULL) OR (research_question_id IS NOT NULL)', name=op.f('ck_conclusions_target')),
    sa.ForeignKeyConstraint(['code_id'], ['codes.id'], name=op.f('fk_conclusions_code_id_codes'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['research_question_id'], ['research_questions.id'], name=op.f('fk_conclusions_research_question_id_research_questions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conclusions')),
    sa.UniqueConstraint('code_id', name=op.f('uq_conclusions_code_id')),
    sa.UniqueConstraint('research_question_id', name=op.f('uq_conclusions_research_question_id'))
    )
    op.create_table('summary_cells',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code_id', sa.Integer(), nullable=False),
    sa.Column('informant_id', sa.Integer(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['code_id'], ['codes.id'], name=op.f('fk_summary_cells_code_id_codes'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['informant_id'], ['informants.id'], name=op.f('fk_summary_cells_informant_id_informants'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_summary_cells')),
    sa.UniqueConstraint('code_id', 'informant_id', name=op.f('uq_summary_cells_code_id_informant_id'))
    )
    op.create_table('conclusion_evidence',
    sa.Column('conclusion_id', sa.Integer(), nullable=False),
    sa.Column('segment_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['conclusion_id'], ['conclusions.id'], name=op.f('fk_conclusion_evidence_conclusion_id_conclusions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['segment_id'], ['coded_segments.id'], name=op.f('fk_conclusion_evidence_segment_id_coded_segments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('conclusion_id', 'segment_id', name=op.f('pk_conclusion_evidence'))
    )
    op.create_table('summary_cell_segments',
    sa.Column('cell_id', sa.Integer(), nullable=False),
    sa.Column('segment_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['cell_id'], ['summary_cells.id'], name=op.f('fk_summary_cell_segments_cell_id_summary_cells'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['segment_id'], ['coded_segments.id'], name=op.f('fk_summary_cell_segments_segment_id_coded_segments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('cell_id', 'segment_id', name=op.f('pk_summary_cell_segments'))
    )
    with op.batch_alter_table('coded_segments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('paraphrase', sa.Text(), server_default='', nullable=False))

    with op.batch_alter_table('project_info', schema=None) as batch_op:
        batch_op.add_column(sa.Column(
            'verdict_scale', sa.JSON(), nullable=False,
            server_default=sa.text('\'["baik", "cukup baik", "belum maksimal", "kurang"]\''),
        ))


def downgrade() -> None:
    with op.batch_alter_table('project_info', schema=None) as batch_op:
        batch_op.drop_column('verdict_scale')

    with op.batch_alter_table('coded_segments', schema=None) as batch_op:
        batch_op.drop_column('paraphrase')

    op.drop_table('summary_cell_segments')
    op.drop_table('conclusion_evidence')
    op.drop_table('summary_cells')
    op.drop_table('conclusions')
    op.drop_table('code_summaries')
