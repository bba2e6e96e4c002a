"""``python -m genderscan``."""

from .cli import main

main()
