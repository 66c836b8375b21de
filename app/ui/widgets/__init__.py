"""Shared widgets and helpers that know no feature."""
