"""One module per official document type: marshmallow schema, Latvian labels, parsers."""
