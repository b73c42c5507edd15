"""One file per schema change; never edit one that has shipped."""
