"""Kiosk mode: lockdown, idle reset, attract loop, staff door, screen, crash guard, updates."""
