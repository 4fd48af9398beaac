"""Long-term memory: a facts ledger the user can see, correct and erase; episode summaries;
hybrid retrieval (database full text + MiniLM vectors). ``LedgerMemory`` is the engine's
memory stage and the ledger API for the CLI and the server."""

from .ledger import LedgerEntry, render
from .service import LedgerMemory

__all__ = ["LedgerEntry", "LedgerMemory", "render"]
