"""Opening the encrypted database: the SQLAlchemy engine, its pragmas and integrity checks."""
