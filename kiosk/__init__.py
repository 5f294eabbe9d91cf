"""Sister-City Kiosk: a touch-first information kiosk about a sister city."""

__version__ = "0.1.0"
