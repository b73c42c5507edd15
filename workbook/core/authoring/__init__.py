"""Tools for people who write modules: the live preview's decisions and module packs (no Qt)."""
