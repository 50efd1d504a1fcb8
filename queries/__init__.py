"""Package data: this folder is installed as the resource package kg.resources.queries (see kg/resources and pyproject.toml)."""
