"""factcheck: put every claim next to the source passages that support or contradict it."""

__version__ = "0.1.0"
