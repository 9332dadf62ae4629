"""Benchmarks (`make bench`): speed and memory against what users would run instead."""
