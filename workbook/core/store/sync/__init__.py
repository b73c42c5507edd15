"""Sync: each computer exchanges sealed change files through a folder the person already
syncs (Syncthing, Nextcloud, a USB stick) and merges them into its own database.

The live database is never synced as a file. ``engine.sync_now`` is the one entry
point: record this computer's changes (capture), seal them into a journal file
(journal), read the other computers' new files and merge them (merge).
"""
