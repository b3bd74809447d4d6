"""Keeping the account in good order over time: App Home's picture, reminders and retention."""
