"""Benchmarks: speed and memory figures against a baseline measured in the same run.

Run ``python -m tests.benchmarks.run``; it writes docs/benchmarks.md. No module here is named
``test_*``: pytest never collects these, timing belongs in a report, not in a pass/fail test.
"""
