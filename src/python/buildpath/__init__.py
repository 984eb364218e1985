"""Buildpath's Python side: buildpath.show for the learner's displays, and the checker.

The checker runs in an interpreter of its own; the learner's code runs in another,
reached through the agent in _agent.py (see docs/checker-api.md)."""
