"""Countersign: checks, approves and publishes a school's social media posts from the staff chat."""
