"""The shared desk: laptops that work offline and sync through PostgreSQL."""
