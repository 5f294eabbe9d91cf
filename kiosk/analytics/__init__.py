"""Anonymous visitor analytics: an event log kept on the kiosk and reports read from it.

Plain Python with no Qt, so the log can be written from any thread and the report run on a
machine with no display.
"""
