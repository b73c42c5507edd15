"""The live preview of a module file, for the people who write modules."""
