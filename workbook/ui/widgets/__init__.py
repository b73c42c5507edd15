"""Shared widgets and screen helpers every screen uses: theme, fit, focus, wrapping layouts, dialogs."""
