"""The approval workflow: drafts and their states, the service that moves them, publication, recovery and take-down."""
