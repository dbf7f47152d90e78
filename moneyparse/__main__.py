"""``python -m moneyparse``: the command line, as the ``moneyparse`` console script runs it."""

from moneyparse.cli import main_entry

if __name__ == "__main__":
    main_entry()
