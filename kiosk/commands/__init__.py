"""The sub-commands of ``kiosk``; each module is imported only when its command runs."""
