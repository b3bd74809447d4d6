"""The `chatbot` console script and the commands that need the chat platforms (run, doctor, audit, manifests)."""
