"""Progress: scores over time and their charts."""
