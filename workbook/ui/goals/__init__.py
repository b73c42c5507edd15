"""Goals: the list, the editor and the review."""
