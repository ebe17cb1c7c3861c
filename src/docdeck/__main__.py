"""`python -m docdeck`: the console script's command line."""

from docdeck.cli import main

if __name__ == "__main__":
    main(prog_name="docdeck")
