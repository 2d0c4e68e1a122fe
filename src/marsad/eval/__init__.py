"""Evaluation commands: each reads a gold file and prints figures (table or JSON)."""
