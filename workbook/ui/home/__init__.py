"""Home: what is due, the quick check-in and the cards that lead into the program."""
