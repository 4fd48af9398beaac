"""The HTTP routes, one small module per area; each route checks who calls and calls the
engine (or the accounts store) and nothing else."""
