"""source media: original files, pages, picture regions, sync points, machine-made texts

Sources may now be PDFs, photos and recordings: the original file is kept in the project
(source_files), a PDF's pages map onto the source text (source_pages), a coded segment on a
picture has a rectangle and a description (segment_regions), a transcript is tied to its
recording by sync points (sync_points), and a source made by a machine (automatic
transcript, OCR) is flagged until a person checks it (sources.machine_made).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 19:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('source_files',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('filename', sa.String(length=500), nullable=False),
    sa.Column('media_type', sa.String(length=10), nullable=False),
    sa.Column('mime', sa.String(length=100), nullable=False),
    sa.Column('byte_size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=True),
    sa.Column('linked_path', sa.String(length=1000), nullable=True),
    sa.Column('meta', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_source_files_source_id_sources'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_source_files')),
    sa.UniqueConstraint('source_id', name=op.f('uq_source_files_source_id'))
    )
    op.create_table('source_pages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=40), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('width', sa.Float(), nullable=False),
    sa.Column('height', sa.Float(), nullable=False),
    sa.Column('header', sa.Text(), nullable=False),
    sa.Column('footer', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_source_pages_source_id_sources'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_source_pages')),
    sa.UniqueConstraint('source_id', 'number', name=op.f('uq_source_pages_source_id_number'))
    )
    op.create_table('segment_regions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('segment_id', sa.Integer(), nullable=False),
    sa.Column('page', sa.Integer(), nullable=True),
    sa.Column('x', sa.Float(), nullable=False),
    sa.Column('y', sa.Float(), nullable=False),
    sa.Column('w', sa.Float(), nullable=False),
    sa.Column('h', sa.Float(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.CheckConstraint('w > 0 AND h > 0', name=op.f('ck_segment_regions_size')),
    sa.ForeignKeyConstraint(['segment_id'], ['coded_segments.id'], name=op.f('fk_segment_regions_segment_id_coded_segments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_segment_regions')),
    sa.UniqueConstraint('segment_id', name=op.f('uq_segment_regions_segment_id'))
    )
    op.create_table('sync_points',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('offset', sa.Integer(), nullable=False),
    sa.Column('time_ms', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_sync_points_source_id_sources'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_points')),
    sa.UniqueConstraint('source_id', 'offset', name=op.f('uq_sync_points_source_id_offset'))
    )
    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.add_column(sa.Column('machine_made', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.drop_column('machine_made')
    op.drop_table('sync_points')
    op.drop_table('segment_regions')
    op.drop_table('source_pages')
    op.drop_table('source_files')
