"""The .docx templates, shipped as package data and read with importlib.resources."""
