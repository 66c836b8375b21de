"""Timing harnesses: ``python -m benchmarks.<name>``; not run as tests."""
