"""Built-in character cards (Character Card V2 JSON)."""
