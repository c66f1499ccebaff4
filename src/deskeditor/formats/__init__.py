"""Files in and out, one module per format: article files (plain-text wire copy,
Markdown with front matter, Deskeditor JSON, Word) and reader email. Nothing here
knows Qt, the database or the services; ``base`` holds what the formats share and
``registry`` the list of article formats."""
