"""Scored's domain: pilot systems, their rules, personas and the replay of a path.

Pure Python. Nothing here imports Django or `exhibit`; a test proves it.
"""
