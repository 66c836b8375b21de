"""Exchange with other programs and other copies of a project: import, merge, revision."""
