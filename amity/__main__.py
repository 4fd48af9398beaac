"""``python -m amity`` runs the CLI."""

from .cli import main

main()
