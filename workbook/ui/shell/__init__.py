"""The window around every screen: start-up, the main window, menus, navigation, locking, crash and problem reports."""
