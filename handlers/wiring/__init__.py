"""The composition root's shared parts: store, publishers, follower alerts and incidents, built from settings."""
