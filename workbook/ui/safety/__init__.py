"""Need help now: crisis lines, the person's own contacts and their safety plan."""
