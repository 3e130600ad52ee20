"""`python -m provena`: the same command as the `provena` console script."""

from provena.cli import main

if __name__ == "__main__":
    main(prog_name="python -m provena")
