"""Follower alerts: who follows the school's account, what looks wrong, and what the leaders decided."""
