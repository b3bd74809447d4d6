"""Publishers: where approved posts go (X next; the dry run until its credentials are configured)."""
