"""Countersign's benchmark: `scripts/bench` runs every section and prints one table."""
