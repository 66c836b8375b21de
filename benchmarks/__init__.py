"""Scale generator and timing harness: ``python -m benchmarks`` (see docs/BENCHMARKS.md);
stand-alone scripts ``python -m benchmarks.<name>``. Not run as tests."""
