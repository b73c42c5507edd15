"""Keys: the random data key, its envelope, the passphrase KDF and the recovery key."""
