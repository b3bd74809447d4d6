"""The composition root's shared parts: the store, the publishers, follower alerts and incidents, built from settings."""
