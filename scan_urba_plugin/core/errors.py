class ScanUrbaError(Exception):
    """An error a user can act on: its message is shown as one line, never as a traceback."""
