"""Amity: foreign NGO aid mobilization, registry and reporting."""
