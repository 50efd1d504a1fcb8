"""Package data: this folder is installed as the resource package kg.resources.shapes (see kg/resources and pyproject.toml)."""
