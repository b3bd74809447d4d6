"""The local practice workspace: the whole workflow in a browser on this computer, with nothing published."""
