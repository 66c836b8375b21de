"""Coding: transcripts, the codebook, sources and informants, search."""
