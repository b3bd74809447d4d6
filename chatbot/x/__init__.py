"""X (formerly Twitter): the signed transport, and the account's followers and mentions."""
