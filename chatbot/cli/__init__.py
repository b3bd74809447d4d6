"""The `chatbot` command line."""
