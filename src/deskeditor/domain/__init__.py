"""Plain-Python domain: value objects, enums and text rules. No Qt, no SQLAlchemy."""
