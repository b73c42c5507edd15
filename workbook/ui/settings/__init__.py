"""Settings: device preferences, backups, passphrase and recovery key."""
