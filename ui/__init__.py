"""Widgets of the plugin: the dock and its parts.  ``.ui`` files are loaded by path."""
